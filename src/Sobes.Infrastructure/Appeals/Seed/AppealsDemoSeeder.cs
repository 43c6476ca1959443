using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Sobes.Infrastructure.Persistence;

namespace Sobes.Infrastructure.Appeals.Seed;

/// <summary>The demo journal of complaints (<see cref="AppealsDemo"/>), once, on a demo database whose registry is loaded.</summary>
public sealed class AppealsDemoSeeder(SobesDbContext db, ILogger<AppealsDemoSeeder> log) : IModuleSeeder
{
    public int Order => SeedOrder.AppealsDemo;

    public async Task SeedAsync(SeedContext context, CancellationToken ct)
    {
        if (!context.Demo || !await db.Citizens.AnyAsync(ct) || await db.AppealComplaints.AnyAsync(ct)) return;
        log.LogInformation("Loaded {Count} demo complaints", await new AppealsDemo(db).LoadAsync(ct));
    }
}
