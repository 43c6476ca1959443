namespace Sobes.Domain.SocialServices;

public static class ReportingDeadlines
{
    /// <summary>
    /// The last day to submit the report of <paramref name="part"/> for <paramref name="period"/>:
    /// a quarter — the part's day of the month after the quarter; the year — the part's day and month of the next year.
    /// The seed states plain dates («не позднее 10 числа», «до 15 февраля») with no shift for days off, so none is applied.
    /// </summary>
    public static DateOnly DueDate(AssignmentPart part, ReportingPeriod period)
    {
        if (period.Quarter is not { } quarter)
            return new DateOnly(period.Year + 1, part.YearlyReportMonth, part.YearlyReportDay);
        if (quarter > part.QuarterlyReportsThroughQuarter)
            throw new ArgumentOutOfRangeException(
                nameof(period),
                period,
                $"По части {part.Code} квартальные отчёты представляются за I–{Roman(part.QuarterlyReportsThroughQuarter)} " +
                    $"кварталы; за {period.Russian()} — годовой отчёт."
            );
        var monthAfter = new DateOnly(period.Year, quarter * 3, 1).AddMonths(1);
        return new DateOnly(monthAfter.Year, monthAfter.Month, part.QuarterlyReportDay);
    }

    /// <summary>All report deadlines of the part for one year, in date order.</summary>
    public static IReadOnlyList<(ReportingPeriod Period, DateOnly DueDate)> ForYear(AssignmentPart part, int year) =>
        Enumerable.Range(1, part.QuarterlyReportsThroughQuarter)
            .Select(q => ReportingPeriod.ForQuarter(year, q))
            .Append(ReportingPeriod.ForYear(year))
            .Select(p => (p, DueDate(part, p)))
            .OrderBy(x => x.Item2)
            .ToList();

    private static string Roman(int n) => n switch { 1 => "I", 2 => "II", 3 => "III", _ => "IV" };
}
