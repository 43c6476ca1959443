using Microsoft.EntityFrameworkCore;
using Sobes.Domain.Common;
using Sobes.Domain.Organisations;
using Sobes.Domain.Payments;

namespace Sobes.Infrastructure.Payments;

/// <summary>The department's latest period and what waits for the user: their signature, returns on the books, overpayments to recover.</summary>
public sealed record PaymentsGlance(long? PeriodId, string? PeriodTitle, string? Stage, PaymentPeriodStatus? Status, bool AwaitsMySignature,
    int ReturnsOnBooks, decimal ReturnsSum, int OpenOverpayments, decimal OverpaymentsBalance);

/// <summary>Lines of a period paid to recipients whose earlier payment came back and whose details are not yet marked corrected.</summary>
public sealed record DetailsInDoubt(int Lines, decimal Sum, int Recipients);

/// <summary>Months of an assignment the department has already accrued, from a date on: what a stop registered now makes overpaid.</summary>
public sealed record AccruedMonths(IReadOnlyList<DateOnly> Months, decimal Sum);

public sealed partial class PaymentRunService
{
    public async Task<PaymentsGlance?> GlanceAsync(UserContext user, CancellationToken ct = default)
    {
        if (!user.IsIn(PaymentsAccess.Writers) || user.SeesWholeRegion) return null;
        var org = user.OrganisationId;
        if (!await db.Organisations.AnyAsync(o => o.Id == org && o.Kind == OrganisationKind.SocialProtectionDepartment, ct)) return null;
        var last = await db.PaymentPeriods.AsNoTracking().Where(p => p.OrganisationId == org)
            .OrderByDescending(p => p.Year).ThenByDescending(p => p.Month).FirstOrDefaultAsync(ct);
        var mine = last is { Status: PaymentPeriodStatus.Computed } && user.Role switch
        {
            Role.Head => last.HeadApprovedAtUtc is null,
            Role.Accountant => last.AccountantApprovedAtUtc is null,
            _ => false,
        };
        var returns = await db.PaymentReturns.AsNoTracking().Where(r => r.OrganisationId == org && r.Status == PaymentReturnStatus.OnBooks)
            .Select(r => r.Amount).ToListAsync(ct);
        var debts = await db.Overpayments.AsNoTracking().Where(o => o.OrganisationId == org && o.Balance > 0).Select(o => o.Balance).ToListAsync(ct);
        return new PaymentsGlance(last?.Id, last?.Title, last?.Stage, last?.Status, mine, returns.Count, returns.Sum(), debts.Count, debts.Sum());
    }

    /// <summary>What the department's periods accrued on an assignment for the months from <paramref name="from"/> on (re-payments of returns aside).</summary>
    public async Task<AccruedMonths> AccruedFromAsync(UserContext user, long assignmentId, DateOnly from, CancellationToken ct = default)
    {
        var byMonth = (await AccruedMonthsAsync(user, assignmentId, AccrualRules.MonthOf(from), DateOnly.MaxValue, ct))
            .Where(m => m.Value.Accrued > 0).OrderBy(m => m.Key).ToList();
        return new AccruedMonths(byMonth.Select(m => m.Key).ToList(), byMonth.Sum(m => m.Value.Accrued));
    }

    /// <summary>
    /// A bank or the post returned an earlier payment and nobody has marked the details corrected (seed 002 cl. 19.12): this period's payments
    /// to the same recipients would most likely come back too, so the card asks to check them before the files are sent.
    /// </summary>
    public async Task<DetailsInDoubt> DetailsInDoubtAsync(UserContext user, long periodId, CancellationToken ct = default)
    {
        var p = await FindAsync(user, periodId, ct);
        var citizens = db.PaymentReturns.Where(r => r.OrganisationId == p.OrganisationId && r.Status == PaymentReturnStatus.OnBooks && !r.RepayRequested)
            .Select(r => r.CitizenId);
        var lines = await db.Accruals.AsNoTracking().Where(l => l.PeriodId == periodId && l.ToPay > 0 && l.Kind != AccrualKind.Repayment && citizens.Contains(l.CitizenId))
            .Select(l => new { l.CitizenId, l.ToPay }).ToListAsync(ct);
        return new DetailsInDoubt(lines.Count, lines.Sum(l => l.ToPay), lines.Select(l => l.CitizenId).Distinct().Count());
    }

    /// <summary>
    /// What the department's periods accrued on an assignment for each month of a year (re-payments of returns aside) and what they withheld
    /// from it: the card shows it beside what the schedule says is due, so a difference the next run will pay or recover is visible.
    /// </summary>
    public async Task<IReadOnlyDictionary<int, (decimal Accrued, decimal Deducted)>> AccruedByMonthAsync(UserContext user, long assignmentId, int year,
        CancellationToken ct = default)
    {
        var months = await AccruedMonthsAsync(user, assignmentId, new DateOnly(year, 1, 1), new DateOnly(year, 12, 1), ct);
        return months.ToDictionary(m => m.Key.Month, m => m.Value);
    }

    /// <summary>Accrued and withheld per month on an assignment from <paramref name="from"/> to <paramref name="to"/>, re-payments of returns aside.</summary>
    private async Task<Dictionary<DateOnly, (decimal Accrued, decimal Deducted)>> AccruedMonthsAsync(UserContext user, long assignmentId, DateOnly from, DateOnly to,
        CancellationToken ct)
    {
        var rows = await VisibleLines(user).AsNoTracking()
            .Where(l => l.AssignmentId == assignmentId && l.ForMonth >= from && l.ForMonth <= to && l.Kind != AccrualKind.Repayment)
            .Select(l => new { l.ForMonth, l.Amount, l.Deduction }).ToListAsync(ct);
        return rows.GroupBy(r => r.ForMonth).ToDictionary(g => g.Key, g => (g.Sum(r => r.Amount), g.Sum(r => r.Deduction)));
    }
}
