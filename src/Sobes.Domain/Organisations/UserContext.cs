namespace Sobes.Domain.Organisations;

/// <summary>Who is acting: the signed-in user with role and the territory they may see (null = whole region).</summary>
public sealed record UserContext(int UserId, string Login, string FullName, Role Role, int OrganisationId, int? TerritoryId)
{
    public bool SeesWholeRegion => TerritoryId is null;
    /// <summary>Organisation-owned rows: one's own organisation's, or all for a user who sees the whole region.</summary>
    public bool SeesOrganisation(int? organisationId) => SeesWholeRegion || organisationId == OrganisationId;
    public bool CanSee(int citizenTerritoryId) => TerritoryId is null || TerritoryId == citizenTerritoryId;
    public bool IsIn(params Role[] roles) => roles.Contains(Role);
}
