using Microsoft.EntityFrameworkCore;
using Sobes.Domain.Audit;
using Sobes.Domain.Common;
using Sobes.Domain.Measures;
using Sobes.Domain.Organisations;
using Sobes.Domain.Payments;
using Sobes.Domain.Registry;
using Sobes.Infrastructure.Audit;
using Sobes.Infrastructure.Persistence;

namespace Sobes.Infrastructure.Payments;

public sealed record PaymentFile(string FileName, string ContentType, byte[] Content);

/// <summary>A bank or post office the period pays through, with its count and sum.</summary>
public sealed record PaymentChannel(PaymentMethod Method, string Code, string Name, int Count, decimal Sum);

/// <summary>
/// The files a period gives its counterparts: a register per bank (by BIK), a list per post office (by index). Downloads are audited.
/// </summary>
public sealed class PaymentFiles(SobesDbContext db, AuditLog audit, RegionClock clock, PaymentPeriodReader periods)
{
    public async Task<IReadOnlyList<PaymentChannel>> ChannelsAsync(UserContext user, long periodId, CancellationToken ct = default)
    {
        await periods.FindAsync(user, periodId, ct);
        // Grouped by the database: a district's period has up to a million lines, none of which is needed here as an entity.
        var groups = await db
            .Accruals.AsNoTracking()
            .Where(l => l.PeriodId == periodId && l.ToPay > 0 && l.Method != null)
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
        return groups
            .GroupBy(g => (Method: g.Method!.Value, Code: (g.Method == PaymentMethod.Bank ? g.Bik : g.PostOfficeIndex) ?? ""))
            .Select(g => new PaymentChannel(
                g.Key.Method,
                g.Key.Code,
                g.Key.Method == PaymentMethod.Bank
                    ? g.Select(x => x.BankName).FirstOrDefault(n => n != null) ?? "банк"
                    : $"ОПС {g.Key.Code}",
                g.Sum(x => x.Count),
                g.Sum(x => x.Sum)
            ))
            .OrderBy(c => c.Method)
            .ThenBy(c => c.Code)
            .ToList();
    }

    public async Task<PaymentFile> BankRegisterAsync(UserContext user, long periodId, string bik, CancellationToken ct = default)
    {
        var period = await PeriodAsync(user, periodId, ct);
        var lines = await PayableAsync(periodId, PaymentMethod.Bank, bik, ct);
        if (lines.Count == 0) throw new NotFoundException($"В периоде нет выплат через банк с БИК {bik}.");
        var org = await db.Organisations.AsNoTracking().FirstAsync(o => o.Id == period.OrganisationId, ct);
        var header = new BankRegisterHeader(
            org.Name,
            org.Inn,
            period.Year,
            period.Month,
            bik,
            lines.Select(l => l.BankName).FirstOrDefault(n => n != null),
            clock.Today
        );
        await audit.RecordAsync(user, AuditAction.Export, nameof(PaymentPeriod), periodId.ToString(), null,
            $"Реестр в банк (БИК {bik}) за {period.Title}: {lines.Count} строк на {BankRegister.Money(lines.Sum(l => l.ToPay))} ₽", ct);
        return new PaymentFile(
            BankRegister.FileName(header),
            BankRegister.ContentType,
            System.Text.Encoding.UTF8.GetBytes(BankRegister.Build(header, lines))
        );
    }

    public async Task<PaymentFile> PostListAsync(UserContext user, long periodId, string index, CancellationToken ct = default)
    {
        var period = await PeriodAsync(user, periodId, ct);
        var all = await PayableAsync(periodId, PaymentMethod.Post, index, ct);
        if (all.Count == 0) throw new NotFoundException($"В периоде нет выплат через отделение почтовой связи {index}.");
        // One-time payments go to the office on one-time orders (seed 002 cl. 19.5, 19.11), not on the month's list: listed twice they
        // would be paid twice.
        var measures = await db.Measures.AsNoTracking().Select(m => new { m.Id, m.ShortName, m.Kind }).ToDictionaryAsync(m => m.Id, ct);
        var oneTime = all.Where(l =>
                OneTimePayments.IsOneTime(l, measures.TryGetValue(l.MeasureId, out var m) ? m.Kind : MeasureKind.Monthly)
            )
            .ToList();
        var lines = all.Except(oneTime).ToList();
        var oneTimeSum = oneTime.Sum(l => l.ToPay);
        var org = await db.Organisations.AsNoTracking().FirstAsync(o => o.Id == period.OrganisationId, ct);
        var citizenIds = lines.Select(l => l.CitizenId).Distinct().ToList();
        var addresses = await db.Citizens.AsNoTracking().Where(c => citizenIds.Contains(c.Id))
            .Select(c => new { c.Id, c.ActualAddress, c.RegistrationAddress }).ToDictionaryAsync(c => c.Id, ct);
        var rows = lines
            .Select(l => new PostListRow(
                l,
                measures.TryGetValue(l.MeasureId, out var m) ? m.ShortName : "—",
                addresses.GetValueOrDefault(l.CitizenId) is { } a
                    ? Citizen.DeliveryAddress(a.ActualAddress, a.RegistrationAddress).ToString()
                    : ""
            ))
            .ToList();
        await audit.RecordAsync(user, AuditAction.Export, nameof(PaymentPeriod), periodId.ToString(), null,
            $"Машинограмма ОПС {index} за {period.Title}: {lines.Count} строк на {BankRegister.Money(lines.Sum(l => l.ToPay))} ₽", ct);
        return new PaymentFile(
            PostList.FileName(index, period.Year, period.Month),
            PostList.ContentType,
            PostList.Build(org.ShortName, index, period.Year, period.Month, rows, oneTime.Count, oneTimeSum)
        );
    }

    /// <summary>The movement journal (ф. П-7) against the department's previous computed period.</summary>
    public async Task<PaymentFile> MovementJournalAsync(UserContext user, long periodId, CancellationToken ct = default)
    {
        var period = await PeriodAsync(user, periodId, ct);
        var previous = await periods.PreviousComputedAsync(period, ct);
        var rows = PaymentJournals.Movement(previous is null ? [] : await JournalLinesAsync(previous.Id, ct), await JournalLinesAsync(periodId, ct));
        var org = await db.Organisations.AsNoTracking().FirstAsync(o => o.Id == period.OrganisationId, ct);
        await audit.RecordAsync(
            user,
            AuditAction.Export,
            nameof(PaymentPeriod),
            periodId.ToString(),
            null,
            $"Журнал движения П-7 за {period.Title}",
            ct
        );
        return new PaymentFile(
            $"Журнал движения П-7 за {period.Title.ToLowerInvariant()}.xlsx",
            PostList.ContentType,
            PaymentJournalFiles.Movement(org.ShortName, period, previous, rows)
        );
    }

    /// <summary>The funding request to the ministry by measure and budget level (seed 002 cl. 19.8).</summary>
    public async Task<PaymentFile> FundingRequestAsync(UserContext user, long periodId, CancellationToken ct = default)
    {
        var period = await PeriodAsync(user, periodId, ct);
        var rows = PaymentJournals.Funding(await JournalLinesAsync(periodId, ct));
        var org = await db.Organisations.AsNoTracking().FirstAsync(o => o.Id == period.OrganisationId, ct);
        var measures = await db.Measures.AsNoTracking().ToDictionaryAsync(m => m.Id, m => m.Name, ct);
        await audit.RecordAsync(user, AuditAction.Export, nameof(PaymentPeriod), periodId.ToString(), null,
            $"Заявка на финансирование за {period.Title}: {BankRegister.Money(rows.Sum(r => r.Total))} ₽", ct);
        return new PaymentFile(
            $"Заявка на финансирование за {period.Title.ToLowerInvariant()}.xlsx",
            PostList.ContentType,
            PaymentJournalFiles.Funding(org.ShortName, period, rows, measures)
        );
    }

    private Task<List<JournalLine>> JournalLinesAsync(long periodId, CancellationToken ct) =>
        db.Accruals.AsNoTracking().Where(l => l.PeriodId == periodId)
            .Select(l => new JournalLine(l.AssignmentId, l.CitizenId, l.MeasureId, l.Funding, l.Method, l.ToPay)).ToListAsync(ct);

    private Task<PaymentPeriod> PeriodAsync(UserContext user, long id, CancellationToken ct) => periods.FindComputedAsync(user, id, ct);

    /// <summary>
    /// The period's payable lines of one bank or post office; the caller has checked the period (<see cref="PeriodAsync"/>).
    /// </summary>
    private async Task<List<Accrual>> PayableAsync(long periodId, PaymentMethod? method, string? code, CancellationToken ct)
    {
        var q = db.Accruals.AsNoTracking().Where(l => l.PeriodId == periodId && l.ToPay > 0);
        if (method is { } m) q = q.Where(l => l.Method == m);
        if (method == PaymentMethod.Bank) q = q.Where(l => l.Bik == code);
        if (method == PaymentMethod.Post) q = q.Where(l => l.PostOfficeIndex == code);
        return await q.OrderBy(l => l.RecipientName).ThenBy(l => l.AssignmentNumber).ThenBy(l => l.ForMonth).ThenBy(l => l.Kind).ToListAsync(ct);
    }
}
