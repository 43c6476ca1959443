using Microsoft.EntityFrameworkCore;
using Sobes.Domain.Calendar;
using Sobes.Domain.Organisations;
using Sobes.Domain.SocialServices;
using Sobes.Infrastructure.Audit;
using Sobes.Infrastructure.Persistence;

namespace Sobes.Infrastructure.SocialServices;

/// <summary>
/// Seeding step of the social services module: the 2015 calendar, the catalogue and dated reference data, state assignment № 148045
/// for the Kasli centre, and (demo only) recipients with a quarter of services. Each part runs once, on an empty table.
/// </summary>
internal static class SocialServicesSeed
{
    public const string CentreLogin = "kcson";

    public static async Task RunAsync(SobesDbContext db, bool demo, CancellationToken ct)
    {
        // The earlier steps leave hundreds of citizens tracked; each save of this step would scan them all again.
        db.ChangeTracker.Clear();
        if (!await db.SocialServices.AnyAsync(ct)) await AddReferenceAsync(db, ct);
        var worker = await db.Users.AsNoTracking().Include(u => u.Organisation).FirstOrDefaultAsync(u => u.Login == CentreLogin, ct);
        if (worker?.Organisation is not { Kind: OrganisationKind.SocialServiceCentre } centre) return;
        if (!await db.StateAssignments.AnyAsync(ct))
            await new StateAssignmentService(db, new AuditLog(db, TimeProvider.System))
                .SaveImportedAsync(StateAssignmentSeed.Load(), centre.Id, null, "первоначальная загрузка: задание № 148045 (сид 004)", ct);
        if (demo && !await db.ServiceApplications.AnyAsync(ct))
        {
            // The demo goes through the module's services, each saving on its own; one transaction spares a disk sync per save.
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            await new SocialServicesDemo(db, TimeProvider.System).LoadAsync(centre, worker, ct);
            await tx.CommitAsync(ct);
        }
    }

    private static async Task AddReferenceAsync(SobesDbContext db, CancellationToken ct)
    {
        var catalogue = SocialServicesReference.Catalogue();
        db.SocialServices.AddRange(catalogue);
        // The seed's own tariffs (67,6 ₽ an hour at home, the cap of 2 ₽ a minute for paid services) are the catalogue's first values.
        db.ServiceTariffs.AddRange(StateAssignmentSeed.Load().Tariffs);
        db.ServiceTariffs.AddRange(SocialServicesReference.DemoTariffs(catalogue.ToDictionary(s => s.Code)));
        db.FeeRules.AddRange(SocialServicesReference.FeeRules());
        db.SubsistenceMinimums.AddRange(SocialServicesReference.SubsistenceMinimums());
        await db.SaveChangesAsync(ct);
    }
}
