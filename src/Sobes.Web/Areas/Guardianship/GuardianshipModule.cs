using Sobes.Infrastructure.Guardianship;
using Sobes.Infrastructure.Guardianship.Seed;
using Sobes.Infrastructure.Persistence;
using Sobes.Web.Areas.Guardianship.Api;

namespace Sobes.Web.Areas.Guardianship;

/// <summary>
/// Guardianship and foster families (seed 002): children without parental care, contracts, placements, the family's payments
/// (/Guardianship and /api/v1/guardianship).
/// </summary>
public static class GuardianshipModule
{
    public static IServiceCollection AddGuardianship(this IServiceCollection services, IConfiguration? configuration = null)
    {
        services.AddScoped<FosterPayments>();
        services.AddScoped<FosterApplications>();
        services.AddScoped<FosterFamilyOverview>();
        services.AddScoped<GuardianshipAccess>();
        services.AddScoped<GuardianshipRecords>();
        services.AddScoped<ChildRegister>();
        services.AddScoped<ChildSchooling>();
        services.AddScoped<ChildPlacements>();
        services.AddScoped<FosterContractRegister>();
        services.AddScoped<FosterContractConclusion>();
        services.AddScoped<FosterFamilyLeaving>();
        services.AddScoped<IModuleSeeder, GuardianshipDemoSeeder>();
        services.AddScoped<Sobes.Infrastructure.Measures.IMeasureRecalculationHook, FosterRemunerationRecalculation>();
        services.AddScoped<Sobes.Infrastructure.Applications.IApplicationGrantHook, FosterGrantHook>();
        services.AddScoped<Sobes.Infrastructure.Applications.IApplicationContracts, FosterApplicationContracts>();
        services.AddScoped<Sobes.Infrastructure.Applications.IApplicationDraftFromContract, FosterDraftFromContract>();
        return services;
    }

    public static void MapGuardianship(this IEndpointRouteBuilder app)
    {
        app.MapGuardianshipEndpoints();
        app.MapFosterPaymentsEndpoints();
    }
}
