using Sobes.Infrastructure.Measures;
using Sobes.Infrastructure.Measures.Seed;
using Sobes.Infrastructure.Persistence;
using Sobes.Web.Areas.Measures.Api;

namespace Sobes.Web.Areas.Measures;

/// <summary>
/// Measures of support: the catalogue (/api/v1/measures) and the assignments (/api/v1/assignments). Owns the hooks other modules implement:
/// <see cref="IMeasureRecalculationHook"/>, <see cref="IMeasureRegulations"/>, <see cref="IAssignmentApplications"/>, <see cref="IPaidMonthsQuery"/>.
/// </summary>
public static class MeasuresModule
{
    public static IServiceCollection AddMeasures(this IServiceCollection services, IConfiguration? config = null)
    {
        services.AddScoped<AssignmentFactory>();
        services.AddScoped<AssignmentService>();
        services.AddScoped<AutomaticStops>();
        services.AddHostedService<AutomaticStopsService>();
        services.AddScoped<MeasureCatalogueService>();
        services.AddScoped<MeasureInputValidation>();
        services.AddScoped<MeasureLegalActs>();
        services.AddScoped<MeasureParameters>();
        services.AddScoped<IModuleSeeder, MeasuresCatalogueSeeder>();
        services.AddScoped<IModuleSeeder, MeasuresDemoSeeder>();
        return services;
    }

    public static void MapMeasures(this IEndpointRouteBuilder app)
    {
        app.MapMeasureCatalogueApi();
        app.MapAssignmentsApi();
    }
}
