namespace Sobes.Infrastructure.Persistence;

/// <summary>
/// A module's reference or demo data. Each module registers its seeders in its module file; <c>DatabaseSeeder</c>
/// runs them after migrations, organisations and users, lowest <see cref="Order"/> first, at every start —
/// so a seeder must check itself whether its data is already there.
/// </summary>
public interface IModuleSeeder
{
    /// <summary>See <see cref="SeedOrder"/>: a module's demo data comes after the data it refers to.</summary>
    int Order { get; }

    Task SeedAsync(SeedContext context, CancellationToken ct);
}

/// <param name="Demo">Whether the demo population is loaded (setting <c>Seed:Demo</c>).</param>
public sealed record SeedContext(bool Demo);

/// <summary>The slots of the seeding sequence; reference data first, then demo data in the order modules refer to each other.</summary>
public static class SeedOrder
{
    public const int RegistryDemo = 100;
    public const int SocialServices = 200;
    public const int MeasuresCatalogue = 300;
    public const int ApplicationsRegulations = 350;
    public const int PaymentsReference = 400;
    public const int MeasuresDemo = 500;
    public const int GuardianshipDemo = 600;
    public const int AppealsDemo = 700;
}
