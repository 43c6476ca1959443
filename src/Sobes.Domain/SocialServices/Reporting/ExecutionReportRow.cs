namespace Sobes.Domain.SocialServices;

/// <summary>
/// One row of the seven-column report form of seed 004 (п. 1.1.8.1): indicator · unit · yearly plan ·
/// actual cumulative since 1 January · actual/plan, % · reason for deviation · source of the actual.
/// </summary>
public sealed record ExecutionReportRow
{
    public required string IndicatorCode { get; init; }
    public required string IndicatorName { get; init; }
    public required string Unit { get; init; }
    public decimal? Plan { get; init; }
    /// <summary>Null when there is no data or the formula is undefined (division by zero).</summary>
    public decimal? Actual { get; init; }
    /// <summary>Actual / plan × 100, rounded to 0.1; null when the plan is blank or zero.</summary>
    public decimal? PercentOfPlan { get; init; }
    public string? DeviationReason { get; init; }
    public string? Source { get; init; }
    /// <summary>What the period should show: 100 %, or the elapsed share of the year for an accumulating indicator in a quarter.</summary>
    public decimal? ExpectedPercent { get; init; }
    /// <summary>True when the row deviates beyond the tolerance and so must state a reason.</summary>
    public bool RequiresReason { get; init; }
}

public sealed record ExecutionReport(ReportingPeriod Period, decimal TolerancePercentagePoints, IReadOnlyList<ExecutionReportRow> Rows);
