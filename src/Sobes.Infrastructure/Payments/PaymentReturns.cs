using Microsoft.EntityFrameworkCore;
using Sobes.Domain.Audit;
using Sobes.Domain.Common;
using Sobes.Domain.Measures;
using Sobes.Domain.Organisations;
using Sobes.Domain.Payments;
using Sobes.Domain.Registry;
using Sobes.Infrastructure.Audit;
using Sobes.Infrastructure.Common;
using Sobes.Infrastructure.Persistence;

namespace Sobes.Infrastructure.Payments;

public sealed record ReturnItem(PaymentReturn Return, string RecipientName, string AssignmentNumber, string PeriodTitle, string? RepaidIn);

/// <summary>
/// Sums returned by a bank (not credited) or unpaid by the post (seed 002 cl. 19.12–19.14): on the books until paid again by the next run
/// (<see cref="PaymentRun"/>) once the details are corrected, or written off.
/// </summary>
public sealed class PaymentReturns(SobesDbContext db, AuditLog audit, RegionClock clock, PaymentPeriodReader periods)
{
    /// <summary>A sum returned for a line of a signed period: it goes on the books until paid again or written off.</summary>
    public async Task<PaymentReturn> RegisterReturnAsync(UserContext user, ReturnInput input, CancellationToken ct = default)
    {
        PaymentsAccess.RequireWriter(user);
        if (input.AccrualId is not { } lineId)
            throw new DomainValidationException([new("accrualId", "Укажите строку выплаты, сумма по которой возвращена.")]);
        var line = await periods.VisibleLines(user).AsNoTracking().FirstOrDefaultAsync(l => l.Id == lineId, ct)
                   ?? throw new NotFoundException($"Строка выплаты № {lineId} не найдена.");
        if (line.OrganisationId != user.OrganisationId) throw new ForbiddenException("Возврат учитывает управление, которое производило выплату.");
        var period = await db.PaymentPeriods.AsNoTracking().FirstAsync(p => p.Id == line.PeriodId, ct);
        var today = clock.Today;
        var amount = input.Amount ?? line.ToPay;
        Validate(input, line, period, amount, today);
        if (await db.PaymentReturns.AnyAsync(r => r.AccrualId == lineId, ct))
            throw new ConflictException("Возврат по этой строке уже учтён.", "accrualId");
        var r = new PaymentReturn
        {
            OrganisationId = line.OrganisationId,
            AccrualId = line.Id,
            PeriodId = line.PeriodId,
            CitizenId = line.CitizenId,
            AssignmentId = line.AssignmentId,
            ForMonth = line.ForMonth,
            Channel = line.Method!.Value,
            Amount = AmountCalculator.Round(amount),
            Reason = input.Reason!.Trim(),
            ReturnedOn = input.ReturnedOn ?? today,
            AtUtc = clock.NowUtc,
            UserId = user.UserId,
        };
        db.PaymentReturns.Add(r);
        audit.Add(user, AuditAction.Create, nameof(PaymentReturn), line.AssignmentNumber, line.CitizenId,
            $"Возврат {RussianFormat.Money(r.Amount)} по {line.AssignmentNumber} за {RussianFormat.MonthShort(line.ForMonth)} "
            + $"({(r.Channel == PaymentMethod.Bank ? "банк" : "почта")}): {r.Reason}");
        await db.SaveChangesAsync(ct);
        return r;
    }

    private static void Validate(ReturnInput input, Accrual line, PaymentPeriod period, decimal amount, DateOnly today)
    {
        var errors = new List<ValidationError>();
        if (period.Status is not (PaymentPeriodStatus.Approved or PaymentPeriodStatus.Closed))
            errors.Add(new("accrualId", $"Период {period.Title} ещё не подписан: суммы по нему не перечислялись."));
        if (line.Method is null) errors.Add(new("accrualId", "У строки нет реквизитов: она не перечислялась."));
        else if (line.ToPay <= 0) errors.Add(new("accrualId", "По этой строке ничего не выплачивалось."));
        else if (amount <= 0 || amount > line.ToPay)
            errors.Add(new("amount", $"Сумма возврата — больше нуля и не больше выплаченной ({RussianFormat.Money(line.ToPay)})."));
        if (string.IsNullOrWhiteSpace(input.Reason))
            errors.Add(new("reason", "Укажите причину возврата (счёт закрыт, неверные реквизиты, адресат выбыл …)."));
        if (input.ReturnedOn is { } on && on > today) errors.Add(new("returnedOn", "Дата возврата не может быть в будущем."));
        if (errors.Count > 0) throw new DomainValidationException(errors);
    }

    /// <summary>
    /// The details were checked against the personal file and corrected (seed 002 cl. 19.12): the next computed period pays it again.
    /// </summary>
    public async Task<PaymentReturn> RequestRepaymentAsync(UserContext user, long id, CancellationToken ct = default)
    {
        var r = await LoadReturnAsync(user, id, ct);
        r.RequestRepayment();
        audit.Add(user, AuditAction.Update, nameof(PaymentReturn), id.ToString(), r.CitizenId,
            $"Возврат {RussianFormat.Money(r.Amount)} будет выплачен повторно в следующем рассчитанном периоде");
        await db.SaveChangesAsync(ct);
        return r;
    }

    public async Task<PaymentReturn> WriteOffReturnAsync(UserContext user, long id, WriteOffInput input, CancellationToken ct = default)
    {
        var r = await LoadReturnAsync(user, id, ct);
        r.WriteOff(clock.Today, input.Reason ?? "");
        audit.Add(user, AuditAction.Update, nameof(PaymentReturn), id.ToString(), r.CitizenId,
            $"Возврат {RussianFormat.Money(r.Amount)} списан: {r.WriteOffReason}");
        await db.SaveChangesAsync(ct);
        return r;
    }

    public async Task<IReadOnlyList<ReturnItem>> ReturnsAsync(UserContext user, PaymentReturnStatus? status, CancellationToken ct = default)
    {
        var q = db.PaymentReturns.AsNoTracking().VisibleTo(user);
        if (status is { } s) q = q.Where(r => r.Status == s);
        var rows = await q.OrderByDescending(r => r.ReturnedOn).ThenByDescending(r => r.Id).Take(500).ToListAsync(ct);
        var lineIds = rows.Select(r => r.AccrualId).ToList();
        var lines = await db.Accruals.AsNoTracking().Where(l => lineIds.Contains(l.Id))
            .ToDictionaryAsync(l => l.Id, l => new { l.RecipientName, l.AssignmentNumber }, ct);
        var periodIds = rows.Select(r => r.PeriodId).Concat(rows.Where(r => r.RepaidInPeriodId != null).Select(r => r.RepaidInPeriodId!.Value))
            .Distinct().ToList();
        var titles = await db.PaymentPeriods.AsNoTracking().Where(p => periodIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        await audit.RecordAsync(user, AuditAction.Search, nameof(PaymentReturn), null, null, $"Возвраты выплат: {rows.Count}", ct);
        return rows.Select(r => new ReturnItem(r, lines[r.AccrualId].RecipientName, lines[r.AccrualId].AssignmentNumber, titles[r.PeriodId].Title,
            r.RepaidInPeriodId is { } rp ? titles[rp].Title : null)).ToList();
    }

    private async Task<PaymentReturn> LoadReturnAsync(UserContext user, long id, CancellationToken ct)
    {
        PaymentsAccess.RequireWriter(user);
        return await db.PaymentReturns.FirstOrDefaultAsync(r => r.Id == id && r.OrganisationId == user.OrganisationId, ct)
               ?? throw new NotFoundException($"Возврат № {id} не найден.");
    }
}
