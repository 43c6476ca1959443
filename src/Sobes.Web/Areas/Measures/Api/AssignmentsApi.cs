namespace Sobes.Web.Areas.Measures.Api;

/// <summary>Assignments (назначения) under /api/v1/assignments.</summary>
internal static class AssignmentsApi
{
    public const string Prefix = "/api/v1/assignments";

    public static void MapAssignmentsApi(this IEndpointRouteBuilder app)
    {
    }
}
