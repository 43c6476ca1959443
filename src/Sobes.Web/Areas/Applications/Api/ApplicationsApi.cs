namespace Sobes.Web.Areas.Applications.Api;

/// <summary>Applications for measures under /api/v1/applications.</summary>
internal static class ApplicationsApi
{
    public const string Prefix = "/api/v1/applications";

    public static void MapMeasureApplicationsApi(this IEndpointRouteBuilder app)
    {
    }
}
