using Sobes.Infrastructure.Organisations;
using Sobes.Web.Areas.Admin.Api;

namespace Sobes.Web.Areas.Admin;

/// <summary>The administrator's module: users and organisations, the audit log, the production calendar (/Admin, /api/v1/admin).</summary>
public static class AdminModule
{
    public static IServiceCollection AddAdmin(this IServiceCollection services, IConfiguration? configuration = null)
    {
        services.AddScoped<UserAdminService>();
        services.AddScoped<OrganisationAdminService>();
        return services;
    }

    public static void MapAdmin(this IEndpointRouteBuilder app)
    {
        app.MapAdminApi();
        app.MapUsersApi();
    }
}
