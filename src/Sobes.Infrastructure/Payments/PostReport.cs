using System.Globalization;
using MiniExcelLibs;
using Sobes.Domain.Common;
using Sobes.Domain.Payments;
using Sobes.Infrastructure.Documents;

namespace Sobes.Infrastructure.Payments;

/// <summary>
/// The form of the post's report of paid and unpaid sums (seed 002 cl. 19.13) as .xlsx, and its reading back. The system gives the form
/// with the period's post lines; the post fills the mark «Выплачено» / «Не выплачено», the date paid and the reason for an unpaid line, and
/// the department uploads it. Layout in docs/PAYMENT_FILES.md: cell B2 holds the period «YYYY-MM»; a data row has its number in column A.
/// </summary>
public static class PostReport
{
    public static string FileName(string? index, int year, int month) =>
        $"Отчёт почты{(index is null ? "" : $" ОПС {index}")} за {RussianFormat.MonthNameCapitalised(month).ToLowerInvariant()} {year}.xlsx";

    public static byte[] Form(string organisation, string? index, int year, int month, IReadOnlyList<Accrual> lines)
    {
        var sheet = new List<Dictionary<string, object?>>
        {
            XlsxSheet.Row("Отчёт о выплаченных и невыплаченных суммах через отделения почтовой связи"),
            XlsxSheet.Row("Период", $"{year:0000}-{month:00}", "Отделение", index ?? "все", "Управление", organisation),
            XlsxSheet.Row(""),
            XlsxSheet.Row("№ п/п", "Код строки", "Лицевой счёт", "Фамилия, имя, отчество", "За период", "Сумма к выплате, ₽",
                "Отметка: Выплачено / Не выплачено", "Дата выплаты", "Причина невыплаты"),
        };
        sheet.AddRange(
            lines.Select(
                (l, i) =>
                    XlsxSheet.Row(
                        i + 1,
                        l.Id,
                        l.AssignmentNumber,
                        l.RecipientName,
                        RussianFormat.MonthShort(l.ForMonth),
                        l.ToPay,
                        null,
                        null,
                        null
                    )
            )
        );
        sheet.Add(XlsxSheet.Row("Итого", $"{lines.Count} выпл.", null, null, null, lines.Sum(l => l.ToPay)));
        sheet.Add(XlsxSheet.Row(""));
        sheet.Add(XlsxSheet.Row("Начальник отделения почтовой связи ____________", null, null, "Главный бухгалтер почтамта ____________"));
        return XlsxSheet.Save(sheet, "Отчёт почты", [8, 12, 18, 34, 12, 16, 22, 14, 36]);
    }

    /// <summary>
    /// Reads the period (B2) and the data rows (a whole number in column A); the row numbers are the sheet's, for the messages.
    /// </summary>
    public static (string? Period, List<PostReportRow> Rows) Read(byte[] content)
    {
        List<IDictionary<string, object?>> cells;
        try
        {
            using var stream = new MemoryStream(content);
            cells = stream.Query(useHeaderRow: false, excelType: ExcelType.XLSX).Cast<IDictionary<string, object?>>().ToList();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new DomainValidationException([new("file", "Файл не читается как книга Excel (.xlsx): загрузите заполненный бланк отчёта почты.")]);
        }
        var period = cells.Count > 1 ? Text(cells[1], "B") : null;
        var rows = new List<PostReportRow>();
        for (var i = 4; i < cells.Count; i++)
        {
            var c = cells[i];
            if (Whole(Cell(c, "A")) is null) continue;
            rows.Add(new PostReportRow(i + 1, Whole(Cell(c, "B")), Text(c, "C"), Money(Cell(c, "F")),
                PostReportRules.ParseMark(Text(c, "G")), Date(Cell(c, "H")), Text(c, "I")));
        }
        return (period, rows);
    }

    private static string? Text(IDictionary<string, object?> row, string key) =>
        Cell(row, key) switch { null => null, string s => s.Trim(), var v => Convert.ToString(v, CultureInfo.InvariantCulture)?.Trim() };

    private static object? Cell(IDictionary<string, object?> row, string key) => row.TryGetValue(key, out var v) ? v : null;

    private static long? Whole(object? v) => v switch
    {
        double d when d == Math.Floor(d) => (long)d,
        int i => i,
        long l => l,
        decimal m when m == Math.Floor(m) => (long)m,
        string s when long.TryParse(s.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) => n,
        _ => null,
    };

    private static decimal? Money(object? v) =>
        v switch
        {
            double d => Math.Round((decimal)d, 2),
            decimal m => m,
            int i => i,
            long l => l,
            string s
                when decimal.TryParse(
                    s.Replace(" ", "").Replace('\u00A0', ' ').Replace(" ", "").Replace(',', '.'),
                    NumberStyles.Number,
                    CultureInfo.InvariantCulture,
                    out var n
                ) => n,
            _ => null,
        };

    private static DateOnly? Date(object? v) =>
        v switch
        {
            DateTime t => DateOnly.FromDateTime(t),
            double d => DateOnly.FromDateTime(DateTime.FromOADate(d)),
            string s
                when DateOnly.TryParseExact(
                    s.Trim(),
                    ["dd.MM.yyyy", "yyyy-MM-dd"],
                    CultureInfo.InvariantCulture,
                    DateTimeStyles.None,
                    out var d
                ) => d,
            _ => null,
        };
}
