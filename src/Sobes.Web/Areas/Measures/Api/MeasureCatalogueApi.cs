namespace Sobes.Web.Areas.Measures.Api;

/// <summary>The catalogue of measures under /api/v1/measures.</summary>
internal static class MeasureCatalogueApi
{
    public const string Prefix = "/api/v1/measures";

    public static void MapMeasureCatalogueApi(this IEndpointRouteBuilder app)
    {
    }
}
