namespace Sobes.Domain.Measures;

/// <summary>How often a measure is paid or given.</summary>
public enum MeasureKind
{
    Monthly = 1,
    OneTime = 2,
    Yearly = 3,
    /// <summary>Compensation of documented expenses (проезд, погребение, ЖКУ).</summary>
    Compensation = 4,
    /// <summary>A status or certificate (удостоверение «Ветеран труда»), no money.</summary>
    Status = 5,
    /// <summary>In kind: tickets, vouchers, gifts.</summary>
    InKind = 6,
}

public enum FundingLevel { Federal = 1, Regional = 2, Municipal = 3 }

public static class FundingLevelNames
{
    /// <summary>«федеральный бюджет», «областной бюджет», «бюджет района».</summary>
    public static string Russian(this FundingLevel f) => f switch
    {
        FundingLevel.Federal => "федеральный бюджет",
        FundingLevel.Regional => "областной бюджет",
        FundingLevel.Municipal => "бюджет района",
        _ => f.ToString(),
    };
}

/// <summary>How the amount of one assignment is found from the measure's dated values.</summary>
public enum AmountRuleKind
{
    /// <summary>The dated value itself.</summary>
    Fixed = 1,
    /// <summary>The dated value times the number of children the assignment covers.</summary>
    PerChild = 2,
    /// <summary>The dated value is a percentage of the named parameter <see cref="Measure.BaseParameterCode"/>.</summary>
    Percentage = 3,
    /// <summary>A formula over «Б» (the dated value), «Д» (children), «Д3» (children with an increment) and named parameters.</summary>
    Formula = 4,
    /// <summary>The documented sum (compensation of actual expenses), capped by the dated value when it is above zero.</summary>
    Documented = 5,
    /// <summary>No money: a status or an in-kind measure.</summary>
    None = 6,
}

/// <summary>From when an assignment is paid.</summary>
public enum PaymentStartRule
{
    /// <summary>From the first day of the month of application.</summary>
    FromApplicationMonth = 1,
    FromApplicationDate = 2,
    /// <summary>From the date of the event that gives the right (birth, placement, contract), entered at the decision.</summary>
    FromEventDate = 3,
    FromDecisionDate = 4,
}

/// <summary>Until when an assignment is paid when nothing stops it earlier.</summary>
public enum PaymentEndRule
{
    /// <summary>Without a term, until a stop ground.</summary>
    Indefinite = 1,
    /// <summary>Until the beneficiary child reaches <see cref="Measure.EndAge"/> (the day before the birthday is the last day paid).</summary>
    UntilChildAge = 2,
    /// <summary>For <see cref="Measure.DurationMonths"/> months from the start.</summary>
    FixedMonths = 3,
    /// <summary>Until a date given at the decision (the end of a foster-family contract).</summary>
    UntilContractEnd = 4,
    /// <summary>Paid once.</summary>
    Once = 5,
}

/// <summary>From which day a stop ground ends the payment.</summary>
public enum StopDateRule
{
    /// <summary>The day of the event is the first day not paid.</summary>
    FromEventDay = 1,
    /// <summary>Paid to the end of the month of the event; stops from the 1st of the next month.</summary>
    FromNextMonth = 2,
}

/// <summary>How a month with a start or an end inside it is paid.</summary>
public enum PartialMonthRule
{
    /// <summary>Share of the month: calendar days paid / calendar days in the month.</summary>
    ProRataCalendarDays = 1,
    /// <summary>The whole month's amount whenever any day of it is paid.</summary>
    FullMonth = 2,
}

/// <summary>A measure of social support (мера социальной поддержки) as data: legal basis, eligibility, amount rule, dated values.</summary>
public class Measure
{
    public int Id { get; set; }
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public string ShortName { get; set; } = "";
    public MeasureKind Kind { get; set; }
    public FundingLevel Funding { get; set; }
    /// <summary>The state service (administrative regulation, Applications') through which it is granted.</summary>
    public int? RegulationId { get; set; }

    public List<MeasureBasis> Bases { get; set; } = [];
    public MeasureEligibility Eligibility { get; set; } = new();

    public AmountRuleKind AmountRule { get; set; }
    /// <summary>For <see cref="AmountRuleKind.Formula"/>.</summary>
    public string? Formula { get; set; }
    /// <summary>For <see cref="AmountRuleKind.Percentage"/>: the parameter the percentage applies to.</summary>
    public string? BaseParameterCode { get; set; }
    /// <summary>How the amount is described to the citizen, e.g. «4260 ₽ + 15 % за каждого следующего ребёнка …».</summary>
    public string AmountDescription { get; set; } = "";
    public List<MeasureAmount> Amounts { get; set; } = [];

    public PaymentStartRule StartRule { get; set; } = PaymentStartRule.FromApplicationMonth;
    public PaymentEndRule EndRule { get; set; } = PaymentEndRule.Indefinite;
    public int? EndAge { get; set; }
    public int? DurationMonths { get; set; }
    public StopDateRule StopRule { get; set; } = StopDateRule.FromNextMonth;
    public PartialMonthRule PartialMonth { get; set; } = PartialMonthRule.ProRataCalendarDays;
    public List<StopGround> StopGrounds { get; set; } = [];

    /// <summary>Line of the yearly report (seed 000 section VII) the measure's totals go to.</summary>
    public string? ReportLine { get; set; }
    public bool IsActive { get; set; } = true;
    public DateTime CreatedAtUtc { get; set; }
    public int Version { get; set; }

    public bool IsPaidInMoney => AmountRule != AmountRuleKind.None;
    public bool IsPeriodic => Kind is MeasureKind.Monthly;
}

/// <summary>A legal act (and article) the measure rests on.</summary>
public class MeasureBasis
{
    public int Id { get; set; }
    public int MeasureId { get; set; }
    public int LegalActId { get; set; }
    public LegalAct? LegalAct { get; set; }
    /// <summary>«ст. 3 п. 1», «пункт 4».</summary>
    public string Article { get; set; } = "";
}

/// <summary>Who may receive the measure. Categories are registry category codes (VT, VTCHO, PRIEM …); an empty list means any citizen.</summary>
public class MeasureEligibility
{
    public List<string> CategoryCodes { get; set; } = [];
    /// <summary>The measure is granted for a child (the beneficiary), paid to the applicant.</summary>
    public bool ForChild { get; set; }
    /// <summary>Youngest age of the child in full years (inclusive).</summary>
    public int? ChildMinAge { get; set; }
    /// <summary>The child must be younger than this age in full years (exclusive): «до 18 лет» = 18; «от 3 до 7 включительно» = 8.</summary>
    public int? ChildMaxAge { get; set; }
    /// <summary>Average per-capita income must not exceed this many subsistence minimums (null = no income test).</summary>
    public decimal? IncomeLimitFactor { get; set; }
    /// <summary>Only residents of the department's district.</summary>
    public bool ResidenceInDistrict { get; set; } = true;
    /// <summary>Other conditions in words, checked by the specialist.</summary>
    public string Conditions { get; set; } = "";
}

/// <summary>A dated value of a measure's amount (indexation): valid from a date until the next value.</summary>
public class MeasureAmount
{
    public int Id { get; set; }
    public int MeasureId { get; set; }
    public DateOnly ValidFrom { get; set; }
    public decimal Value { get; set; }
    public int? LegalActId { get; set; }
    public LegalAct? LegalAct { get; set; }
    /// <summary>Where the value comes from, e.g. «п. 4 регламента (сид 002)» or «индексация на 1,04».</summary>
    public string Note { get; set; } = "";
    public DateTime CreatedAtUtc { get; set; }
    public int? CreatedByUserId { get; set; }
}

/// <summary>A ground that stops the payment (seed 002 clause 8.1 has eleven).</summary>
public class StopGround
{
    public int Id { get; set; }
    public int MeasureId { get; set; }
    public string Code { get; set; } = "";
    public string Text { get; set; } = "";
    /// <summary>«п. 8.1 подп. 1».</summary>
    public string Clause { get; set; } = "";
    /// <summary>The system registers it without a person (the 18th birthday).</summary>
    public bool Automatic { get; set; }
}

/// <summary>A named dated parameter of amount rules, region-wide or per territory: the regional coefficient, a subsistence minimum.</summary>
public class MeasureParameter
{
    public int Id { get; set; }
    /// <summary>Variable name in formulas, e.g. «РК», «ПМд».</summary>
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    /// <summary>Null: the whole region.</summary>
    public int? TerritoryId { get; set; }
    public DateOnly ValidFrom { get; set; }
    public decimal Value { get; set; }
    public int? LegalActId { get; set; }
    public LegalAct? LegalAct { get; set; }
    public string Note { get; set; } = "";
}
