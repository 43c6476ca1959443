using Microsoft.Extensions.DependencyInjection;
using Sobes.Infrastructure.Seeding;

namespace Sobes.Web.Tests.Support;

/// <summary>Runs the app's <see cref="DatabaseSeeder"/> with every module's seeders, as the module files register them.</summary>
public static class TestSeeding
{
    public static async Task SeedSqliteAsync(string connectionString, SeedOptions options)
    {
        await using var app = SobesApp.Build(["--Database:Provider=Sqlite", $"--Database:ConnectionString={connectionString}"]);
        using var scope = app.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseSeeder>().RunAsync(options);
    }
}
