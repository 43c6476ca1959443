using Sobes.Domain.Measures;
using Sobes.Domain.Payments;
using Sobes.Domain.Registry;
using Sobes.Infrastructure.Documents;

namespace Sobes.Infrastructure.Payments;

/// <summary>The movement journal (ф. П-7) and the funding request to the ministry as .xlsx (seed 002 cl. 19.4, 19.8).</summary>
public static class PaymentJournalFiles
{
    public static byte[] Movement(string organisation, PaymentPeriod period, PaymentPeriod? previous, IReadOnlyList<MovementRow> rows)
    {
        var sheet = new List<Dictionary<string, object?>>
        {
            Row($"Журнал движения получателей (форма П-7) за {period.Title}"),
            Row($"{organisation}. Сравнение с периодом: {previous?.Title ?? "нет — первый выплатной период"}."),
            Row(""),
            Row(
                "Способ выплаты",
                "На начало: счетов",
                "сумма, ₽",
                "Прибыло: счетов",
                "сумма, ₽",
                "Выбыло: счетов",
                "сумма, ₽",
                "На конец: счетов",
                "сумма, ₽"
            ),
        };
        sheet.AddRange(
            rows.Select(r =>
                Row(
                    MethodName(r.Method),
                    r.OpeningCount,
                    r.OpeningSum,
                    r.ArrivedCount,
                    r.ArrivedSum,
                    r.LeftCount,
                    r.LeftSum,
                    r.ClosingCount,
                    r.ClosingSum
                )
            )
        );
        sheet.Add(Row("Итого", rows.Sum(r => r.OpeningCount), rows.Sum(r => r.OpeningSum), rows.Sum(r => r.ArrivedCount), rows.Sum(r => r.ArrivedSum),
            rows.Sum(r => r.LeftCount), rows.Sum(r => r.LeftSum), rows.Sum(r => r.ClosingCount), rows.Sum(r => r.ClosingSum)));
        sheet.Add(Row("Изменение сумм у оставшихся получателей (индексация, перерасчёты, доплаты, удержания), ₽", rows.Sum(r => r.ChangedSum)));
        sheet.Add(Row(""));
        sheet.Add(Row("Специалист по выплате ____________", null, null, "Главный бухгалтер ____________"));
        return Save(sheet, "П-7", [34, 14, 16, 14, 16, 14, 16, 14, 16]);
    }

    /// <summary>
    /// The year's totals per measure and budget level in the form of seed 000 section VII: recipients (people) and sums paid (roubles).
    /// </summary>
    public static byte[] YearTotals(string organisation, YearTotals t)
    {
        var sheet = new List<Dictionary<string, object?>>
        {
            Row($"Выплаты мер социальной поддержки за {t.Year} год"),
            Row($"{organisation}. Учтены подписанные выплатные периоды; суммы — за вычетом удержаний и возвратов."),
            Row(""),
            Row("№", "Пункт разд. VII", "Мера социальной поддержки", "Бюджет", "Получателей, чел.", "Сумма, руб."),
        };
        sheet.AddRange(t.ByYear.Select((r, i) => Row(i + 1, r.ReportLine, r.Measure, r.Funding.Russian(), r.Recipients, r.Sum)));
        sheet.Add(Row(null, null, "Итого", null, t.Recipients, t.Sum));
        sheet.Add(Row(""));
        sheet.Add(Row("Начальник управления ____________", null, null, "Главный бухгалтер ____________"));
        return Save(sheet, "Итоги за год", [6, 14, 48, 20, 16, 18]);
    }

    public static byte[] Funding(string organisation, PaymentPeriod period, IReadOnlyList<FundingRow> rows, IReadOnlyDictionary<int, string> measures)
    {
        var sheet = new List<Dictionary<string, object?>>
        {
            Row($"Заявка на финансирование выплат за {period.Title}"),
            Row($"{organisation} — в Министерство социальных отношений Челябинской области."),
            Row(""),
            Row(
                "Мера социальной поддержки",
                "Уровень бюджета",
                "Получателей",
                "Через кредитные учреждения, ₽",
                "Через почту, ₽",
                "Без реквизитов (к уточнению), ₽",
                "Всего, ₽"
            ),
        };
        foreach (var level in rows.GroupBy(r => r.Funding).OrderBy(g => g.Key))
        {
            sheet.AddRange(
                level.Select(r =>
                    Row(
                        measures.GetValueOrDefault(r.MeasureId, "—"),
                        LevelName(r.Funding),
                        r.Recipients,
                        r.ViaBank,
                        r.ViaPost,
                        r.WithoutDetails,
                        r.Total
                    )
                )
            );
            sheet.Add(Row($"Итого: {LevelName(level.Key)}", null, level.Sum(r => r.Recipients), level.Sum(r => r.ViaBank), level.Sum(r => r.ViaPost),
                level.Sum(r => r.WithoutDetails), level.Sum(r => r.Total)));
        }
        sheet.Add(
            Row(
                "Всего к финансированию",
                null,
                null,
                rows.Sum(r => r.ViaBank),
                rows.Sum(r => r.ViaPost),
                rows.Sum(r => r.WithoutDetails),
                rows.Sum(r => r.Total)
            )
        );
        sheet.Add(Row("Сумма прописью не формируется; получателей считают по каждой мере отдельно.", null));
        sheet.Add(Row(""));
        sheet.Add(Row("Начальник управления ____________", null, null, "Главный бухгалтер ____________"));
        return Save(sheet, "Заявка", [48, 20, 14, 20, 16, 20, 16]);
    }

    public static string MethodName(PaymentMethod? m) => m switch
    {
        PaymentMethod.Bank => "«Сберкасса» — через кредитные учреждения",
        PaymentMethod.Post => "«Поручение» — через почту",
        _ => "без реквизитов",
    };

    private static string LevelName(FundingLevel f) => f.Russian();

    private static byte[] Save(List<Dictionary<string, object?>> sheet, string name, int[] widths) => XlsxSheet.Save(sheet, name, widths);

    private static Dictionary<string, object?> Row(params object?[] cells) => XlsxSheet.Row(cells);
}
