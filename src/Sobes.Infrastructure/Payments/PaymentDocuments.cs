using Microsoft.EntityFrameworkCore;
using Sobes.Domain.Audit;
using Sobes.Domain.Common;
using Sobes.Domain.Measures;
using Sobes.Domain.Organisations;
using Sobes.Domain.Payments;
using Sobes.Domain.Registry;
using Sobes.Infrastructure.Audit;
using Sobes.Infrastructure.Documents;
using Sobes.Infrastructure.Persistence;

namespace Sobes.Infrastructure.Payments;

/// <summary>
/// The period's documents beyond the registers (seed 002 cl. 19.4–19.5, 19.9–19.11, 19.15–19.16): journals of one-time payments, one-time
/// orders for the post, payment orders and reconciliation acts per counterpart. Read from the lines' snapshot; every download is audited.
/// </summary>
public sealed class PaymentDocuments(SobesDbContext db, AuditLog audit, RegionClock clock, PaymentPeriodReader periods)
{
    /// <summary>The journal of one-time orders (post) or of one-time payments through credit institutions (bank), .xlsx.</summary>
    public async Task<PaymentFile> OneTimeJournalAsync(UserContext user, long periodId, PaymentMethod method, CancellationToken ct = default)
    {
        var (h, _) = await HeaderAsync(user, periodId, ct);
        var kinds = await MeasureKindsAsync(ct);
        var rows = await OneTimeRowsAsync(periodId, method, null, withPersonalData: false, kinds, ct);
        await audit.RecordAsync(
            user,
            AuditAction.Export,
            nameof(PaymentPeriod),
            periodId.ToString(),
            null,
            $"{PaymentDocumentForms.JournalTitle(method)} за {h.Period.Title}: {rows.Count} выплат на " +
                $"{BankRegister.Money(rows.Sum(r => r.Line.ToPay))} ₽",
            ct
        );
        var content = PaymentDocumentForms.OneTimeJournal(
            h,
            method,
            rows.Select(r => (r, PaymentDocumentForms.KindText(r.Line, kinds[r.Line.MeasureId]))).ToList()
        );
        return new PaymentFile($"{PaymentDocumentForms.JournalTitle(method)} за {h.Period.Title.ToLowerInvariant()}.xlsx",
            XlsxSheet.ContentType, content);
    }

    /// <summary>
    /// One-time orders for the post (all offices, or one by index), .docx — with the address and the passport, so the download is audited
    /// per period.
    /// </summary>
    public async Task<PaymentFile> OneTimeOrdersAsync(UserContext user, long periodId, string? index, CancellationToken ct = default)
    {
        var (h, _) = await HeaderAsync(user, periodId, ct);
        var rows = await OneTimeRowsAsync(periodId, PaymentMethod.Post, index, withPersonalData: true, await MeasureKindsAsync(ct), ct);
        await audit.RecordAsync(
            user,
            AuditAction.Export,
            nameof(PaymentPeriod),
            periodId.ToString(),
            null,
            $"Разовые поручения{(index is null ? "" : $" ОПС {index}")} за {h.Period.Title}: {rows.Count} на " +
                $"{BankRegister.Money(rows.Sum(r => r.Line.ToPay))} ₽",
            ct
        );
        return new PaymentFile(
            $"Разовые поручения{(index is null ? "" : $" ОПС {index}")} за {h.Period.Title.ToLowerInvariant()}.docx",
            PaymentDocumentForms.DocxType,
            PaymentDocumentForms.OneTimeOrders(h, rows)
        );
    }

    /// <summary>The payment order to a bank (by BIK), a post office (by index) or the post as a whole (no code), .docx.</summary>
    public async Task<PaymentFile> PaymentOrderAsync(
        UserContext user,
        long periodId,
        PaymentMethod method,
        string? code,
        CancellationToken ct = default
    )
    {
        var (h, _) = await HeaderAsync(user, periodId, ct);
        var figures = await FiguresAsync(periodId, ct);
        var c = Find(figures, method, code);
        var oneTime = (
            await OneTimeRowsAsync(
                periodId,
                method,
                method == PaymentMethod.Bank ? null : code,
                withPersonalData: false,
                await MeasureKindsAsync(ct),
                ct
            )
        )
            .Where(r => method == PaymentMethod.Post || r.Line.Bik == code)
            .ToList();
        var f = c.Numbers;
        await audit.RecordAsync(user, AuditAction.Export, nameof(PaymentPeriod), periodId.ToString(), null,
            $"Поручение на выплату ({c.Counterpart.Title}) за {h.Period.Title}: {f.SentCount} выплат на {BankRegister.Money(f.Sent)} ₽", ct);
        var content = PaymentDocumentForms.PaymentOrder(h, c.Counterpart, f.SentCount - oneTime.Count, f.Sent - oneTime.Sum(r => r.Line.ToPay),
            oneTime.Count, oneTime.Sum(r => r.Line.ToPay), f.RepaidCount, f.Repaid);
        return new PaymentFile(
            $"Поручение на выплату, {c.Counterpart.FileKey}, за {h.Period.Title.ToLowerInvariant()}.docx",
            PaymentDocumentForms.DocxType,
            content
        );
    }

    /// <summary>
    /// The reconciliation acts of a period: one per bank and per post office, with the dated fee rate of the counterpart's kind.
    /// </summary>
    public async Task<IReadOnlyList<CounterpartAct>> ActsAsync(UserContext user, long periodId, CancellationToken ct = default)
    {
        var (h, territory) = await HeaderAsync(user, periodId, ct);
        var figures = await FiguresAsync(periodId, ct);
        var acts = await WithRatesAsync(figures, territory, h.Period.FirstDay, ct);
        await audit.RecordAsync(
            user,
            AuditAction.Read,
            nameof(PaymentPeriod),
            periodId.ToString(),
            null,
            $"Акты сверки за {h.Period.Title}: {acts.Count} контрагентов",
            ct
        );
        return acts;
    }

    public async Task<PaymentFile> ReconciliationActAsync(
        UserContext user,
        long periodId,
        PaymentMethod method,
        string? code,
        CancellationToken ct = default
    )
    {
        var (h, territory) = await HeaderAsync(user, periodId, ct);
        var one = Find(await FiguresAsync(periodId, ct), method, code);
        var act = (await WithRatesAsync([one], territory, h.Period.FirstDay, ct))[0];
        await audit.RecordAsync(
            user,
            AuditAction.Export,
            nameof(PaymentPeriod),
            periodId.ToString(),
            null,
            $"Акт сверки ({act.Counterpart.Title}) за {h.Period.Title}: выплачено {BankRegister.Money(act.Act.Net)} ₽, " +
                $"вознаграждение {(act.Act.Fee is { } f ? BankRegister.Money(f) : "—")}",
            ct
        );
        return new PaymentFile($"Акт сверки, {act.Counterpart.FileKey}, за {h.Period.Title.ToLowerInvariant()}.docx", PaymentDocumentForms.DocxType,
            PaymentDocumentForms.ReconciliationAct(h, act));
    }

    /// <summary>Counts and sums of the period's one-time payments by channel (for the period card).</summary>
    public async Task<IReadOnlyDictionary<PaymentMethod, (int Count, decimal Sum)>> OneTimeTotalsAsync(long periodId, CancellationToken ct = default)
    {
        var result = new Dictionary<PaymentMethod, (int, decimal)>();
        var kinds = await MeasureKindsAsync(ct);
        foreach (var m in new[] { PaymentMethod.Post, PaymentMethod.Bank })
        {
            var rows = await OneTimeLinesAsync(periodId, m, null, kinds, ct);
            result[m] = (rows.Count, rows.Sum(l => l.ToPay));
        }
        return result;
    }

    /// <summary>The period's one-time lines of a channel (<see cref="OneTimePayments"/>), ordered as the forms list them.</summary>
    private async Task<List<Accrual>> OneTimeLinesAsync(
        long periodId,
        PaymentMethod method,
        string? index,
        IReadOnlyDictionary<int, MeasureKind> kinds,
        CancellationToken ct
    )
    {
        var notMonthly = kinds.Where(k => k.Value != MeasureKind.Monthly).Select(k => k.Key).ToList();
        var q = db.Accruals.AsNoTracking().Where(l => l.PeriodId == periodId && l.ToPay > 0 && l.Method == method
            && (l.Kind != AccrualKind.Regular || notMonthly.Contains(l.MeasureId)));
        if (index is not null) q = q.Where(l => l.PostOfficeIndex == index);
        // Sorted here: an ORDER BY on the БИК made SQLite walk the whole period by its (period, БИК) index for every office's list.
        var lines = await q.ToListAsync(ct);
        return lines
            .Where(l => OneTimePayments.IsOneTime(l, kinds.GetValueOrDefault(l.MeasureId, MeasureKind.Monthly)))
            .OrderBy(l => l.Bik, StringComparer.Ordinal)
            .ThenBy(l => l.PostOfficeIndex, StringComparer.Ordinal)
            .ThenBy(l => l.RecipientName, StringComparer.InvariantCulture)
            .ThenBy(l => l.AssignmentNumber, StringComparer.Ordinal)
            .ThenBy(l => l.ForMonth)
            .ToList();
    }

    private async Task<List<OneTimeRow>> OneTimeRowsAsync(long periodId, PaymentMethod method, string? index, bool withPersonalData,
        IReadOnlyDictionary<int, MeasureKind> kinds, CancellationToken ct)
    {
        var lines = await OneTimeLinesAsync(periodId, method, index, kinds, ct);
        var measures = await db.Measures.AsNoTracking().ToDictionaryAsync(m => m.Id, m => m.ShortName, ct);
        var ids = lines.Select(l => l.CitizenId).Distinct().ToList();
        var people = withPersonalData
            ? await db
                .Citizens.AsNoTracking()
                .Where(c => ids.Contains(c.Id))
                .Select(c => new
                {
                    c.Id,
                    c.ActualAddress,
                    c.RegistrationAddress,
                    c.IdentityDocument,
                })
                .ToDictionaryAsync(
                    c => c.Id,
                    c => (Citizen.DeliveryAddress(c.ActualAddress, c.RegistrationAddress).ToString(), c.IdentityDocument.ToString()),
                    ct
                )
            : [];
        return lines.Select(l => new OneTimeRow(l, measures.GetValueOrDefault(l.MeasureId, "—"),
            people.GetValueOrDefault(l.CitizenId).Item1 ?? "", people.GetValueOrDefault(l.CitizenId).Item2 ?? "")).ToList();
    }

    private sealed record Figures(Counterpart Counterpart, CounterpartFigures Numbers);

    /// <summary>Sent, re-paid and returned per bank and post office, grouped by the database (a period may have a million lines).</summary>
    private async Task<List<Figures>> FiguresAsync(long periodId, CancellationToken ct)
    {
        var payable = db.Accruals.AsNoTracking().Where(l => l.PeriodId == periodId && l.ToPay > 0 && l.Method != null);
        var sent = await payable
            .GroupBy(l => new
            {
                l.Method,
                l.Bik,
                l.PostOfficeIndex,
            })
            .Select(g => new
            {
                g.Key.Method,
                g.Key.Bik,
                g.Key.PostOfficeIndex,
                Count = g.Count(),
                Sum = g.Sum(l => l.ToPay),
                BankName = g.Max(l => l.BankName),
            })
            .ToListAsync(ct);
        var repaid = await payable.Where(l => l.Kind == AccrualKind.Repayment).GroupBy(l => new { l.Method, l.Bik, l.PostOfficeIndex })
            .Select(g => new { g.Key.Method, g.Key.Bik, g.Key.PostOfficeIndex, Count = g.Count(), Sum = g.Sum(l => l.ToPay) }).ToListAsync(ct);
        var returned = await (
                from r in db.PaymentReturns.AsNoTracking()
                join l in payable on r.AccrualId equals l.Id
                group r by new
                {
                    l.Method,
                    l.Bik,
                    l.PostOfficeIndex,
                } into g
                select new
                {
                    g.Key.Method,
                    g.Key.Bik,
                    g.Key.PostOfficeIndex,
                    Count = g.Count(),
                    Sum = g.Sum(r => r.Amount),
                }
            )
            .ToListAsync(ct);
        string Key(PaymentMethod? m, string? bik, string? index) => m == PaymentMethod.Bank ? $"B{bik}" : $"P{index}";
        var rep = repaid.ToDictionary(x => Key(x.Method, x.Bik, x.PostOfficeIndex));
        var ret = returned.ToDictionary(x => Key(x.Method, x.Bik, x.PostOfficeIndex));
        return sent.GroupBy(s => Key(s.Method, s.Bik, s.PostOfficeIndex)).Select(g =>
        {
            var first = g.First();
            var code = (first.Method == PaymentMethod.Bank ? first.Bik : first.PostOfficeIndex) ?? "";
            var name = first.Method == PaymentMethod.Bank ? g.Select(x => x.BankName).FirstOrDefault(n => n != null) ?? "банк" : $"ОПС {code}";
            var p = rep.GetValueOrDefault(g.Key);
            var r = ret.GetValueOrDefault(g.Key);
            return new Figures(new Counterpart(first.Method!.Value, code, name),
                new CounterpartFigures(g.Sum(x => x.Count), g.Sum(x => x.Sum), p?.Count ?? 0, p?.Sum ?? 0, r?.Count ?? 0, r?.Sum ?? 0));
        }).OrderBy(f => f.Counterpart.Method).ThenBy(f => f.Counterpart.Code).ToList();
    }

    private static Figures Find(List<Figures> all, PaymentMethod method, string? code)
    {
        if (method == PaymentMethod.Post && string.IsNullOrWhiteSpace(code))
        {
            var post = all.Where(f => f.Counterpart.Method == PaymentMethod.Post).ToList();
            if (post.Count == 0) throw new NotFoundException("В периоде нет выплат через почту.");
            return new Figures(
                new Counterpart(PaymentMethod.Post, null, "почтамт"),
                new CounterpartFigures(
                    post.Sum(f => f.Numbers.SentCount),
                    post.Sum(f => f.Numbers.Sent),
                    post.Sum(f => f.Numbers.RepaidCount),
                    post.Sum(f => f.Numbers.Repaid),
                    post.Sum(f => f.Numbers.ReturnedCount),
                    post.Sum(f => f.Numbers.Returned)
                )
            );
        }
        return all.FirstOrDefault(f => f.Counterpart.Method == method && f.Counterpart.Code == code?.Trim())
            ?? throw new NotFoundException(
                method == PaymentMethod.Bank
                    ? $"В периоде нет выплат через банк с БИК {code}."
                    : $"В периоде нет выплат через отделение почтовой связи {code}."
            );
    }

    private async Task<List<CounterpartAct>> WithRatesAsync(List<Figures> figures, int? territory, DateOnly on, CancellationToken ct)
    {
        var codes = new[] { ReconciliationRules.PostFeeCode, ReconciliationRules.BankFeeCode };
        var values = await db.MeasureParameters.AsNoTracking().Where(p => codes.Contains(p.Code)).ToListAsync(ct);
        MeasureParameter? Rate(PaymentMethod m) => values
            .Where(p => p.Code == ReconciliationRules.FeeCode(m) && p.ValidFrom <= on && (p.TerritoryId == null || p.TerritoryId == territory))
            .OrderByDescending(p => p.TerritoryId.HasValue).ThenByDescending(p => p.ValidFrom).FirstOrDefault();
        return figures.Select(f =>
        {
            var rate = Rate(f.Counterpart.Method);
            return new CounterpartAct(
                f.Counterpart,
                ReconciliationRules.Act(f.Counterpart.Method, f.Numbers, rate?.Value),
                rate?.ValidFrom,
                rate?.Note
            );
        }).ToList();
    }

    private async Task<Dictionary<int, MeasureKind>> MeasureKindsAsync(CancellationToken ct) =>
        await db.Measures.AsNoTracking().ToDictionaryAsync(m => m.Id, m => m.Kind, ct);

    private async Task<(DocumentHeader Header, int? TerritoryId)> HeaderAsync(UserContext user, long id, CancellationToken ct)
    {
        var p = await periods.FindComputedAsync(user, id, ct);
        var org = await db.Organisations.AsNoTracking().FirstAsync(o => o.Id == p.OrganisationId, ct);
        return (new DocumentHeader(org.Name, org.Inn, p, clock.Today), org.TerritoryId);
    }
}
