using Sobes.Domain.Common;
using Sobes.Domain.Measures;

namespace Sobes.Domain.Payments;

/// <summary>A line a run would add for one month of one assignment: positive pays, negative is an overpayment found.</summary>
public sealed record AccrualDraft(DateOnly ForMonth, AccrualKind Kind, decimal Amount, string Explanation);

/// <summary>
/// What a payment period adds for one assignment. Pure. For every month from the first month the system pays it to the period's month: what
/// the schedule says the month is due (<see cref="AssignmentSchedule"/>: pro rata by calendar days, periods, stops, suspensions) minus what
/// was already accrued for that month by any period. The difference is the line: the period's own month is
/// <see cref="AccrualKind.Regular"/>, an earlier month never accrued is <see cref="AccrualKind.Arrears"/>, an earlier month accrued
/// differently is an <see cref="AccrualKind.Adjustment"/> (negative when the month was overpaid). A second run over the same accruals
/// yields nothing: it is idempotent by construction. Every month's due amount is already rounded to kopecks once by the schedule, so the
/// differences are exact.
/// </summary>
public static class AccrualRules
{
    /// <summary>
    /// The first month the system pays an assignment: its start month; but an assignment decided before the department's first period
    /// (<paramref name="ledgerStart"/>) was paid by the previous system for the months before it.
    /// </summary>
    public static DateOnly FirstMonth(Assignment a, DateOnly ledgerStart)
    {
        var start = MonthOf(a.StartsOn);
        return a.DecidedOn < ledgerStart && start < ledgerStart ? ledgerStart : start;
    }

    /// <summary>
    /// The earliest month a run has to look at again: the months up to the department's previous computed period were computed with all
    /// that was known when that run started, so only the months after it, and those a change recorded since then reaches back to, can
    /// differ. Null (no previous period): every month from the first. This keeps a run's work per assignment constant however long it has
    /// been paid.
    /// </summary>
    public static DateOnly? RecheckFrom(DateOnly? monthAfterPrevious, DateOnly? earliestChangeSincePrevious) =>
        monthAfterPrevious is not { } next ? null
        : earliestChangeSincePrevious is { } change && MonthOf(change) < next ? MonthOf(change) : next;

    /// <param name="recheckFrom">See <see cref="RecheckFrom"/>; months before it are taken as settled.</param>
    public static IReadOnlyList<AccrualDraft> Lines(Assignment a, Measure measure, DateOnly periodMonth, DateOnly ledgerStart,
        IReadOnlyDictionary<DateOnly, decimal> accrued, DateOnly? recheckFrom = null)
    {
        var lines = new List<AccrualDraft>();
        if (!measure.IsPaidInMoney) return lines;
        var first = FirstMonth(a, ledgerStart);
        if (recheckFrom is { } from && from > first) first = from;
        for (var m = first; m <= periodMonth; m = m.AddMonths(1))
        {
            var due = AssignmentSchedule.Month(a, measure, m.Year, m.Month);
            var done = accrued.GetValueOrDefault(m);
            var diff = due.Amount - done;
            if (diff == 0) continue;
            var kind = accrued.ContainsKey(m) ? AccrualKind.Adjustment : m == periodMonth ? AccrualKind.Regular : AccrualKind.Arrears;
            var explanation =
                kind == AccrualKind.Adjustment
                    ? $"причитается {RussianFormat.Money(due.Amount)} ({due.Explanation}); начислено ранее " +
                        $"{RussianFormat.Money(done)}; разница {RussianFormat.Money(diff)}"
                    : due.Explanation;
            lines.Add(new AccrualDraft(m, kind, diff, explanation));
        }
        return lines;
    }

    public static DateOnly MonthOf(DateOnly d) => new(d.Year, d.Month, 1);
}
