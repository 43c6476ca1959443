using Sobes.Infrastructure.Persistence;
using Sobes.Infrastructure.Registry;
using Sobes.Infrastructure.Registry.Seed;
using Sobes.Web.Areas.Registry.Api;

namespace Sobes.Web.Areas.Registry;

/// <summary>The registry of personal files (/Registry/Citizens and /api/v1/citizens); demo population when <c>Seed:Demo</c> is
/// set.</summary>
public static class RegistryModule
{
    public static IServiceCollection AddRegistry(this IServiceCollection services, IConfiguration? config = null)
    {
        services.AddScoped<RegistryService>();
        services.AddScoped<CitizenDetailsService>();
        services.AddScoped<IModuleSeeder, RegistryDemoSeeder>();
        return services;
    }

    public static void MapRegistry(this IEndpointRouteBuilder app) => app.MapCitizensApi();
}
