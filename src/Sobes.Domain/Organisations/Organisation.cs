namespace Sobes.Domain.Organisations;

public enum OrganisationKind
{
    /// <summary>Regional ministry: sees every territory.</summary>
    Ministry = 1,
    /// <summary>District social protection department (УСЗН).</summary>
    SocialProtectionDepartment = 2,
    /// <summary>Comprehensive social services centre (КЦСОН).</summary>
    SocialServiceCentre = 3,
}

public class Organisation
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    public string ShortName { get; set; } = "";
    public OrganisationKind Kind { get; set; }
    /// <summary>Null for the ministry, whose users see the whole region.</summary>
    public int? TerritoryId { get; set; }
    public Territory? Territory { get; set; }
    public int? ParentId { get; set; }
    public string? Inn { get; set; }
    public string? Address { get; set; }
}

/// <summary>A municipal district (муниципальный район / округ) of the region.</summary>
public class Territory
{
    public int Id { get; set; }
    /// <summary>ОКТМО code.</summary>
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public string Region { get; set; } = "";
}
