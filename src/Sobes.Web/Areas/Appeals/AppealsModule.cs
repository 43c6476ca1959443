using Sobes.Infrastructure.Appeals;
using Sobes.Web.Areas.Appeals.Api;

namespace Sobes.Web.Areas.Appeals;

/// <summary>Pre-trial complaints under administrative regulations (seed 002 section V): /Appeals and /api/v1/appeals.</summary>
public static class AppealsModule
{
    public static IServiceCollection AddAppeals(this IServiceCollection services)
    {
        services.AddScoped<ComplaintService>();
        return services;
    }

    public static void MapAppealsApi(this IEndpointRouteBuilder app) => app.MapComplaintsApi();
}
