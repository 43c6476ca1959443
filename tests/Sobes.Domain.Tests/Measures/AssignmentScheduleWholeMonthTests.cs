using Sobes.Domain.Measures;

namespace Sobes.Domain.Tests.Measures;

/// <summary>The whole-month shortcut of the schedule gives exactly what counting day by day gives, for random assignments.</summary>
public class AssignmentScheduleWholeMonthTests
{
    private static readonly Measure ProRata = new() { Kind = MeasureKind.Monthly, PartialMonth = PartialMonthRule.ProRataCalendarDays };

    // Counting day by day: each payable day is worth its period's amount / days of the month; rounded once.
    private static decimal DayByDay(Assignment a, int year, int month)
    {
        var days = DateTime.DaysInMonth(year, month);
        var sum = 0m;
        for (var d = new DateOnly(year, month, 1); d.Month == month; d = d.AddDays(1))
        {
            if (!AssignmentSchedule.IsPayable(a, d)) continue;
            sum += a.Periods.Where(p => p.From <= d && (p.To is null || p.To >= d)).OrderByDescending(p => p.From).First().Amount;
        }
        return AmountCalculator.Round(sum / days);
    }

    [Fact]
    public void Whole_months_and_partial_months_agree_with_counting_day_by_day()
    {
        var rnd = new Random(42);
        for (var i = 0; i < 2000; i++)
        {
            var start = new DateOnly(2026, 1, 1).AddDays(rnd.Next(0, 200));
            var a = new Assignment { StartsOn = start, EndsOn = rnd.Next(3) == 0 ? start.AddDays(rnd.Next(20, 300)) : null };
            var change = start.AddDays(rnd.Next(10, 250));
            var first = Math.Round((decimal)rnd.Next(100000, 2000000) / 100, 2);
            a.Periods.Add(new AssignmentPeriod { From = start, To = rnd.Next(2) == 0 ? change.AddDays(-1) : a.EndsOn, Amount = first });
            if (a.Periods[0].To is { } to && (a.EndsOn is null || to < a.EndsOn))
                a.Periods.Add(new AssignmentPeriod { From = to.AddDays(1), To = a.EndsOn, Amount = first + 100.37m });
            if (rnd.Next(4) == 0)
            {
                var from = start.AddDays(rnd.Next(0, 200));
                a.Suspensions.Add(new AssignmentSuspension { From = from, ResumedFrom = rnd.Next(2) == 0 ? from.AddDays(rnd.Next(1, 60)) : null });
            }
            if (rnd.Next(5) == 0) a.StoppedFrom = start.AddDays(rnd.Next(1, 250));
            for (var m = 0; m < 12; m++)
            {
                var month = new DateOnly(2026, 1, 1).AddMonths(m);
                Assert.Equal(DayByDay(a, month.Year, month.Month), AssignmentSchedule.AmountForMonth(a, ProRata, month.Year, month.Month));
            }
        }
    }

    [Fact]
    public void A_whole_month_says_so()
    {
        var a = new Assignment { StartsOn = new(2026, 1, 1), Periods = [new AssignmentPeriod { From = new(2026, 1, 1), Amount = 4000m }] };
        var m = AssignmentSchedule.Month(a, ProRata, 2026, 11);
        Assert.Equal((30, 4000m), (m.PaidDays, m.Amount));
        Assert.Contains("за полный месяц", m.Explanation);
    }
}
