using Microsoft.EntityFrameworkCore;
using Sobes.Infrastructure.Seeding;
using Sobes.Web.Tests.Hosting;
using Sobes.Web.Tests.Support;

namespace Sobes.Web.Tests.Seeding;

/// <summary>
/// The migrations were folded into one baseline: a database made by an earlier build (its history names migrations this build
/// does not have) is recreated when it is the demo database, and refused otherwise — never half-migrated.
/// </summary>
public sealed class EarlierBuildDatabaseTests
{
    private const string EarlierMigration = "20250101000000_FromAnEarlierBuild";

    private static async Task MarkAsMadeByAnEarlierBuildAsync(TestDatabase database) =>
        await TestSeeding.QueryAsync(database.Provider, database.ConnectionString, db => db.Database.ExecuteSqlRawAsync(
            "INSERT INTO \"__EFMigrationsHistory\" (\"MigrationId\", \"ProductVersion\") VALUES ({0}, '10.0.0')", EarlierMigration));

    private static Task<List<string>> HistoryAsync(TestDatabase database) =>
        TestSeeding.QueryAsync(database.Provider, database.ConnectionString,
            async db => (await db.Database.GetAppliedMigrationsAsync()).ToList());

    [Theory]
    [ClassData(typeof(AllDatabases))]
    public async Task A_demo_database_of_an_earlier_build_is_recreated(Db kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await TestSeeding.SeedAsync(database.Provider, database.ConnectionString, new SeedOptions { Demo = false });
        await MarkAsMadeByAnEarlierBuildAsync(database);

        await TestSeeding.SeedAsync(database.Provider, database.ConnectionString,
            new SeedOptions { Demo = false, RecreateEarlierBuild = true });

        var history = await HistoryAsync(database);
        Assert.DoesNotContain(EarlierMigration, history);
        Assert.NotEmpty(history);
        Assert.Equal(10, await TestSeeding.QueryAsync(database.Provider, database.ConnectionString, db => db.Users.CountAsync()));
    }

    [Theory]
    [ClassData(typeof(AllDatabases))]
    public async Task Any_other_database_of_an_earlier_build_is_refused_and_left_as_it_is(Db kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await TestSeeding.SeedAsync(database.Provider, database.ConnectionString, new SeedOptions { Demo = false });
        await MarkAsMadeByAnEarlierBuildAsync(database);

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            TestSeeding.SeedAsync(database.Provider, database.ConnectionString, new SeedOptions { Demo = false }));

        Assert.Contains("прежней сборкой Собеса", refused.Message);
        Assert.Contains(EarlierMigration, await HistoryAsync(database));
    }
}
