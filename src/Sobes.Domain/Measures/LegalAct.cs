namespace Sobes.Domain.Measures;

public enum LegalActType
{
    FederalLaw = 1,
    RegionalLaw = 2,
    GovernmentResolution = 3,
    PresidentialDecree = 4,
    MunicipalAct = 5,
    DepartmentOrder = 6,
    FederalGovernmentResolution = 7,
}

/// <summary>A normative act that introduces a measure, an amount or a regulation (закон, постановление, приказ).</summary>
public class LegalAct
{
    public int Id { get; set; }
    public LegalActType Type { get; set; }
    public string Number { get; set; } = "";
    public DateOnly AdoptedOn { get; set; }
    public string Title { get; set; } = "";

    /// <summary>«Закон Челябинской области от 25.10.2007 № 212-ЗО «…»».</summary>
    public string Citation => $"{Type.Russian()} от {AdoptedOn:dd.MM.yyyy} № {Number}" + (Title.Length > 0 ? $" «{Title}»" : "");
}

public static class LegalActTypeNames
{
    public static string Russian(this LegalActType t) => t switch
    {
        LegalActType.FederalLaw => "Федеральный закон",
        LegalActType.RegionalLaw => "Закон Челябинской области",
        LegalActType.GovernmentResolution => "Постановление Правительства Челябинской области",
        LegalActType.PresidentialDecree => "Указ Президента РФ",
        LegalActType.MunicipalAct => "Постановление администрации муниципального района",
        LegalActType.DepartmentOrder => "Приказ",
        LegalActType.FederalGovernmentResolution => "Постановление Правительства РФ",
        _ => t.ToString(),
    };
}
