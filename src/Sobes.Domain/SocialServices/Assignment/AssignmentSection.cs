namespace Sobes.Domain.SocialServices;

public enum SectionKind
{
    Service = 1,
    Work = 2,
}

/// <summary>One service (Часть 1: «1.1 … государственной услуги №1») or work (Часть 2: «Раздел 1») of the assignment.</summary>
public class AssignmentSection
{
    public int Id { get; set; }
    public int AssignmentPartId { get; set; }
    public AssignmentPart? Part { get; set; }
    /// <summary>Number as printed: "1.1", "2.7", "3.2" for services; "1"…"7" for the works' sections.</summary>
    public string Number { get; set; } = "";
    /// <summary>The number of the service or section within its part («услуга №2», «Раздел 2»).</summary>
    public int Ordinal { get; set; }
    public SectionKind Kind { get; set; }
    public string Name { get; set; } = "";
    /// <summary>Links a service to the catalogue, so actual volumes can be counted from delivered services; null for works.</summary>
    public ServiceForm? Form { get; set; }
    public ServiceType? ServiceType { get; set; }
    public string? Recipients { get; set; }
    /// <summary>Content of a work (содержание работы).</summary>
    public string? Content { get; set; }
    public List<string> LegalActs { get; set; } = [];
    public List<SectionIndicator> Indicators { get; set; } = [];
}

/// <summary>Join of a section and an indicator: one indicator may serve several sections (the 10 500 bed-days serve 2.1–2.7).</summary>
public class SectionIndicator
{
    public int Id { get; set; }
    public int AssignmentSectionId { get; set; }
    public AssignmentSection? AssignmentSection { get; set; }
    public int IndicatorId { get; set; }
    public Indicator? Indicator { get; set; }
    /// <summary>Row order within the section's table.</summary>
    public int Order { get; set; }
}
