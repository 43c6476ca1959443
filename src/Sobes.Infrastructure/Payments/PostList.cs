using MiniExcelLibs;
using MiniExcelLibs.Attributes;
using MiniExcelLibs.OpenXml;
using Sobes.Domain.Measures;
using Sobes.Domain.Payments;

namespace Sobes.Infrastructure.Payments;

/// <summary>One delivery of a post list: the line and the recipient's address for delivery.</summary>
public sealed record PostListRow(Accrual Line, string Measure, string Address);

/// <summary>
/// The list for a post office (машинограмма, seed 002 cl. 19.4, 19.11): for each recipient the personal account, full name, address, period and
/// sum to pay, with columns for the date paid and the signatures of the recipient and the deliverer; totals at the end. One .xlsx per office index.
/// </summary>
public static class PostList
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static readonly string[] Keys = ["A", "B", "C", "D", "E", "F", "G", "H", "I"];

    public static string FileName(string index, int year, int month) => $"mashinogramma_{index}_{year}{month:00}.xlsx";

    public static byte[] Build(string organisationName, string index, int year, int month, IReadOnlyList<PostListRow> rows)
    {
        var sheet = new List<Dictionary<string, object?>>
        {
            Row($"Машинограмма на выплату через отделение почтовой связи {index}"),
            Row($"{organisationName}. Выплатной период: {MonthNames.Nominative(month)} {year}."),
            Row(""),
            Row("№ п/п", "Лицевой счёт (назначение)", "Фамилия, имя, отчество", "Адрес доставки", "Мера поддержки", "За период", "Сумма к выплате, ₽",
                "Дата выплаты", "Подпись получателя / доставщика"),
        };
        sheet.AddRange(rows.Select((r, i) => Row(i + 1, r.Line.AssignmentNumber, r.Line.RecipientName, r.Address, r.Measure, MonthNames.Short(r.Line.ForMonth),
            r.Line.ToPay, null, null)));
        sheet.Add(Row(""));
        sheet.Add(Row("Итого", $"{rows.Count} получ.", null, null, null, null, rows.Sum(r => r.Line.ToPay)));
        sheet.Add(Row("Сумма к выплате по списку", AmountCalculator.Money(rows.Sum(r => r.Line.ToPay))));
        sheet.Add(Row(""));
        sheet.Add(Row("Начальник управления ____________", null, "Главный бухгалтер ____________"));
        var config = new OpenXmlConfiguration
        {
            AutoFilter = false, FreezeRowCount = 0, TableStyles = TableStyles.None,
            DynamicColumns = Keys.Select((k, i) => new DynamicExcelColumn(k) { Width = i switch { 0 => 8, 2 => 36, 3 => 50, 4 => 30, 8 => 30, _ => 16 } }).ToArray(),
        };
        using var stream = new MemoryStream();
        stream.SaveAs(sheet, printHeader: false, sheetName: "Машинограмма", excelType: ExcelType.XLSX, configuration: config);
        return stream.ToArray();
    }

    private static Dictionary<string, object?> Row(params object?[] cells) =>
        Keys.Select((k, i) => (k, v: i < cells.Length ? cells[i] : null)).ToDictionary(x => x.k, x => x.v);
}
