using Microsoft.EntityFrameworkCore;
using Sobes.Domain.Audit;
using Sobes.Domain.Common;
using Sobes.Domain.Measures;
using Sobes.Domain.Organisations;
using Sobes.Domain.Payments;
using Sobes.Infrastructure.Audit;
using Sobes.Infrastructure.Persistence;

namespace Sobes.Infrastructure.Payments;

/// <summary>
/// What was paid in a year by measure × budget level, month by month and for the year: recipients (distinct citizens paid) and sums — the
/// form of seed 000 section VII (measure, people, sum). A month is the month of the signed period that paid it; sums are net of deductions
/// and of returns (a returned sum paid again counts in the period that re-paid it). The department sees its own; the ministry the region.
/// </summary>
public sealed class PaymentTotals(SobesDbContext db, AuditLog audit, PaymentPeriodReader periods)
{
    private sealed record Paid(int MeasureId, FundingLevel Funding, long CitizenId, int Month, decimal Sum);

    public async Task<YearTotals> YearTotalsAsync(UserContext user, int year, CancellationToken ct = default)
    {
        if (year is < 2000 or > 2100) throw new DomainValidationException([new("year", "Укажите год от 2000 до 2100.")]);
        var paid = await PaidAsync(user, year, ct);
        var measures = await db.Measures.AsNoTracking().ToDictionaryAsync(m => m.Id, m => new { m.ShortName, m.ReportLine }, ct);
        YearTotalRow Row(int measureId, FundingLevel funding, int month, IEnumerable<Paid> rows)
        {
            var list = rows.ToList();
            var m = measures.GetValueOrDefault(measureId);
            return new YearTotalRow(measureId, m?.ShortName ?? "—", m?.ReportLine, funding, month, list.Select(r => r.CitizenId).Distinct().Count(),
                list.Sum(r => r.Sum));
        }
        var byMonth = paid.GroupBy(l => (l.MeasureId, l.Funding, l.Month)).Select(g => Row(g.Key.MeasureId, g.Key.Funding, g.Key.Month, g))
            .OrderBy(r => r.Measure).ThenBy(r => r.Funding).ThenBy(r => r.Month).ToList();
        var byYear = paid.GroupBy(l => (l.MeasureId, l.Funding)).Select(g => Row(g.Key.MeasureId, g.Key.Funding, 0, g))
            .OrderBy(r => r.Measure).ThenBy(r => r.Funding).ToList();
        await audit.RecordAsync(user, AuditAction.Read, PaymentPeriodReader.Entity, null, null, $"Итоги выплат за {year} год", ct);
        return new YearTotals(year, byMonth, byYear, paid.Select(l => l.CitizenId).Distinct().Count(), paid.Sum(l => l.Sum));
    }

    /// <summary>The lines the year's signed periods paid, net of returns, with the month of the period that paid them.</summary>
    private async Task<List<Paid>> PaidAsync(UserContext user, int year, CancellationToken ct)
    {
        var signed = await periods.Visible(user).AsNoTracking()
            .Where(p => p.Year == year && (p.Status == PaymentPeriodStatus.Approved || p.Status == PaymentPeriodStatus.Closed))
            .Select(p => new { p.Id, p.Month }).ToListAsync(ct);
        var monthOf = signed.ToDictionary(p => p.Id, p => p.Month);
        var ids = monthOf.Keys.ToList();
        var lines = await db.Accruals.AsNoTracking().Where(l => ids.Contains(l.PeriodId) && l.ToPay > 0)
            .Select(l => new { l.Id, l.PeriodId, l.MeasureId, l.Funding, l.CitizenId, l.ToPay }).ToListAsync(ct);
        var returned = (
            await db
                .PaymentReturns.AsNoTracking()
                .Where(r => ids.Contains(r.PeriodId))
                .Select(r => new { r.AccrualId, r.Amount })
                .ToListAsync(ct)
        )
            .GroupBy(r => r.AccrualId)
            .ToDictionary(g => g.Key, g => g.Sum(r => r.Amount));
        return lines.Select(l => new Paid(l.MeasureId, l.Funding, l.CitizenId, monthOf[l.PeriodId], l.ToPay - returned.GetValueOrDefault(l.Id)))
            .Where(l => l.Sum > 0).ToList();
    }
}
