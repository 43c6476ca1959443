using Microsoft.EntityFrameworkCore;
using Sobes.Domain.Audit;
using Sobes.Domain.Calendar;
using Sobes.Domain.Common;
using Sobes.Domain.Organisations;
using Sobes.Domain.Registry;
using Sobes.Domain.SocialServices;
using Sobes.Infrastructure.Audit;
using Sobes.Infrastructure.Calendar;
using Sobes.Infrastructure.Persistence;

namespace Sobes.Infrastructure.SocialServices;

/// <summary>The acts of the demo quarter: April–June 2015 drawn up by the module's service, April and May signed.</summary>
internal sealed class SocialServicesDemoActs(SobesDbContext db, AuditLog audit, UserContext user)
{
    public async Task LoadAsync(RegionClock clock, CancellationToken ct)
    {
        var acts = new ServiceActService(db, audit, clock);
        for (var month = 4; month <= 6; month++) await acts.GenerateMonthAsync(user, 2015, month, ct);
        db.ChangeTracker.Clear();
        await SignAsync(ct);
    }

    /// <summary>
    /// The acts were drawn up today by the seeding; in the demo's story they were drawn up on the 1st of the next month.
    /// April and May are signed three days later; June is left for the user to sign.
    /// </summary>
    private async Task SignAsync(CancellationToken ct)
    {
        var acts = await db.ServiceActs.Where(a => a.ProviderOrganisationId == user.OrganisationId && a.Year == 2015).ToListAsync(ct);
        foreach (var act in acts) act.DrawnUpOn = new DateOnly(2015, act.Month + 1, 1);
        var signed = acts.Where(a => a.Month <= 5).ToList();
        foreach (var act in signed)
        {
            act.SignedOn = new DateOnly(2015, act.Month + 1, 3);
            act.SignedByUserId = user.UserId;
            act.SignedByName = user.FullName;
        }
        audit.Add(
            user,
            AuditAction.Update,
            nameof(ServiceAct),
            null,
            null,
            $"Демонстрационный набор: подписаны акты за апрель и май 2015 года ({signed.Count})"
        );
        await db.SaveChangesAsync(ct);
    }
}
