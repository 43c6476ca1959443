using Sobes.Infrastructure.Persistence;
using Sobes.Infrastructure.SocialServices;
using Sobes.Web.Areas.SocialServices.Api;

namespace Sobes.Web.Areas.SocialServices;

/// <summary>Social services under 442-ФЗ (КЦСОН, seed 004): /SocialServices and /api/v1/social-services.</summary>
public static class SocialServicesModule
{
    public static IServiceCollection AddSocialServices(this IServiceCollection services, IConfiguration? config = null)
    {
        services.AddSingleton(config?.GetSection("SocialServices").Get<SocialServicesOptions>() ?? new SocialServicesOptions());
        services.AddScoped<CatalogueService>();
        services.AddScoped<RecipientPathService>();
        services.AddScoped<DeliveryService>();
        services.AddScoped<ServiceActService>();
        services.AddScoped<StateAssignmentService>();
        services.AddScoped<ActualsCalculator>();
        services.AddScoped<ReportService>();
        services.AddScoped<DeadlineService>();
        services.AddScoped<QualityService>();
        services.AddScoped<IModuleSeeder, SocialServicesSeeder>();
        return services;
    }

    public static void MapSocialServices(this IEndpointRouteBuilder app) => app.MapSocialServicesApi();
}
