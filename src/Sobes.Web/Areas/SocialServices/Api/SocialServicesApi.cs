using Sobes.Web.Auth;

namespace Sobes.Web.Areas.SocialServices.Api;

/// <summary>The HTTP API of the social services module under /api/v1/social-services.</summary>
public static class SocialServicesApi
{
    public const string Prefix = "/api/v1/social-services";

    public static void MapSocialServicesApi(this IEndpointRouteBuilder app)
    {
        var root = app.MapGroup(Prefix);
        root.MapCatalogueApi();
        root.MapRecipientsApi();
        root.MapDeliveryApi();
        root.MapStateAssignmentsApi();
        root.MapReportsApi();
        root.MapQualityApi();
    }

    /// <summary>Writes need a role that may change data; the service checks the finer rules (own organisation, reference editors).</summary>
    internal static RouteHandlerBuilder Writes(this RouteHandlerBuilder b) =>
        b.RequireAuthorization(Policies.SocialServicesWrite)
            .ProducesValidationProblem()
            .ProducesProblem(403)
            .ProducesProblem(404)
            .ProducesProblem(409);
}
