namespace Sobes.Domain.SocialServices;

public enum PartKind
{
    Services = 1,
    Works = 2,
}

/// <summary>
/// A part of the assignment (Часть 1.1, 1.2, 1.3 — services; Часть 2 — works) with its reporting terms.
/// The terms differ by part (seed 004: 1.1–1.2 by the 10th and 1 February; 1.3 and 2 by the 15th and 15 February), so they are data.
/// </summary>
public class AssignmentPart
{
    public int Id { get; set; }
    public int StateAssignmentId { get; set; }
    public StateAssignment? StateAssignment { get; set; }
    public string Code { get; set; } = "";
    public string Title { get; set; } = "";
    public PartKind Kind { get; set; }
    public int Order { get; set; }
    /// <summary>Quarterly report due by this day of the month after the quarter.</summary>
    public int QuarterlyReportDay { get; set; }
    /// <summary>The last quarter that has a quarterly report of its own (3 when the yearly report covers the fourth).</summary>
    public int QuarterlyReportsThroughQuarter { get; set; }
    /// <summary>Yearly report due by this month and day of the next year.</summary>
    public int YearlyReportMonth { get; set; }
    public int YearlyReportDay { get; set; }
    /// <summary>The wording of the terms in the assignment.</summary>
    public string ReportingTermsText { get; set; } = "";
    public List<AssignmentSection> Sections { get; set; } = [];
}
