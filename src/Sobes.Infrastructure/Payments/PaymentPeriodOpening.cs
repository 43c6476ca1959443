using Microsoft.EntityFrameworkCore;
using Sobes.Domain.Audit;
using Sobes.Domain.Common;
using Sobes.Domain.Organisations;
using Sobes.Domain.Payments;
using Sobes.Infrastructure.Audit;
using Sobes.Infrastructure.Persistence;

namespace Sobes.Infrastructure.Payments;

/// <summary>
/// Opens a month for the user's department (<see cref="PaymentPeriod.Open"/>: months go forward; the first period fixes the month from
/// which the system pays, <see cref="PaymentPeriod.LedgerStart"/>). Only a social protection department pays.
/// </summary>
public sealed class PaymentPeriodOpening(SobesDbContext db, AuditLog audit, RegionClock clock)
{
    public async Task<PaymentPeriod> OpenAsync(UserContext user, OpenPeriodInput input, CancellationToken ct = default)
    {
        PaymentsAccess.RequireWriter(user);
        PaymentPeriod.ValidMonth(input.Year, input.Month);
        if (!await db.Organisations.AnyAsync(o => o.Id == user.OrganisationId && o.Kind == OrganisationKind.SocialProtectionDepartment, ct))
            throw new ForbiddenException("Выплату мер социальной поддержки производит управление социальной защиты населения.");
        var own = db.PaymentPeriods.AsNoTracking().Where(p => p.OrganisationId == user.OrganisationId);
        var latest = await own.OrderByDescending(p => p.Year).ThenByDescending(p => p.Month).FirstOrDefaultAsync(ct);
        var ledgerStart = await own.OrderBy(p => p.Year).ThenBy(p => p.Month).Select(p => (DateOnly?)p.LedgerStart).FirstOrDefaultAsync(ct);
        var period = PaymentPeriod.Open(user.OrganisationId, input.Year, input.Month, latest, ledgerStart, clock.NowUtc, user.UserId);
        db.PaymentPeriods.Add(period);
        audit.Add(
            user,
            AuditAction.Create,
            PaymentPeriodReader.Entity,
            $"{period.Year}-{period.Month:00}",
            null,
            $"Открыт выплатной период {period.Title}"
        );
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateException) { throw new ConflictException($"Период {period.Title} уже открыт.", "month"); }
        return period;
    }
}
