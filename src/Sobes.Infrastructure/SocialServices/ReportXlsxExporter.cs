using Sobes.Domain.SocialServices;
using Sobes.Infrastructure.Documents;

namespace Sobes.Infrastructure.SocialServices;

/// <summary>
/// The report as .xlsx in the seven-column form of seed 004: indicator · unit · yearly plan · actual since 1 January ·
/// actual/plan % · reason for deviation · source. Written row by row (no header row of MiniExcel's own), so the title lines fit above the table.
/// </summary>
public static class ReportXlsxExporter
{
    public static readonly string[] Columns =
    [
        "Наименование показателя", "Единица измерения", "Значение, утверждённое в государственном задании на отчётный финансовый год",
        "Фактическое значение за отчётный период (нарастающим итогом с 1 января)", "Отношение фактического значения к плановому, %",
        "Характеристика причин отклонения от запланированных значений", "Источник(и) информации о фактическом значении показателя",
    ];

    public const string ContentType = XlsxSheet.ContentType;

    public static string FileName(AssignmentReport report, StateAssignment assignment) =>
        $"Отчёт ГЗ {assignment.Number} часть {report.Part?.Code} {(report.Quarter is { } q ? $"{q} кв. " : "")}{report.Year}.xlsx";

    public static byte[] Export(AssignmentReport report, StateAssignment assignment, string organisationName)
    {
        var part = report.Part ?? assignment.Parts.First(p => p.Id == report.AssignmentPartId);
        var rows = new List<Dictionary<string, object?>>
        {
            Line($"Отчёт об исполнении государственного задания № {assignment.Number} за {report.Period.Russian()}"),
            Line(organisationName),
            Line($"{part.Title}. Срок представления: {report.DueOn:dd.MM.yyyy}. Статус: {report.Status.Russian()}."),
            Line(""),
            Row(Columns.Cast<object?>().ToArray()),
            Row(Enumerable.Range(1, 7).Select(i => (object?)i).ToArray()),
        };
        rows.AddRange(report.Rows.OrderBy(r => r.Order).Select(r => Row(
            r.IndicatorName, r.Unit, r.Plan, r.Actual, r.PercentOfPlan,
            r.DeviationReason ?? (r.RequiresReason ? "ПРИЧИНА НЕ УКАЗАНА" : null), r.Source)));
        rows.Add(Line(""));
        rows.Add(Row("Пояснительная записка", report.ExplanatoryNote));
        rows.Add(Row("Кредиторская задолженность, руб.", report.AccountsPayable));
        rows.Add(Row("в том числе просроченная, руб.", report.OverdueAccountsPayable));
        if (report.SubmittedOn is { } s) rows.Add(Row("Представлен", $"{s:dd.MM.yyyy}, {report.SubmittedByName}"));
        if (report.ReviewedOn is { } r1)
            rows.Add(
                Row("Камеральная проверка", $"{r1:dd.MM.yyyy}, {report.ReviewedByName}: {report.Status.Russian()}. {report.ReviewRemarks}")
            );

        return XlsxSheet.Save(rows, "Отчёт", [60, 16, 16, 16, 16, 45, 50]);
    }

    private static Dictionary<string, object?> Line(string text) => XlsxSheet.Row(text);

    private static Dictionary<string, object?> Row(params object?[] cells) => XlsxSheet.Row(cells);
}
