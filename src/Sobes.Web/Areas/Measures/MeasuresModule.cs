using Sobes.Infrastructure.Measures;
using Sobes.Web.Areas.Measures.Api;

namespace Sobes.Web.Areas.Measures;

/// <summary>Measures of support: the catalogue (/api/v1/measures) and the assignments (/api/v1/assignments).</summary>
public static class MeasuresModule
{
    public static IServiceCollection AddMeasures(this IServiceCollection services)
    {
        services.AddScoped<AssignmentFactory>();
        services.AddScoped<AssignmentService>();
        services.AddHostedService<AutomaticStopsService>();
        services.AddScoped<MeasureCatalogueService>();
        return services;
    }

    public static void MapMeasuresApi(this IEndpointRouteBuilder app)
    {
        app.MapMeasureCatalogueApi();
        app.MapAssignmentsApi();
    }
}
