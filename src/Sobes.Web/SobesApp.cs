using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Sobes.Domain.Common;
using Sobes.Infrastructure.Audit;
using Sobes.Infrastructure.Calendar;
using Sobes.Infrastructure.Persistence;
using Sobes.Infrastructure.Seeding;
using Sobes.Web.Areas.Admin.Api;
using Sobes.Web.Areas.Registry;
using Sobes.Web.Areas.Applications;
using Sobes.Web.Areas.Appeals;
using Sobes.Web.Areas.Measures;
using Sobes.Web.Areas.Guardianship;
using Sobes.Web.Areas.Payments;
using Sobes.Web.Areas.SocialServices;
using Sobes.Web.Areas.SocialServices.Api;
using Sobes.Web.Auth;
using Sobes.Web.Infrastructure;

namespace Sobes.Web;

/// <summary>Composition root: one host for the Russian web UI and the HTTP API.</summary>
public static class SobesApp
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        var services = builder.Services;
        var config = builder.Configuration;

        var dbOptions = config.GetSection("Database").Get<DatabaseOptions>() ?? new DatabaseOptions();
        if (string.IsNullOrWhiteSpace(dbOptions.ConnectionString) && dbOptions.Provider == DatabaseProvider.Sqlite)
            dbOptions.ConnectionString = DataDirectory.DefaultSqliteConnectionString();
        services.AddSingleton(dbOptions);
        services.AddDbContext<SobesDbContext>(o => dbOptions.Configure(o));

        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(sp => new RegionClock(sp.GetRequiredService<TimeProvider>(),
            TimeZoneInfo.FindSystemTimeZoneById(config["Region:TimeZone"] ?? "Asia/Yekaterinburg")));
        services.AddScoped<AuditLog>();
        services.AddScoped<AuditQuery>();
        services.AddScoped<CalendarService>();
        services.AddScoped<SignInService>();
        services.AddScoped<Sobes.Infrastructure.Organisations.UserAdminService>();
        services.AddScoped<Sobes.Infrastructure.Organisations.OrganisationAdminService>();
        services.AddScoped<DatabaseSeeder>();
        services.AddRegistry(config);
        services.AddSocialServices(config);
        services.AddMeasures(config);
        services.AddApplications(config);
        services.AddPayments();
        services.AddGuardianship();
        services.AddAppeals();

        services.AddMemoryCache();
        services.AddSobesAuth();
        services.AddProblemDetails();
        // Cyrillic stays readable in the HTML source instead of &#x...; entities.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddExceptionHandler<ApiExceptionHandler>();
        // Malformed JSON or a value of the wrong type must reach ApiExceptionHandler as BadHttpRequestException in every
        // environment; otherwise (outside Development) the bare 400 is re-executed into the HTML error page.
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
            o.SerializerOptions.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        });
        services.AddOpenApi("v1", o => o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "Собес — API";
            doc.Info.Description =
                "Информационная система органов социальной защиты населения. Вход: POST /api/v1/auth/login, далее заголовок " +
                    "Authorization: Bearer <access_token>.";
            return Task.CompletedTask;
        }));
        services.AddRazorPages(o =>
        {
            o.Conventions.AllowAnonymousToPage("/Account/Login");
            o.Conventions.AllowAnonymousToPage("/Account/AccessDenied");
            o.Conventions.AllowAnonymousToPage("/Error");
            o.Conventions.AuthorizeAreaFolder("Admin", "/Audit", Policies.AuditRead);
            o.Conventions.AuthorizeAreaFolder("SocialServices", "/Record", Policies.SocialServicesWrite);
        }).AddMvcOptions(o =>
        {
            // A global filter: Conventions.ConfigureFilter reaches only the pages outside areas, and every module's pages are in an area.
            o.Filters.Add(new DomainExceptionPageFilter());
            o.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
            RussianBindingMessages.Apply(o.ModelBindingMessageProvider);
        });
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");

        var app = builder.Build();
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandlingPath = "/Error", StatusCodeSelector = null });
        app.UseStatusCodePagesWithReExecute("/Error", "?code={0}");
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseMiddleware<ActiveUserCheck>();
        app.UseAuthorization();

        app.MapHealthChecks("/health").AllowAnonymous();
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapAuthApi();
        app.MapRegistry();
        app.MapAdminApi();
        app.MapUsersApi();
        app.MapSocialServices();
        app.MapMeasures();
        app.MapApplications();
        app.MapPayments();
        app.MapGuardianship();
        app.MapAppeals();
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
