using Microsoft.EntityFrameworkCore;
using Sobes.Domain.Measures;
using Sobes.Infrastructure.Persistence;

namespace Sobes.Infrastructure.Measures.Seed;

/// <summary>
/// Seeding step of the measures catalogue: legal acts, parameters, measures and the seed's 2023 totals from measures.json
/// (the regulations follow: Applications' RegulationsSeeder). Runs once, when no measure exists, so a catalogue edited by the
/// administrator is never overwritten.
/// </summary>
public sealed class MeasuresCatalogueSeeder(SobesDbContext db) : IModuleSeeder
{
    public int Order => SeedOrder.MeasuresCatalogue;

    public async Task SeedAsync(SeedContext context, CancellationToken ct)
    {
        if (await db.Measures.AnyAsync(ct)) return;
        db.ChangeTracker.Clear();
        var seed = MeasuresSeedFile.Load();
        var territories = await db.Territories.ToDictionaryAsync(t => t.Code, t => t.Id, ct);
        var now = DateTime.UtcNow;
        // Acts already entered by hand (the same type, number and date) are reused rather than duplicated.
        var existing = await db.LegalActs.ToListAsync(ct);
        foreach (var act in seed.LegalActs)
        {
            var same = existing.FirstOrDefault(a => a.Type == act.Type && a.Number == act.Number && a.AdoptedOn == act.AdoptedOn);
            if (same is not null) Replace(seed, act, same);
            else db.LegalActs.Add(act);
        }
        foreach (var p in seed.Parameters)
        {
            // A territory absent from the database (a trimmed demo) drops its own values; the region-wide ones stay.
            if (p.TerritoryCode is { } code)
            {
                if (!territories.TryGetValue(code, out var id)) continue;
                p.Parameter.TerritoryId = id;
            }
            db.MeasureParameters.Add(p.Parameter);
        }
        foreach (var m in seed.Measures)
        {
            m.CreatedAtUtc = now;
            foreach (var a in m.Amounts) a.CreatedAtUtc = now;
        }
        db.Measures.AddRange(seed.Measures);
        db.MeasureReferenceTotals.AddRange(seed.ReferenceTotals);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }

    private static void Replace(MeasuresCatalogueSeed seed, LegalAct from, LegalAct to)
    {
        foreach (var b in seed.Measures.SelectMany(m => m.Bases).Where(b => b.LegalAct == from)) b.LegalAct = to;
        foreach (var a in seed.Measures.SelectMany(m => m.Amounts).Where(a => a.LegalAct == from)) a.LegalAct = to;
        foreach (var p in seed.Parameters.Where(p => p.Parameter.LegalAct == from)) p.Parameter.LegalAct = to;
    }
}
