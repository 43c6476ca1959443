using Sobes.Domain.Common;

namespace Sobes.Domain.Measures;

/// <summary>What an assignment pays for one month, and how it was found.</summary>
/// <param name="PaidDays">Payable days of the month (for a monthly measure); for other kinds the days a payment falls on.</param>
/// <param name="Explanation">In Russian, e.g. «4 000,00 ₽ × 15 / 31 = 1 935,48 ₽».</param>
public sealed record MonthAmount(int Year, int Month, int DaysInMonth, int PaidDays, decimal Amount, string Explanation);

/// <summary>
/// Which days an assignment pays and how much a month comes to. Pure; payments read it day by day and month by month.
/// A day is payable when it is within the term (from the start to the last paid day, which a stop or the end gives), outside every
/// suspension and covered by an amount period. A monthly measure pays a month with a start, an end, a stop, a suspension or a change of
/// amount inside it by the measure's <see cref="PartialMonthRule"/>: pro rata — each period's amount × its payable days / calendar days of
/// the month, summed and rounded to kopecks once; full month — the amount in force on the month's last payable day whenever any day is payable.
/// A one-time or compensation measure pays a period's amount in the month the period starts; a yearly one in the month of each anniversary
/// of the start.
/// </summary>
public static class AssignmentSchedule
{
    public static bool IsPayable(Assignment a, DateOnly day) =>
        day >= a.StartsOn
        && (a.LastPaidDay is not { } last || day <= last)
        && !a.Suspensions.Any(s => s.Covers(day))
        && a.Periods.Any(p => p.From <= day && (p.To is null || p.To >= day));

    /// <summary>The payable days of a month, in order.</summary>
    public static IReadOnlyList<DateOnly> PayableDays(Assignment a, int year, int month)
    {
        var first = new DateOnly(year, month, 1);
        return Enumerable.Range(0, DateTime.DaysInMonth(year, month)).Select(first.AddDays).Where(d => IsPayable(a, d)).ToList();
    }

    public static decimal AmountForMonth(Assignment a, int year, int month) => Month(a, year, month).Amount;

    public static decimal AmountForMonth(Assignment a, Measure measure, int year, int month) => Month(a, measure, year, month).Amount;

    public static MonthAmount Month(Assignment a, int year, int month) =>
        Month(a, a.Measure ?? throw new InvalidOperationException("Загрузите меру назначения."), year, month);

    public static MonthAmount Month(Assignment a, Measure measure, int year, int month)
    {
        var days = DateTime.DaysInMonth(year, month);
        // Most months of most assignments are whole: one period over the whole month, no start, end or suspension inside it.
        if (measure.Kind == MeasureKind.Monthly && WholeMonthPeriod(a, new DateOnly(year, month, 1), new DateOnly(year, month, days)) is { } whole)
            return new(year, month, days, days, whole.Amount, measure.PartialMonth == PartialMonthRule.FullMonth
                ? $"{RussianFormat.Money(whole.Amount)} за месяц (оплачивается полностью)"
                : $"{RussianFormat.Money(whole.Amount)} за полный месяц");
        var payable = PayableDays(a, year, month);
        return measure.Kind switch
        {
            MeasureKind.Monthly => Monthly(a, measure.PartialMonth, year, month, days, payable),
            MeasureKind.Yearly => Yearly(a, year, month, days, payable),
            _ => OnStart(a, year, month, days, payable),
        };
    }

    /// <summary>Month by month from <paramref name="from"/> (its month) for <paramref name="count"/> months.</summary>
    public static IReadOnlyList<MonthAmount> Months(Assignment a, Measure measure, DateOnly from, int count) =>
        Enumerable
            .Range(0, count)
            .Select(i => new DateOnly(from.Year, from.Month, 1).AddMonths(i))
            .Select(m => Month(a, measure, m.Year, m.Month))
            .ToList();

    private static MonthAmount Monthly(Assignment a, PartialMonthRule rule, int year, int month, int days, IReadOnlyList<DateOnly> payable)
    {
        if (payable.Count == 0) return new(year, month, days, 0, 0m, "не выплачивается");
        var byPeriod = payable.GroupBy(d => PeriodOn(a, d)!).Select(g => (Amount: g.Key.Amount, Days: g.Count())).ToList();
        if (rule == PartialMonthRule.FullMonth)
        {
            var amount = PeriodOn(a, payable[^1])!.Amount;
            return new(year, month, days, payable.Count, amount, $"{RussianFormat.Money(amount)} за месяц (оплачивается полностью)");
        }
        if (payable.Count == days && byPeriod.Count == 1)
            return new(year, month, days, days, byPeriod[0].Amount, $"{RussianFormat.Money(byPeriod[0].Amount)} за полный месяц");
        var total = AmountCalculator.Round(byPeriod.Sum(p => p.Amount * p.Days) / days);
        var parts = byPeriod.Select(p => $"{RussianFormat.Money(p.Amount)} × {p.Days}");
        var explanation = byPeriod.Count == 1
            ? $"{parts.First()} / {days} = {RussianFormat.Money(total)}"
            : $"({string.Join(" + ", parts)}) / {days} = {RussianFormat.Money(total)}";
        return new(year, month, days, payable.Count, total, explanation);
    }

    private static MonthAmount OnStart(Assignment a, int year, int month, int days, IReadOnlyList<DateOnly> payable)
    {
        var due = a.Periods.Where(p => p.From.Year == year && p.From.Month == month && payable.Contains(p.From)).ToList();
        if (due.Count == 0) return new(year, month, days, 0, 0m, "не выплачивается");
        var amount = due.Sum(p => p.Amount);
        return new(year, month, days, due.Count, amount, $"единовременно {RussianFormat.Money(amount)}");
    }

    private static MonthAmount Yearly(Assignment a, int year, int month, int days, IReadOnlyList<DateOnly> payable)
    {
        if (a.StartsOn.Month != month || year < a.StartsOn.Year) return new(year, month, days, 0, 0m, "не выплачивается");
        var anniversary = a.StartsOn.AddYears(year - a.StartsOn.Year);
        if (!payable.Contains(anniversary)) return new(year, month, days, 0, 0m, "не выплачивается");
        var amount = PeriodOn(a, anniversary)!.Amount;
        return new(year, month, days, 1, amount, $"ежегодно {RussianFormat.Money(amount)} ({anniversary:dd.MM.yyyy})");
    }

    /// <summary>The one period that pays every day of the month, or null when anything changes inside it (then the month goes day by day).</summary>
    private static AssignmentPeriod? WholeMonthPeriod(Assignment a, DateOnly first, DateOnly last)
    {
        if (a.StartsOn > first || (a.LastPaidDay is { } end && end < last)) return null;
        if (a.Suspensions.Any(s => s.From <= last && (s.ResumedFrom is null || s.ResumedFrom > first))) return null;
        AssignmentPeriod? found = null;
        foreach (var p in a.Periods)
        {
            if (p.From > last || (p.To is { } to && to < first)) continue;
            if (found is not null || p.From > first || (p.To is { } pto && pto < last)) return null;
            found = p;
        }
        return found;
    }

    private static AssignmentPeriod? PeriodOn(Assignment a, DateOnly day) =>
        a.Periods.Where(p => p.From <= day && (p.To is null || p.To >= day)).OrderByDescending(p => p.From).FirstOrDefault();
}
