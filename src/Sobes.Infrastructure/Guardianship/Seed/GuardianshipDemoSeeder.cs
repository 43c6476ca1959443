using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Sobes.Infrastructure.Persistence;

namespace Sobes.Infrastructure.Guardianship.Seed;

/// <summary>The demo guardianship register (<see cref="GuardianshipDemo"/>), once, on a demo database whose registry is loaded.</summary>
public sealed class GuardianshipDemoSeeder(SobesDbContext db, ILogger<GuardianshipDemoSeeder> log) : IModuleSeeder
{
    public int Order => SeedOrder.GuardianshipDemo;

    public async Task SeedAsync(SeedContext context, CancellationToken ct)
    {
        if (!context.Demo || !await db.Citizens.AnyAsync(ct) || await db.ChildrenInCare.AnyAsync(ct)) return;
        log.LogInformation("Loaded {Count} demo children in care", await new GuardianshipDemo(db).LoadAsync(ct));
    }
}
