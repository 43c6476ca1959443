using Microsoft.EntityFrameworkCore;
using Sobes.Domain.Common;
using Sobes.Domain.Organisations;
using Sobes.Domain.Payments;

namespace Sobes.Infrastructure.Payments;

/// <summary>
/// Months of an assignment the department has already accrued, from a date on: what a stop registered now makes overpaid.
/// </summary>
public sealed record AccruedMonths(IReadOnlyList<DateOnly> Months, decimal Sum);

/// <summary>
/// What the payment periods accrued on one assignment, for the assignment's card in Measures: the months already paid from a date (what a
/// stop would make overpaid) and the accrued and withheld sums of each month of a year.
/// </summary>
public sealed class AssignmentAccruals(PaymentPeriodReader periods)
{
    /// <summary>
    /// What the department's periods accrued on an assignment for the months from <paramref name="from"/> on (re-payments of returns
    /// aside).
    /// </summary>
    public async Task<AccruedMonths> AccruedFromAsync(UserContext user, long assignmentId, DateOnly from, CancellationToken ct = default)
    {
        var byMonth = (await AccruedMonthsAsync(user, assignmentId, AccrualRules.MonthOf(from), DateOnly.MaxValue, ct))
            .Where(m => m.Value.Accrued > 0).OrderBy(m => m.Key).ToList();
        return new AccruedMonths(byMonth.Select(m => m.Key).ToList(), byMonth.Sum(m => m.Value.Accrued));
    }

    /// <summary>
    /// What the department's periods accrued on an assignment for each month of a year (re-payments of returns aside) and what they
    /// withheld from it: the card shows it beside what the schedule says is due, so a difference the next run will pay or recover is
    /// visible.
    /// </summary>
    public async Task<IReadOnlyDictionary<int, (decimal Accrued, decimal Deducted)>> AccruedByMonthAsync(
        UserContext user,
        long assignmentId,
        int year,
        CancellationToken ct = default
    )
    {
        var months = await AccruedMonthsAsync(user, assignmentId, new DateOnly(year, 1, 1), new DateOnly(year, 12, 1), ct);
        return months.ToDictionary(m => m.Key.Month, m => m.Value);
    }

    /// <summary>
    /// Accrued and withheld per month on an assignment from <paramref name="from"/> to <paramref name="to"/>, re-payments of returns aside.
    /// </summary>
    private async Task<Dictionary<DateOnly, (decimal Accrued, decimal Deducted)>> AccruedMonthsAsync(
        UserContext user,
        long assignmentId,
        DateOnly from,
        DateOnly to,
        CancellationToken ct
    )
    {
        var rows = await periods.VisibleLines(user).AsNoTracking()
            .Where(l => l.AssignmentId == assignmentId && l.ForMonth >= from && l.ForMonth <= to && l.Kind != AccrualKind.Repayment)
            .Select(l => new { l.ForMonth, l.Amount, l.Deduction }).ToListAsync(ct);
        return rows.GroupBy(r => r.ForMonth).ToDictionary(g => g.Key, g => (g.Sum(r => r.Amount), g.Sum(r => r.Deduction)));
    }
}
