using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Sobes.Infrastructure.Persistence;

namespace Sobes.Infrastructure.Seeding;

// Each class below is to move into its module's Seed folder and be registered by its module file.

internal sealed class RegistryDemoSeeder(SobesDbContext db, ILogger<RegistryDemoSeeder> log) : IModuleSeeder
{
    public int Order => SeedOrder.RegistryDemo;

    public async Task SeedAsync(SeedContext context, CancellationToken ct)
    {
        if (!context.Demo || await db.Citizens.AnyAsync(ct)) return;
        log.LogInformation("Loaded {Count} demo citizens", await new DemoPopulation(db).LoadAsync(ct));
    }
}

internal sealed class MeasuresCatalogueSeeder(SobesDbContext db) : IModuleSeeder
{
    public int Order => SeedOrder.MeasuresCatalogue;
    public Task SeedAsync(SeedContext context, CancellationToken ct) => MeasuresSeed.RunAsync(db, ct);
}

internal sealed class MeasuresDemoSeeder(SobesDbContext db, ILogger<MeasuresDemoSeeder> log) : IModuleSeeder
{
    public int Order => SeedOrder.MeasuresDemo;

    public async Task SeedAsync(SeedContext context, CancellationToken ct)
    {
        if (!context.Demo || !await db.Citizens.AnyAsync(ct) || await db.Assignments.AnyAsync(ct)) return;
        log.LogInformation("Loaded {Count} demo assignments", await new MeasuresDemo(db).LoadAsync(ct));
    }
}

public static class LegacySeedersRegistration
{
    public static IServiceCollection AddLegacySeeders(this IServiceCollection services) => services
        .AddScoped<IModuleSeeder, RegistryDemoSeeder>()
        .AddScoped<IModuleSeeder, MeasuresCatalogueSeeder>()
        .AddScoped<IModuleSeeder, MeasuresDemoSeeder>();
}
