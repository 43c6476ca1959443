namespace Sobes.Domain.Registry;

/// <summary>How the relative stands to the citizen: "the relative is the citizen's …".</summary>
public enum FamilyRelation
{
    Spouse = 1,
    Child = 2,
    Parent = 3,
    /// <summary>Подопечный: the relative is under the citizen's guardianship.</summary>
    Ward = 4,
    /// <summary>Опекун (попечитель) of the citizen.</summary>
    Guardian = 5,
    Sibling = 6,
}

public static class FamilyRelations
{
    public static FamilyRelation Inverse(this FamilyRelation r) => r switch
    {
        FamilyRelation.Child => FamilyRelation.Parent,
        FamilyRelation.Parent => FamilyRelation.Child,
        FamilyRelation.Ward => FamilyRelation.Guardian,
        FamilyRelation.Guardian => FamilyRelation.Ward,
        _ => r,
    };

    public static string Russian(this FamilyRelation r) => r switch
    {
        FamilyRelation.Spouse => "Супруг(а)",
        FamilyRelation.Child => "Ребёнок",
        FamilyRelation.Parent => "Родитель",
        FamilyRelation.Ward => "Подопечный",
        FamilyRelation.Guardian => "Опекун (попечитель)",
        FamilyRelation.Sibling => "Брат / сестра",
        _ => r.ToString(),
    };
}

public class FamilyTie
{
    public long Id { get; set; }
    public long CitizenId { get; set; }
    public long RelativeId { get; set; }
    public Citizen? Relative { get; set; }
    public FamilyRelation Relation { get; set; }
    public DateOnly? Since { get; set; }
    public string? Note { get; set; }
}
