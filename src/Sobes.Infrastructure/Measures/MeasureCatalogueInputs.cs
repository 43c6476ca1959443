using Sobes.Domain.Measures;

namespace Sobes.Infrastructure.Measures;

public sealed class MeasureFilter
{
    /// <summary>Part of the code, name or short name.</summary>
    public string? Q { get; set; }
    public MeasureKind? Kind { get; set; }
    public FundingLevel? Funding { get; set; }
    /// <summary>A registry category code (VT, PRIEM …).</summary>
    public string? Category { get; set; }
    public bool? Active { get; set; }
}

public sealed class LegalActInput
{
    public LegalActType Type { get; set; }
    public string? Number { get; set; }
    public DateOnly AdoptedOn { get; set; }
    public string? Title { get; set; }
}

public sealed class BasisInput
{
    public int LegalActId { get; set; }
    public string? Article { get; set; }
}

public sealed class StopGroundInput
{
    public string? Code { get; set; }
    public string? Text { get; set; }
    public string? Clause { get; set; }
    public bool Automatic { get; set; }
}

public sealed class EligibilityInput
{
    public List<string> CategoryCodes { get; set; } = [];
    public bool ForChild { get; set; }
    public int? ChildMinAge { get; set; }
    public int? ChildMaxAge { get; set; }
    public decimal? IncomeLimitFactor { get; set; }
    public bool ResidenceInDistrict { get; set; } = true;
    public string? Conditions { get; set; }
}

/// <summary>A dated value of a measure: the act is an existing one (LegalActId) or entered on the spot (NewLegalAct).</summary>
public sealed class AmountInput
{
    public DateOnly ValidFrom { get; set; }
    public decimal Value { get; set; }
    public int? LegalActId { get; set; }
    public LegalActInput? NewLegalAct { get; set; }
    public string? Note { get; set; }
}

public sealed class MeasureInput
{
    public string? Code { get; set; }
    public string? Name { get; set; }
    public string? ShortName { get; set; }
    public MeasureKind Kind { get; set; }
    public FundingLevel Funding { get; set; }
    public int? RegulationId { get; set; }
    public List<BasisInput> Bases { get; set; } = [];
    public EligibilityInput Eligibility { get; set; } = new();
    public AmountRuleKind AmountRule { get; set; }
    public string? Formula { get; set; }
    public string? BaseParameterCode { get; set; }
    public string? AmountDescription { get; set; }
    /// <summary>The first dated value (on creation only; later values go through the indexation).</summary>
    public AmountInput? FirstAmount { get; set; }
    public PaymentStartRule StartRule { get; set; } = PaymentStartRule.FromApplicationMonth;
    public PaymentEndRule EndRule { get; set; } = PaymentEndRule.Indefinite;
    public int? EndAge { get; set; }
    public int? DurationMonths { get; set; }
    public StopDateRule StopRule { get; set; } = StopDateRule.FromNextMonth;
    public PartialMonthRule PartialMonth { get; set; } = PartialMonthRule.ProRataCalendarDays;
    /// <summary>Empty: the general grounds (death, moving out of the district, loss of the right).</summary>
    public List<StopGroundInput> StopGrounds { get; set; } = [];
    public string? ReportLine { get; set; }
    public bool IsActive { get; set; } = true;
}

public sealed class ParameterInput
{
    public string? Code { get; set; }
    public string? Name { get; set; }
    /// <summary>Null: the whole region.</summary>
    public int? TerritoryId { get; set; }
    public DateOnly ValidFrom { get; set; }
    public decimal Value { get; set; }
    public int? LegalActId { get; set; }
    public LegalActInput? NewLegalAct { get; set; }
    public string? Note { get; set; }
}

/// <summary>A measure in the list, with the value in force today.</summary>
public sealed record MeasureListItem(Measure Measure, MeasureAmount? Current);

/// <summary>A measure with its bases, dated values, stop grounds, regulation and the seed's reference totals.</summary>
public sealed record MeasureCard(Measure Measure, MeasureAmount? Current, IReadOnlyList<MeasureReferenceTotal> ReferenceTotals,
    IReadOnlyDictionary<string, string> CategoryNames, int ActiveAssignments)
{
    /// <summary>The regulation the measure is provided under (Applications'), when set.</summary>
    public RegulationRef? Regulation { get; init; }
}

public sealed record AmountAdded(MeasureAmount Amount, int Recalculated);

public sealed record ParameterAdded(MeasureParameter Parameter, int Recalculated, IReadOnlyList<string> Measures);


/// <summary>The general stop grounds a measure gets when none are given.</summary>
public static class GeneralStopGrounds
{
    public static List<StopGround> Create() =>
        [
            new()
            {
                Code = "DEATH",
                Text = "Смерть получателя, признание его безвестно отсутствующим или объявление умершим",
                Clause = "общее основание",
            },
            new()
            {
                Code = "MOVED",
                Text = "Выезд получателя на постоянное место жительства за пределы района",
                Clause = "общее основание",
            },
            new()
            {
                Code = "NO-RIGHT",
                Text = "Утрата права на меру социальной поддержки",
                Clause = "общее основание",
            },
        ];
}
