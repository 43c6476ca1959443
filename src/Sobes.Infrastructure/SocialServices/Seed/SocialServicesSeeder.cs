using Sobes.Infrastructure.Persistence;

namespace Sobes.Infrastructure.SocialServices;

/// <summary>The social services module's seeding slot: reference data, state assignment № 148045 and (demo) the Kasli centre's year.</summary>
public sealed class SocialServicesSeeder(SobesDbContext db) : IModuleSeeder
{
    public int Order => SeedOrder.SocialServices;
    public Task SeedAsync(SeedContext context, CancellationToken ct) => SocialServicesSeed.RunAsync(db, context.Demo, ct);
}
