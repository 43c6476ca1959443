using Sobes.Infrastructure.SocialServices;

namespace Sobes.Web.Areas.SocialServices;

public static class SocialServicesModule
{
    public static IServiceCollection AddSocialServices(this IServiceCollection services, IConfiguration config)
    {
        services.AddSingleton(config.GetSection("SocialServices").Get<SocialServicesOptions>() ?? new SocialServicesOptions());
        services.AddScoped<CatalogueService>();
        services.AddScoped<RecipientPathService>();
        services.AddScoped<DeliveryService>();
        services.AddScoped<ServiceActService>();
        services.AddScoped<StateAssignmentService>();
        services.AddScoped<ActualsCalculator>();
        services.AddScoped<ReportService>();
        services.AddScoped<DeadlineService>();
        services.AddScoped<QualityService>();
        return services;
    }
}
