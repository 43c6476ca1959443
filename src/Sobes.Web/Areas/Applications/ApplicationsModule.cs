using Sobes.Infrastructure.Applications;
using Sobes.Web.Areas.Applications.Api;

namespace Sobes.Web.Areas.Applications;

/// <summary>State services by administrative regulation: applications (/api/v1/applications) and regulations.</summary>
public static class ApplicationsModule
{
    public static IServiceCollection AddApplications(this IServiceCollection services)
    {
        services.AddScoped<MeasureApplicationService>();
        return services;
    }

    public static void MapApplicationsApi(this IEndpointRouteBuilder app)
    {
        app.MapMeasureApplicationsApi();
    }
}
