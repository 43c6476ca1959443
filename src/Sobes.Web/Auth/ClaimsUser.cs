using System.Security.Claims;
using Sobes.Domain.Organisations;

namespace Sobes.Web.Auth;

/// <summary>Maps the signed-in principal to the domain's UserContext and back.</summary>
public static class ClaimsUser
{
    private const string OrganisationClaim = "sobes:org";
    private const string TerritoryClaim = "sobes:territory";
    private const string FullNameClaim = "sobes:fullname";
    private const string OrganisationNameClaim = "sobes:orgname";

    public static string OrganisationName(this ClaimsPrincipal p) => p.FindFirstValue(OrganisationNameClaim) ?? "";

    public static ClaimsPrincipal ToPrincipal(User u, string authenticationType) =>
        new(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, u.Id.ToString()),
            new Claim(ClaimTypes.Name, u.Login),
            new Claim(ClaimTypes.Role, u.Role.ToString()),
            new Claim(OrganisationClaim, u.OrganisationId.ToString()),
            new Claim(TerritoryClaim, u.Organisation?.TerritoryId?.ToString() ?? ""),
            new Claim(FullNameClaim, u.FullName),
            new Claim(OrganisationNameClaim, u.Organisation?.ShortName ?? ""),
        ], authenticationType, ClaimTypes.Name, ClaimTypes.Role));

    public static UserContext? ToUserContext(this ClaimsPrincipal p)
    {
        if (p.Identity?.IsAuthenticated != true) return null;
        if (!int.TryParse(p.FindFirstValue(ClaimTypes.NameIdentifier), out var id)) return null;
        if (!Enum.TryParse<Role>(p.FindFirstValue(ClaimTypes.Role), out var role)) return null;
        int? territory = int.TryParse(p.FindFirstValue(TerritoryClaim), out var t) ? t : null;
        return new UserContext(id, p.Identity.Name ?? "", p.FindFirstValue(FullNameClaim) ?? "", role,
            int.Parse(p.FindFirstValue(OrganisationClaim) ?? "0"), territory);
    }

    /// <summary>The acting user; endpoints run only behind the authorisation fallback policy, so absence is a bug.</summary>
    public static UserContext Current(this HttpContext http) =>
        http.User.ToUserContext() ?? throw new InvalidOperationException("No signed-in user.");
}
