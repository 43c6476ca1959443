using Sobes.Infrastructure.Appeals;
using Sobes.Infrastructure.Appeals.Seed;
using Sobes.Infrastructure.Persistence;
using Sobes.Web.Areas.Appeals.Api;

namespace Sobes.Web.Areas.Appeals;

/// <summary>Pre-trial complaints under administrative regulations (seed 002 section V): /Appeals and /api/v1/appeals.</summary>
public static class AppealsModule
{
    public static IServiceCollection AddAppeals(this IServiceCollection services, IConfiguration? configuration = null)
    {
        services.AddScoped<ComplaintRecords>();
        services.AddScoped<ComplaintJournal>();
        services.AddScoped<ComplaintRegistration>();
        services.AddScoped<ComplaintReview>();
        services.AddScoped<ComplaintLetters>();
        services.AddScoped<IModuleSeeder, AppealsDemoSeeder>();
        return services;
    }

    public static void MapAppeals(this IEndpointRouteBuilder app) => app.MapAppealsEndpoints();
}
