using Sobes.Infrastructure.Guardianship;
using Sobes.Web.Areas.Guardianship.Api;

namespace Sobes.Web.Areas.Guardianship;

/// <summary>Guardianship and foster families (seed 002): children without parental care, contracts, placements, the family's payments (/api/v1/guardianship).</summary>
public static class GuardianshipModule
{
    public static IServiceCollection AddGuardianship(this IServiceCollection services)
    {
        services.AddScoped<FosterPayments>();
        services.AddScoped<FosterApplications>();
        services.AddScoped<FosterFamilyOverview>();
        services.AddScoped<GuardianshipService>();
        services.AddScoped<Sobes.Infrastructure.Measures.IMeasureRecalculationHook, FosterRemunerationRecalculation>();
        services.AddScoped<Sobes.Infrastructure.Applications.IApplicationGrantHook, FosterGrantHook>();
        services.AddScoped<Sobes.Infrastructure.Applications.IApplicationContracts, FosterApplicationContracts>();
        services.AddScoped<Sobes.Infrastructure.Applications.IApplicationDraftFromContract, FosterDraftFromContract>();
        return services;
    }

    public static void MapGuardianshipApi(this IEndpointRouteBuilder app)
    {
        app.MapGuardianshipEndpoints();
        app.MapFosterPaymentsEndpoints();
    }
}
