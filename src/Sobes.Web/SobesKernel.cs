using System.Text.Json;
using System.Text.Json.Serialization;
using Sobes.Domain.Common;
using Sobes.Infrastructure.Audit;
using Sobes.Infrastructure.Calendar;
using Sobes.Infrastructure.Persistence;
using Sobes.Infrastructure.Seeding;
using Sobes.Web.Auth;
using Sobes.Web.Infrastructure;

namespace Sobes.Web;

/// <summary>What every module stands on: the database, the region's clock, the audit log, the calendar, sign-in and the web stack.</summary>
internal static class SobesKernel
{
    public static IServiceCollection AddKernel(this IServiceCollection services, IConfiguration config)
    {
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
        services.AddScoped<DatabaseSeeder>();
        services.AddMemoryCache();
        services.AddSobesAuth();
        return services;
    }

    public static IServiceCollection AddWebStack(this IServiceCollection services)
    {
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
            doc.Info.Description = "Информационная система органов социальной защиты населения. "
                + "Вход: POST /api/v1/auth/login, далее заголовок Authorization: Bearer <access_token>.";
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
        return services;
    }

    public static WebApplication UsePipeline(this WebApplication app)
    {
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
        return app;
    }
}
