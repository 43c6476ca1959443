using Microsoft.EntityFrameworkCore;
using Sobes.Domain.Common;
using Sobes.Domain.Organisations;
using Sobes.Domain.Payments;
using Sobes.Infrastructure.Persistence;

namespace Sobes.Infrastructure.Payments;

/// <summary>
/// The department's latest period and what waits for the user: their signature, returns on the books, overpayments to recover.
/// </summary>
public sealed record PaymentsGlance(long? PeriodId, string? PeriodTitle, string? Stage, PaymentPeriodStatus? Status, bool AwaitsMySignature,
    int ReturnsOnBooks, decimal ReturnsSum, int OpenOverpayments, decimal OverpaymentsBalance);

/// <summary>The payments block of the home page (<see cref="PaymentsGlance"/>), for the staff of a social protection department.</summary>
public sealed class PaymentsDashboard(SobesDbContext db)
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
}
