namespace Sobes.Domain.SocialServices;

public enum IndicatorKind
{
    Volume = 1,
    Quality = 2,
}

public static class IndicatorKindNames
{
    public static string Russian(this IndicatorKind kind) => kind switch
    {
        IndicatorKind.Volume => "Показатель объёма",
        IndicatorKind.Quality => "Показатель качества",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}

/// <summary>An indicator of volume or quality with its plan values by year.</summary>
public class Indicator
{
    public int Id { get; set; }
    public int StateAssignmentId { get; set; }
    /// <summary>Stable key within the assignment, e.g. "P1.2-BED-DAYS"; sections and actuals refer to it.</summary>
    public string Code { get; set; } = "";
    public IndicatorKind Kind { get; set; }
    public string Name { get; set; } = "";
    public string Unit { get; set; } = "";
    /// <summary>Machine formula over <see cref="Inputs"/>, e.g. "Оу/О*100"; null for an absolute count taken as it is.</summary>
    public string? Formula { get; set; }
    /// <summary>The «Формула расчёта» cell as the assignment words it.</summary>
    public string FormulaText { get; set; } = "";
    /// <summary>Source of information on the value; null where the assignment leaves the cell empty.</summary>
    public string? Source { get; set; }
    /// <summary>
    /// True when the value since 1 January grows through the year (counts of services, people, complaints);
    /// false for levels such as shares and averages. Decides what a quarterly report is expected to show.
    /// </summary>
    public bool Accumulates { get; set; }
    /// <summary>How the actual is counted from the recorded data (set on import, adjustable by the planner).</summary>
    public ActualMeasure Measure { get; set; }
    /// <summary>Catalogue codes the measure is limited to (comma-separated; a code covers the codes under it); null — all services of the
    /// sections.</summary>
    public string? ServiceCodes { get; set; }
    public List<IndicatorInput> Inputs { get; set; } = [];
    public List<IndicatorPlanValue> PlanValues { get; set; } = [];
    public List<SectionIndicator> Sections { get; set; } = [];

    /// <summary>The plan for a year; null when the assignment leaves it blank or does not cover the year.</summary>
    public decimal? PlanFor(int year) => PlanValues.FirstOrDefault(v => v.Year == year)?.Value;
}

/// <summary>A named input of a formula, e.g. «Оу — число опрошенных, удовлетворенных качеством услуг, чел.».</summary>
public class IndicatorInput
{
    public int Id { get; set; }
    public int IndicatorId { get; set; }
    public string Symbol { get; set; } = "";
    public string Description { get; set; } = "";
}

public class IndicatorPlanValue
{
    public int Id { get; set; }
    public int IndicatorId { get; set; }
    public int Year { get; set; }
    public YearRole Role { get; set; }
    /// <summary>Null: the cell is blank in the assignment (2013–2014 in № 148045 mostly are).</summary>
    public decimal? Value { get; set; }
}
