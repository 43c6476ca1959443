using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Sobes.Infrastructure.Persistence;

namespace Sobes.Infrastructure.Registry.Seed;

/// <summary>Demo only: the districts' personal files (<see cref="DemoPopulation"/>), once, into an empty registry.</summary>
public sealed class RegistryDemoSeeder(SobesDbContext db, ILogger<RegistryDemoSeeder> log) : IModuleSeeder
{
    public int Order => SeedOrder.RegistryDemo;

    public async Task SeedAsync(SeedContext context, CancellationToken ct)
    {
        if (!context.Demo || await db.Citizens.AnyAsync(ct)) return;
        log.LogInformation("Loaded {Count} demo citizens", await new DemoPopulation(db).LoadAsync(ct));
    }
}
