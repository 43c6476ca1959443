using Sobes.Domain.Common;
using Sobes.Domain.Measures;
using Sobes.Domain.Payments;
using Sobes.Infrastructure.Documents;

namespace Sobes.Infrastructure.Payments;

/// <summary>One delivery of a post list: the line and the recipient's address for delivery.</summary>
public sealed record PostListRow(Accrual Line, string Measure, string Address);

/// <summary>
/// The list for a post office (машинограмма, seed 002 cl. 19.4, 19.11): for each recipient the personal account, full name, address, period
/// and sum to pay, with columns for the date paid and the signatures of the recipient and the deliverer; totals at the end. One .xlsx per
/// office index. The regular lines only: the one-time payments of the office go on one-time orders
/// (<see cref="PaymentDocuments.OneTimeOrdersAsync"/>); the footer names their count and sum.
/// </summary>
public static class PostList
{
    public const string ContentType = XlsxSheet.ContentType;

    /// <summary>«Машинограмма ОПС 456830 за ноябрь 2026.xlsx»: the file is opened and printed by people, so it is named in Russian.</summary>
    public static string FileName(string index, int year, int month) =>
        $"Машинограмма ОПС {index} за {RussianFormat.MonthNameCapitalised(month).ToLowerInvariant()} {year}.xlsx";

    public static byte[] Build(string organisationName, string index, int year, int month, IReadOnlyList<PostListRow> rows,
        int oneTimeCount = 0, decimal oneTimeSum = 0)
    {
        var sheet = new List<Dictionary<string, object?>>
        {
            Row($"Машинограмма на выплату через отделение почтовой связи {index}"),
            Row($"{organisationName}. Выплатной период: {RussianFormat.MonthNameCapitalised(month)} {year}."),
            Row(""),
            Row("№ п/п", "Лицевой счёт (назначение)", "Фамилия, имя, отчество", "Адрес доставки", "Мера поддержки", "За период", "Сумма к выплате, ₽",
                "Дата выплаты", "Подпись получателя / доставщика"),
        };
        sheet.AddRange(
            rows.Select(
                (r, i) =>
                    Row(
                        i + 1,
                        r.Line.AssignmentNumber,
                        r.Line.RecipientName,
                        r.Address,
                        r.Measure,
                        RussianFormat.MonthShort(r.Line.ForMonth),
                        r.Line.ToPay,
                        null,
                        null
                    )
            )
        );
        sheet.Add(Row(""));
        sheet.Add(Row("Итого", $"{rows.Count} получ.", null, null, null, null, rows.Sum(r => r.Line.ToPay)));
        sheet.Add(Row("Сумма к выплате по списку", RussianFormat.Money(rows.Sum(r => r.Line.ToPay))));
        if (oneTimeCount > 0)
            sheet.Add(
                Row(
                    "Разовые выплаты через это отделение — по разовым поручениям (в машинограмму не входят)",
                    $"{oneTimeCount} выпл.",
                    null,
                    null,
                    null,
                    null,
                    oneTimeSum
                )
            );
        sheet.Add(Row(""));
        sheet.Add(Row("Начальник управления ____________", null, "Главный бухгалтер ____________"));
        return XlsxSheet.Save(sheet, "Машинограмма", [8, 16, 36, 50, 30, 16, 16, 16, 30]);
    }

    private static Dictionary<string, object?> Row(params object?[] cells) => XlsxSheet.Row(cells);
}
