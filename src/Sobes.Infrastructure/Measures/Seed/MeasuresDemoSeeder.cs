using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Sobes.Infrastructure.Persistence;

namespace Sobes.Infrastructure.Measures.Seed;

/// <summary>Demo only: the assignments carried over from the previous system (<see cref="MeasuresDemo"/>), once, after the demo
/// citizens.</summary>
public sealed class MeasuresDemoSeeder(SobesDbContext db, ILogger<MeasuresDemoSeeder> log) : IModuleSeeder
{
    public int Order => SeedOrder.MeasuresDemo;

    public async Task SeedAsync(SeedContext context, CancellationToken ct)
    {
        if (!context.Demo || !await db.Citizens.AnyAsync(ct) || await db.Assignments.AnyAsync(ct)) return;
        log.LogInformation("Loaded {Count} demo assignments", await new MeasuresDemo(db).LoadAsync(ct));
    }
}
