using Microsoft.Extensions.DependencyInjection;
using Sobes.Infrastructure.Persistence;
using Sobes.Infrastructure.Seeding;

namespace Sobes.Web.Tests.Support;

/// <summary>Runs the app's <see cref="DatabaseSeeder"/> with every module's seeders, as the module files register them.</summary>
public static class TestSeeding
{
    public static Task SeedSqliteAsync(string connectionString, SeedOptions options) => SeedAsync("Sqlite", connectionString, options);

    public static async Task SeedAsync(string provider, string connectionString, SeedOptions options)
    {
        await using var app = SobesApp.Build(["--Database:Provider=" + provider, $"--Database:ConnectionString={connectionString}"]);
        using var scope = app.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseSeeder>().RunAsync(options);
    }

    public static async Task<T> QueryAsync<T>(string provider, string connectionString, Func<SobesDbContext, Task<T>> query)
    {
        await using var app = SobesApp.Build(["--Database:Provider=" + provider, $"--Database:ConnectionString={connectionString}"]);
        using var scope = app.Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<SobesDbContext>());
    }
}
