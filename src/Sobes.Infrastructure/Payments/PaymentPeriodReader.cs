using Microsoft.EntityFrameworkCore;
using Sobes.Domain.Audit;
using Sobes.Domain.Common;
using Sobes.Domain.Organisations;
using Sobes.Domain.Payments;
using Sobes.Domain.Registry;
using Sobes.Infrastructure.Audit;
using Sobes.Infrastructure.Common;
using Sobes.Infrastructure.Persistence;

namespace Sobes.Infrastructure.Payments;

/// <summary>
/// Reading payment periods: the list, one period with its totals, its lines, and the lookups the other use cases start from. A department
/// sees its own periods; the ministry reads all.
/// </summary>
public sealed class PaymentPeriodReader(SobesDbContext db, AuditLog audit)
{
    internal const string Entity = nameof(PaymentPeriod);

    public IQueryable<PaymentPeriod> Visible(UserContext user) =>
        db.PaymentPeriods.VisibleTo(user);

    public IQueryable<Accrual> VisibleLines(UserContext user) =>
        db.Accruals.VisibleTo(user);

    public async Task<IReadOnlyList<PeriodListItem>> ListAsync(UserContext user, CancellationToken ct = default)
    {
        var periods = await Visible(user).AsNoTracking().OrderByDescending(p => p.Year).ThenByDescending(p => p.Month).ThenBy(p => p.OrganisationId)
            .Take(120).ToListAsync(ct);
        var ids = periods.Select(p => p.Id).ToList();
        var lines = await db.Accruals.AsNoTracking().Where(l => ids.Contains(l.PeriodId)).Select(l => new { l.PeriodId, l.CitizenId, l.ToPay })
            .ToListAsync(ct);
        var byPeriod = lines.ToLookup(l => l.PeriodId);
        return periods.Select(p => new PeriodListItem(p.Id, p.Year, p.Month, p.Title, p.Status, p.Stage, byPeriod[p.Id].Count(),
            byPeriod[p.Id].Where(l => l.ToPay > 0).Select(l => l.CitizenId).Distinct().Count(), byPeriod[p.Id].Sum(l => l.ToPay))).ToList();
    }

    public async Task<PeriodDetails> GetAsync(UserContext user, long id, CancellationToken ct = default)
    {
        var p = await FindAsync(user, id, ct);
        var lines = await db.Accruals.AsNoTracking().Where(l => l.PeriodId == id)
            .Select(l => new PeriodLine(l.MeasureId, l.Funding, l.CitizenId, l.Amount, l.Deduction, l.ToPay, l.Method)).ToListAsync(ct);
        var totals = await TotalsAsync(lines, ct);
        var byMethod = lines.Where(l => l.ToPay > 0 && l.Method != null).GroupBy(l => l.Method!.Value)
            .ToDictionary(g => g.Key, g => (g.Count(), g.Sum(l => l.ToPay)));
        var userIds = new[] { p.OpenedByUserId, p.ComputedByUserId, p.HeadApprovedByUserId, p.AccountantApprovedByUserId, p.ClosedByUserId }
            .Where(u => u != null).Select(u => u!.Value).Distinct().ToList();
        var users = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.FullName, ct);
        var organisation = await db.Organisations.AsNoTracking().Where(o => o.Id == p.OrganisationId).Select(o => o.ShortName).FirstAsync(ct);
        var found = await db.Overpayments.AsNoTracking().Where(o => o.DetectedInPeriodId == id).Select(o => o.Amount).ToListAsync(ct);
        var withoutDetails = lines.Where(l => l.ToPay > 0 && l.Method == null).ToList();
        return new PeriodDetails(p, organisation, totals, lines.Count, lines.Where(l => l.ToPay > 0).Select(l => l.CitizenId).Distinct().Count(),
            lines.Where(l => l.Amount > 0).Sum(l => l.Amount), lines.Sum(l => l.Deduction), lines.Sum(l => l.ToPay), byMethod, users, found.Count,
            found.Sum(), withoutDetails.Count, withoutDetails.Sum(l => l.ToPay));
    }

    private sealed record PeriodLine(int MeasureId, Sobes.Domain.Measures.FundingLevel Funding, long CitizenId, decimal Amount, decimal Deduction,
        decimal ToPay, PaymentMethod? Method);

    /// <summary>
    /// By measure and budget level. Accrued counts the positive lines only, as the period's total does: accrued − deducted = to pay in
    /// every row; an overpayment found (a negative adjustment) is shown apart, as the overpayments the period found.
    /// </summary>
    private async Task<List<PeriodTotalRow>> TotalsAsync(List<PeriodLine> lines, CancellationToken ct)
    {
        var measures = await db.Measures.AsNoTracking().ToDictionaryAsync(m => m.Id, m => m.ShortName, ct);
        return lines.GroupBy(l => (l.MeasureId, l.Funding))
            .Select(g => new PeriodTotalRow(g.Key.MeasureId, measures.GetValueOrDefault(g.Key.MeasureId, "—"), g.Key.Funding,
                g.Where(l => l.ToPay > 0).Select(l => l.CitizenId).Distinct().Count(), g.Count(), g.Where(l => l.Amount > 0).Sum(l => l.Amount),
                g.Sum(l => l.Deduction), g.Sum(l => l.ToPay)))
            .OrderBy(r => r.Measure).ThenBy(r => r.Funding).ToList();
    }

    public async Task<LinePage> LinesAsync(UserContext user, long id, LineFilter filter, CancellationToken ct = default)
    {
        await FindAsync(user, id, ct);
        var q = db.Accruals.AsNoTracking().Where(l => l.PeriodId == id);
        if (filter.Kind is { } kind) q = q.Where(l => l.Kind == kind);
        if (filter.Method is { } method) q = q.Where(l => l.Method == method);
        if (filter.MeasureId is { } measure) q = q.Where(l => l.MeasureId == measure);
        if (filter.Name?.Trim() is { Length: > 0 } name) q = q.Where(l => l.RecipientName.Contains(name) || l.AssignmentNumber.Contains(name));
        var page = Math.Max(1, filter.Page);
        var size = Math.Clamp(filter.PageSize, 1, 500);
        var total = await q.CountAsync(ct);
        var rows = await q.OrderBy(l => l.RecipientName).ThenBy(l => l.AssignmentId).ThenBy(l => l.ForMonth).ThenBy(l => l.Kind)
            .Skip((page - 1) * size).Take(size).ToListAsync(ct);
        var measures = await db.Measures.AsNoTracking().ToDictionaryAsync(m => m.Id, m => m.ShortName, ct);
        var ids = rows.Select(r => r.Id).ToList();
        var returned = (await db.PaymentReturns.AsNoTracking().Where(r => ids.Contains(r.AccrualId)).Select(r => r.AccrualId).ToListAsync(ct))
            .ToHashSet();
        await audit.RecordAsync(
            user,
            AuditAction.Search,
            Entity,
            id.ToString(),
            null,
            $"Строки выплатного периода № {id}: {total}, страница {page}",
            ct
        );
        return new LinePage(rows.Select(l => new LineItem(l.Id, l.AssignmentNumber, l.AssignmentId, l.CitizenId, l.RecipientName,
            measures.GetValueOrDefault(l.MeasureId, "—"), l.ForMonth, l.Kind, l.Amount, l.Deduction, l.ToPay, l.Method, DetailsText(l), l.Explanation,
            returned.Contains(l.Id))).ToList(), total, page, size);
    }

    public static string DetailsText(Accrual l) => l.Method switch
    {
        PaymentMethod.Bank => $"БИК {l.Bik ?? "—"}, счёт {l.Account ?? "—"}",
        PaymentMethod.Post => $"почта, отделение {l.PostOfficeIndex ?? "—"}",
        _ => "реквизиты не указаны",
    };

    /// <summary>
    /// The period, if the user may see it (the department's own; the ministry any), read without tracking; otherwise 404.
    /// </summary>
    public async Task<PaymentPeriod> FindAsync(UserContext user, long id, CancellationToken ct = default) =>
        await Visible(user).AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw NotFound(id);

    /// <summary>A visible period whose payment documents can be made: it has been computed (signed or not).</summary>
    public async Task<PaymentPeriod> FindComputedAsync(UserContext user, long id, CancellationToken ct = default)
    {
        var p = await FindAsync(user, id, ct);
        if (p.Status is PaymentPeriodStatus.Open or PaymentPeriodStatus.Computing)
            throw new ConflictException(
                $"Период {p.Title} {PaymentPeriod.Russian(p.Status)}: выплатные документы формируются по рассчитанному периоду.");
        return p;
    }

    /// <summary>The department's latest computed (or signed, or closed) period before this one's month, or null.</summary>
    public async Task<PaymentPeriod?> PreviousComputedAsync(PaymentPeriod p, CancellationToken ct = default)
    {
        var key = p.Year * 12 + p.Month;
        return await db.PaymentPeriods.AsNoTracking()
            .Where(x => x.OrganisationId == p.OrganisationId && x.Year * 12 + x.Month < key && x.Status >= PaymentPeriodStatus.Computed)
            .OrderByDescending(x => x.Year).ThenByDescending(x => x.Month).FirstOrDefaultAsync(ct);
    }

    /// <summary>
    /// The period tracked for a change by the department that opened it: 404 if not visible, 403 if another department's.
    /// </summary>
    internal async Task<PaymentPeriod> LoadOwnAsync(UserContext user, long id, CancellationToken ct)
    {
        var p = await Visible(user).FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw NotFound(id);
        if (p.OrganisationId != user.OrganisationId) throw new ForbiddenException("Период ведёт управление, которое его открыло.");
        return p;
    }

    /// <summary>Saves a change of a period; a concurrent change of the same period (its version) is a conflict.</summary>
    internal async Task SaveAsync(CancellationToken ct)
    {
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateConcurrencyException) { throw new ConflictException("Период изменён другим пользователем: обновите страницу."); }
    }

    private static NotFoundException NotFound(long id) => new($"Выплатной период № {id} не найден.");
}
