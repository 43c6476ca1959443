using Microsoft.EntityFrameworkCore;
using Sobes.Domain.Applications;
using Sobes.Infrastructure.Persistence;

namespace Sobes.Infrastructure.Applications.Seed;

/// <summary>
/// Seeding step of the administrative regulations (seed 002 and the typical ones) from the regulations part of measures.json, right after
/// the measures catalogue: the regulations refer to its acts, and each seeded measure gets the regulation it is provided under.
/// Runs once, when no regulation exists.
/// </summary>
public sealed class RegulationsSeeder(SobesDbContext db) : IModuleSeeder
{
    public int Order => SeedOrder.ApplicationsRegulations;

    public async Task SeedAsync(SeedContext context, CancellationToken ct)
    {
        if (await db.Regulations.AnyAsync(ct)) return;
        db.ChangeTracker.Clear();
        var seed = RegulationsSeedFile.Load(await db.LegalActs.ToListAsync(ct));
        db.Regulations.AddRange(seed.Regulations);
        await db.SaveChangesAsync(ct);
        var codes = seed.RegulationOfMeasure.Keys.ToList();
        var ids = seed.Regulations.ToDictionary(r => r.Code, r => r.Id);
        foreach (var m in await db.Measures.Where(m => m.RegulationId == null && codes.Contains(m.Code)).ToListAsync(ct))
            m.RegulationId = ids[seed.RegulationOfMeasure[m.Code]];
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }
}
