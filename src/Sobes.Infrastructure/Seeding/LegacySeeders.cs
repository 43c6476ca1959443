using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Sobes.Infrastructure.Persistence;

namespace Sobes.Infrastructure.Seeding;

// Each class below is to move into its module's Seed folder and be registered by its module file.

internal sealed class SocialServicesSeeder(SobesDbContext db) : IModuleSeeder
{
    public int Order => SeedOrder.SocialServices;
    public Task SeedAsync(SeedContext context, CancellationToken ct) => SocialServicesSeed.RunAsync(db, context.Demo, ct);
}

internal sealed class PaymentsReferenceSeeder(SobesDbContext db) : IModuleSeeder
{
    public int Order => SeedOrder.PaymentsReference;
    public Task SeedAsync(SeedContext context, CancellationToken ct) => PaymentsSeed.RunAsync(db, ct);
}

internal sealed class GuardianshipDemoSeeder(SobesDbContext db, ILogger<GuardianshipDemoSeeder> log) : IModuleSeeder
{
    public int Order => SeedOrder.GuardianshipDemo;

    public async Task SeedAsync(SeedContext context, CancellationToken ct)
    {
        if (!context.Demo || !await db.Citizens.AnyAsync(ct) || await db.ChildrenInCare.AnyAsync(ct)) return;
        log.LogInformation("Loaded {Count} demo children in care", await new GuardianshipDemo(db).LoadAsync(ct));
    }
}

internal sealed class AppealsDemoSeeder(SobesDbContext db, ILogger<AppealsDemoSeeder> log) : IModuleSeeder
{
    public int Order => SeedOrder.AppealsDemo;

    public async Task SeedAsync(SeedContext context, CancellationToken ct)
    {
        if (!context.Demo || !await db.Citizens.AnyAsync(ct) || await db.AppealComplaints.AnyAsync(ct)) return;
        log.LogInformation("Loaded {Count} demo complaints", await new AppealsDemo(db).LoadAsync(ct));
    }
}

public static class LegacySeedersRegistration
{
    public static IServiceCollection AddLegacySeeders(this IServiceCollection services) => services
        .AddScoped<IModuleSeeder, SocialServicesSeeder>()
        .AddScoped<IModuleSeeder, PaymentsReferenceSeeder>()
        .AddScoped<IModuleSeeder, GuardianshipDemoSeeder>()
        .AddScoped<IModuleSeeder, AppealsDemoSeeder>();
}
