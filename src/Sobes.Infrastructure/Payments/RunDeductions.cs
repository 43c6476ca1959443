using Microsoft.EntityFrameworkCore;
using Sobes.Domain.Common;
using Sobes.Domain.Measures;
using Sobes.Domain.Payments;
using Sobes.Infrastructure.Persistence;

namespace Sobes.Infrastructure.Payments;

/// <summary>
/// The run's recovery of overpayments: open overpayments are withheld from the citizen's positive lines within the limit per line
/// (<see cref="RecoveryRules"/>, the dated parameter <see cref="RecoveryRules.ParameterCode"/>).
/// </summary>
internal sealed class RunDeductions(SobesDbContext db, RegionClock clock)
{
    /// <summary>
    /// The limit of a deduction in percent for a department on a day: the dated parameter of its territory or the region, or the default.
    /// </summary>
    public static async Task<decimal> PercentAsync(SobesDbContext db, int organisationId, DateOnly on, CancellationToken ct)
    {
        var territory = await db.Organisations.AsNoTracking().Where(o => o.Id == organisationId).Select(o => o.TerritoryId).FirstOrDefaultAsync(ct);
        var values = await db.MeasureParameters.AsNoTracking().Where(x => x.Code == RecoveryRules.ParameterCode).ToListAsync(ct);
        return AmountCalculator.ParametersOn(values, territory, on).GetValueOrDefault(RecoveryRules.ParameterCode, RecoveryRules.DefaultPercent);
    }

    /// <summary>
    /// Open overpayments are withheld from the citizen's positive lines, within the limit per line: those found by earlier periods first,
    /// then those this batch has just found — an overpayment is recovered from the very run that finds it when the citizen has another
    /// payment in it.
    /// </summary>
    public async Task DeductAsync(PaymentPeriod p, List<Accrual> lines, decimal percent, bool earlierDebts, DateOnly today, CancellationToken ct)
    {
        var payers = lines.Where(l => l.Amount > 0).Select(l => l.CitizenId).Distinct().ToList();
        if (payers.Count == 0) return;
        var earlier = !earlierDebts
            ? []
            : await db.Overpayments
                .Where(o => o.OrganisationId == p.OrganisationId && payers.Contains(o.CitizenId) && o.Balance > 0 && o.DetectedInPeriodId != p.Id)
                .OrderBy(o => o.DetectedOn).ThenBy(o => o.Id).ToListAsync(ct);
        var found = db.ChangeTracker.Entries<Overpayment>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList();
        var open = earlier.Concat(found.Where(o => payers.Contains(o.CitizenId)));
        foreach (var group in open.GroupBy(o => o.CitizenId))
        {
            var own = lines.Where(l => l.CitizenId == group.Key && l.Amount > 0).ToList();
            var debts = group.ToList();
            foreach (
                var share in RecoveryRules.Deduct(
                    own.Select(l => l.Amount - l.Deduction).ToList(),
                    debts.Select(o => o.Balance).ToList(),
                    percent
                )
            )
                Withhold(p, own[share.LineIndex], debts[share.OverpaymentIndex], share.Amount, percent, today);
        }
    }

    /// <summary>
    /// Overpayments the run found are also withheld from the recipient's lines of this period that other batches wrote (an assignment of
    /// the same person may lie in any batch), within what is left of each line's limit: the run that finds an overpayment recovers all it
    /// can. Run again after an interruption it finds nothing more to take.
    /// </summary>
    public async Task DeductAcrossBatchesAsync(PaymentPeriod p, decimal percent, DateOnly today, CancellationToken ct)
    {
        var debts = await db.Overpayments.Where(o => o.DetectedInPeriodId == p.Id && o.Balance > 0).OrderBy(o => o.DetectedOn).ThenBy(o => o.Id)
            .ToListAsync(ct);
        if (debts.Count == 0) return;
        var citizens = debts.Select(o => o.CitizenId).Distinct().ToList();
        var lines = (
            await db
                .Accruals.Where(l => l.PeriodId == p.Id && citizens.Contains(l.CitizenId) && l.Kind != AccrualKind.Repayment)
                .ToListAsync(ct)
        )
            .Where(l => l.Amount > 0)
            .OrderBy(l => l.Id)
            .ToList();
        foreach (var group in debts.GroupBy(o => o.CitizenId))
        {
            var own = lines.Where(l => l.CitizenId == group.Key).ToList();
            var open = group.ToList();
            var rooms = own.Select(l => RecoveryRules.Limit(l.Amount, percent) - l.Deduction).ToList();
            foreach (var share in RecoveryRules.DeductWithin(rooms, open.Select(o => o.Balance).ToList()))
                Withhold(p, own[share.LineIndex], open[share.OverpaymentIndex], share.Amount, percent, today);
        }
    }

    private void Withhold(PaymentPeriod p, Accrual line, Overpayment debt, decimal amount, decimal percent, DateOnly today)
    {
        line.Deduction += amount;
        line.ToPay = line.Amount - line.Deduction;
        debt.Balance -= amount;
        debt.Recoveries.Add(new Recovery
        {
            Kind = RecoveryKind.Deduction, Amount = amount, On = today, PeriodId = p.Id, Accrual = line, AtUtc = clock.NowUtc,
            Document = $"Удержание из выплаты за {RussianFormat.MonthShort(line.ForMonth)} по {line.AssignmentNumber} (не более {percent:0.##} %)",
        });
    }
}
