using Sobes.Domain.Audit;
using Sobes.Domain.Common;
using Sobes.Domain.Organisations;
using Sobes.Domain.Payments;
using Sobes.Infrastructure.Audit;

namespace Sobes.Infrastructure.Payments;

/// <summary>
/// The head and the chief accountant sign the computed period's payment documents, in either order (seed 002 cl. 19.7,
/// <see cref="PaymentPeriod.Approve"/>); a period both have signed is closed (<see cref="PaymentPeriod.Close"/>).
/// </summary>
public sealed class PaymentPeriodSigning(PaymentPeriodReader periods, AuditLog audit, RegionClock clock)
{
    public async Task<PaymentPeriod> ApproveAsync(UserContext user, long id, CancellationToken ct = default)
    {
        PaymentsAccess.RequireSigner(user);
        var p = await periods.LoadOwnAsync(user, id, ct);
        p.Approve(user.Role, clock.NowUtc, user.UserId);
        p.Version++;
        audit.Add(user, AuditAction.Update, PaymentPeriodReader.Entity, id.ToString(), null,
            $"Выплатные документы периода {p.Title} подписал {(user.Role == Role.Head ? "начальник" : "главный бухгалтер")}; период {p.Stage}");
        await periods.SaveAsync(ct);
        return p;
    }

    public async Task<PaymentPeriod> CloseAsync(UserContext user, long id, CancellationToken ct = default)
    {
        PaymentsAccess.RequireSigner(user);
        var p = await periods.LoadOwnAsync(user, id, ct);
        p.Close(clock.NowUtc, user.UserId);
        p.Version++;
        audit.Add(user, AuditAction.Update, PaymentPeriodReader.Entity, id.ToString(), null, $"Выплатной период {p.Title} закрыт");
        await periods.SaveAsync(ct);
        return p;
    }
}
