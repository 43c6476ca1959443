using Microsoft.EntityFrameworkCore;
using Sobes.Domain.Audit;
using Sobes.Domain.Common;
using Sobes.Domain.Organisations;
using Sobes.Domain.Payments;
using Sobes.Domain.Registry;
using Sobes.Infrastructure.Audit;
using Sobes.Infrastructure.Persistence;

namespace Sobes.Infrastructure.Payments;

public sealed record PaymentFile(string FileName, string ContentType, byte[] Content);

/// <summary>A bank or post office the period pays through, with its count and sum.</summary>
public sealed record PaymentChannel(PaymentMethod Method, string Code, string Name, int Count, decimal Sum);

/// <summary>The files a period gives its counterparts: a register per bank (by BIK), a list per post office (by index). Downloads are audited.</summary>
public sealed class PaymentFiles(SobesDbContext db, AuditLog audit, RegionClock clock, PaymentRunService runs)
{
    public async Task<IReadOnlyList<PaymentChannel>> ChannelsAsync(UserContext user, long periodId, CancellationToken ct = default)
    {
        var lines = await PayableAsync(user, periodId, null, null, ct);
        return lines.Where(l => l.Method != null).GroupBy(l => (Method: l.Method!.Value, Code: (l.Method == PaymentMethod.Bank ? l.Bik : l.PostOfficeIndex) ?? "")).Select(g => new PaymentChannel(
                g.Key.Method, g.Key.Code, g.Key.Method == PaymentMethod.Bank ? g.Select(l => l.BankName).FirstOrDefault(n => n != null) ?? "банк" : $"ОПС {g.Key.Code}",
                g.Count(), g.Sum(l => l.ToPay)))
            .OrderBy(c => c.Method).ThenBy(c => c.Code).ToList();
    }

    public async Task<PaymentFile> BankRegisterAsync(UserContext user, long periodId, string bik, CancellationToken ct = default)
    {
        var period = await PeriodAsync(user, periodId, ct);
        var lines = await PayableAsync(user, periodId, PaymentMethod.Bank, bik, ct);
        if (lines.Count == 0) throw new NotFoundException($"В периоде нет выплат через банк с БИК {bik}.");
        var org = await db.Organisations.AsNoTracking().FirstAsync(o => o.Id == period.OrganisationId, ct);
        var header = new BankRegisterHeader(org.Name, org.Inn, period.Year, period.Month, bik, lines.Select(l => l.BankName).FirstOrDefault(n => n != null), clock.Today);
        await audit.RecordAsync(user, AuditAction.Export, nameof(PaymentPeriod), periodId.ToString(), null,
            $"Реестр в банк (БИК {bik}) за {period.Title}: {lines.Count} строк на {BankRegister.Money(lines.Sum(l => l.ToPay))} ₽", ct);
        return new PaymentFile(BankRegister.FileName(header), BankRegister.ContentType, System.Text.Encoding.UTF8.GetBytes(BankRegister.Build(header, lines)));
    }

    public async Task<PaymentFile> PostListAsync(UserContext user, long periodId, string index, CancellationToken ct = default)
    {
        var period = await PeriodAsync(user, periodId, ct);
        var lines = await PayableAsync(user, periodId, PaymentMethod.Post, index, ct);
        if (lines.Count == 0) throw new NotFoundException($"В периоде нет выплат через отделение почтовой связи {index}.");
        var org = await db.Organisations.AsNoTracking().FirstAsync(o => o.Id == period.OrganisationId, ct);
        var citizenIds = lines.Select(l => l.CitizenId).Distinct().ToList();
        var addresses = await db.Citizens.AsNoTracking().Where(c => citizenIds.Contains(c.Id))
            .Select(c => new { c.Id, c.ActualAddress, c.RegistrationAddress }).ToDictionaryAsync(c => c.Id, ct);
        var measures = await db.Measures.AsNoTracking().ToDictionaryAsync(m => m.Id, m => m.ShortName, ct);
        var rows = lines.Select(l => new PostListRow(l, measures.GetValueOrDefault(l.MeasureId, "—"),
            addresses.GetValueOrDefault(l.CitizenId) is { } a ? (a.ActualAddress is { IsEmpty: false } ? a.ActualAddress : a.RegistrationAddress)?.ToString() ?? "" : "")).ToList();
        await audit.RecordAsync(user, AuditAction.Export, nameof(PaymentPeriod), periodId.ToString(), null,
            $"Машинограмма ОПС {index} за {period.Title}: {lines.Count} строк на {BankRegister.Money(lines.Sum(l => l.ToPay))} ₽", ct);
        return new PaymentFile(PostList.FileName(index, period.Year, period.Month), PostList.ContentType, PostList.Build(org.ShortName, index, period.Year, period.Month, rows));
    }

    private async Task<PaymentPeriod> PeriodAsync(UserContext user, long id, CancellationToken ct)
    {
        var p = await runs.Visible(user).AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException($"Выплатной период № {id} не найден.");
        if (p.Status is PaymentPeriodStatus.Open or PaymentPeriodStatus.Computing)
            throw new ConflictException($"Период {p.Title} {PaymentPeriod.Russian(p.Status)}: выплатные документы формируются по рассчитанному периоду.");
        return p;
    }

    private async Task<List<Accrual>> PayableAsync(UserContext user, long periodId, PaymentMethod? method, string? code, CancellationToken ct)
    {
        _ = await runs.Visible(user).AsNoTracking().FirstOrDefaultAsync(x => x.Id == periodId, ct) ?? throw new NotFoundException($"Выплатной период № {periodId} не найден.");
        var q = db.Accruals.AsNoTracking().Where(l => l.PeriodId == periodId && l.ToPay > 0);
        if (method is { } m) q = q.Where(l => l.Method == m);
        if (method == PaymentMethod.Bank) q = q.Where(l => l.Bik == code);
        if (method == PaymentMethod.Post) q = q.Where(l => l.PostOfficeIndex == code);
        return await q.OrderBy(l => l.RecipientName).ThenBy(l => l.AssignmentNumber).ThenBy(l => l.ForMonth).ThenBy(l => l.Kind).ToListAsync(ct);
    }
}
