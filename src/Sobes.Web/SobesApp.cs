using Microsoft.EntityFrameworkCore;
using Sobes.Infrastructure.Persistence;
using Sobes.Infrastructure.Seeding;
using Sobes.Web.Areas.Admin;
using Sobes.Web.Areas.Appeals;
using Sobes.Web.Areas.Applications;
using Sobes.Web.Areas.Guardianship;
using Sobes.Web.Areas.Measures;
using Sobes.Web.Areas.Payments;
using Sobes.Web.Areas.Registry;
using Sobes.Web.Areas.SocialServices;

namespace Sobes.Web;

/// <summary>Composition root: one host for the Russian web UI and the HTTP API.</summary>
public static class SobesApp
{
    /// <summary>The kernel, then every module's services (its module file), then the pipeline and every module's routes.</summary>
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        var config = builder.Configuration;
        builder.Services.AddKernel(config).AddWebStack()
            .AddAdmin(config)
            .AddRegistry(config)
            .AddMeasures(config)
            .AddApplications(config)
            .AddPayments(config)
            .AddGuardianship(config)
            .AddAppeals(config)
            .AddSocialServices(config);

        var app = builder.Build();
        app.UsePipeline();
        app.MapAdmin();
        app.MapRegistry();
        app.MapMeasures();
        app.MapApplications();
        app.MapPayments();
        app.MapGuardianship();
        app.MapAppeals();
        app.MapSocialServices();
        app.MapRazorPages();
        app.MapFallback("/api/{**path}", () => Results.Problem(statusCode: 404, title: "Нет такого метода API."));
        return app;
    }

    public static async Task InitialiseDatabaseAsync(WebApplication app)
    {
        using var scope = app.Services.CreateScope();
        var config = app.Configuration;
        var seed = config.GetSection("Seed").Get<SeedOptions>() ?? new SeedOptions();
        seed.AdminPassword ??= NullIfEmpty(Environment.GetEnvironmentVariable("SOBES_ADMIN_PASSWORD"));
        seed.DemoPassword ??= NullIfEmpty(Environment.GetEnvironmentVariable("SOBES_DEMO_PASSWORD"));
        await scope.ServiceProvider.GetRequiredService<DatabaseSeeder>().RunAsync(seed);
        var db = scope.ServiceProvider.GetRequiredService<SobesDbContext>();
        var options = app.Services.GetRequiredService<DatabaseOptions>();
        app.Logger.LogInformation(
            "Собес: база {Provider}, личных дел {Count}. Вход: admin / {Password}",
            options.Provider,
            await db.Citizens.CountAsync(),
            seed.AdminPassword is null ? SeedOptions.DefaultAdminPassword : "(пароль задан в настройках или SOBES_ADMIN_PASSWORD)"
        );
    }

    private static string? NullIfEmpty(string? s) => string.IsNullOrEmpty(s) ? null : s;
}
