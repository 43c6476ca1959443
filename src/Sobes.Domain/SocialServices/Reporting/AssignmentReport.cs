namespace Sobes.Domain.SocialServices;

public enum ReportStatus
{
    Draft = 1,
    Submitted = 2,
    /// <summary>The founder's desk review (камеральная проверка) is done and the report accepted.</summary>
    Reviewed = 3,
    /// <summary>The founder sent it back with remarks; the provider corrects and submits again.</summary>
    Returned = 4,
}

public static class ReportStatusNames
{
    public static string Russian(this ReportStatus s) => s switch
    {
        ReportStatus.Draft => "черновик",
        ReportStatus.Submitted => "представлен учредителю",
        ReportStatus.Reviewed => "проверен учредителем",
        ReportStatus.Returned => "возвращён на доработку",
        _ => throw new ArgumentOutOfRangeException(nameof(s), s, null),
    };

    public static bool IsEditable(this ReportStatus s) => s is ReportStatus.Draft or ReportStatus.Returned;
}

/// <summary>
/// A saved report on the execution of one part of a state assignment for a quarter or a year (seed 004, seven-column form),
/// with the explanatory note and accounts payable that go with it, and the founder's desk review.
/// </summary>
public class AssignmentReport
{
    public long Id { get; set; }
    public int StateAssignmentId { get; set; }
    public StateAssignment? StateAssignment { get; set; }
    public int AssignmentPartId { get; set; }
    public AssignmentPart? Part { get; set; }
    public int Year { get; set; }
    /// <summary>1–4; null for the yearly report.</summary>
    public int? Quarter { get; set; }
    public ReportStatus Status { get; set; } = ReportStatus.Draft;
    public DateOnly DueOn { get; set; }
    public decimal TolerancePercentagePoints { get; set; }
    public DateTime ComputedAtUtc { get; set; }
    public string ExplanatoryNote { get; set; } = "";
    /// <summary>Accounts payable at the end of the period and the overdue part of it (seed 004, «иные требования к отчетности»).</summary>
    public decimal? AccountsPayable { get; set; }
    public decimal? OverdueAccountsPayable { get; set; }
    public DateOnly? SubmittedOn { get; set; }
    public string? SubmittedByName { get; set; }
    public DateOnly? ReviewedOn { get; set; }
    public string? ReviewedByName { get; set; }
    public string? ReviewRemarks { get; set; }
    public List<AssignmentReportRow> Rows { get; set; } = [];

    public ReportingPeriod Period => Quarter is { } q ? ReportingPeriod.ForQuarter(Year, q) : ReportingPeriod.ForYear(Year);
}

public class AssignmentReportRow
{
    public long Id { get; set; }
    public long AssignmentReportId { get; set; }
    public int Order { get; set; }
    public int IndicatorId { get; set; }
    public string IndicatorCode { get; set; } = "";
    public string IndicatorName { get; set; } = "";
    public string Unit { get; set; } = "";
    public IndicatorKind Kind { get; set; }
    public decimal? Plan { get; set; }
    public decimal? Actual { get; set; }
    public decimal? PercentOfPlan { get; set; }
    public decimal? ExpectedPercent { get; set; }
    public bool RequiresReason { get; set; }
    public string? DeviationReason { get; set; }
    public string? Source { get; set; }
    public ActualMeasure Measure { get; set; }
    /// <summary>The formula's inputs as counted, e.g. «Оу = 48; О = 50», so the actual can be checked.</summary>
    public string? InputsText { get; set; }
    /// <summary>For a <see cref="ActualMeasure.Manual"/> row: the value the planner typed.</summary>
    public decimal? ManualValue { get; set; }
}
