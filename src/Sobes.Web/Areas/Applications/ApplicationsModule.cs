using Sobes.Infrastructure.Applications;
using Sobes.Infrastructure.Applications.Seed;
using Sobes.Infrastructure.Measures;
using Sobes.Infrastructure.Persistence;
using Sobes.Web.Areas.Applications.Api;

namespace Sobes.Web.Areas.Applications;

/// <summary>
/// State services by administrative regulation: applications (/api/v1/applications) and the regulations (/api/v1/measures/regulations).
/// Implements Measures' <see cref="IMeasureRegulations"/> and <see cref="IAssignmentApplications"/>; owns the hooks
/// <see cref="IApplicationGrantHook"/>, <see cref="IApplicationContracts"/> and <see cref="IApplicationDraftFromContract"/>.
/// </summary>
public static class ApplicationsModule
{
    public static IServiceCollection AddApplications(this IServiceCollection services, IConfiguration? config = null)
    {
        services.AddScoped<ApplicationCases>();
        services.AddScoped<DoublePaymentCheck>();
        services.AddScoped<ApplicationDetailsReader>();
        services.AddScoped<ApplicationIntake>();
        services.AddScoped<ApplicationReading>();
        services.AddScoped<ApplicationDocuments>();
        services.AddScoped<DecisionDrafting>();
        services.AddScoped<DecisionSigning>();
        services.AddScoped<ApplicationProcedure>();
        services.AddScoped<ApplicationPrints>();
        services.AddScoped<ApplicationJournals>();
        services.AddScoped<OralAppealJournal>();
        services.AddScoped<RegulationService>();
        services.AddScoped<IMeasureRegulations, MeasureRegulations>();
        services.AddScoped<IAssignmentApplications, AssignmentApplications>();
        services.AddScoped<IModuleSeeder, RegulationsSeeder>();
        return services;
    }

    public static void MapApplications(this IEndpointRouteBuilder app)
    {
        app.MapMeasureApplicationsApi();
        app.MapRegulationsApi();
    }
}
