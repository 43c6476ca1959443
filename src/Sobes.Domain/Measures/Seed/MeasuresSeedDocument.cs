using System.Text.Json;

namespace Sobes.Domain.Measures;

/// <summary>
/// The JSON shape of measures.json: acts by key, measures referring to them. The regulations part (the typical regulation, the regulations
/// and each measure's regulation code) is Applications' to read (<c>RegulationsSeedFile</c>); here it is only carried through.
/// </summary>
internal sealed record MeasuresSeedDocument(
    List<string> Notes,
    List<LegalActSeed> LegalActs,
    List<ParameterSeed> Parameters,
    Dictionary<string, List<StopGroundSeed>> StopGroundSets,
    JsonElement TypicalRegulation,
    JsonElement Regulations,
    List<MeasureSeed> Measures);

internal sealed record LegalActSeed(string Key, LegalActType Type, string Number, DateOnly AdoptedOn, string Title);

internal sealed record ParameterSeed(string Code, string Name, string? Territory, DateOnly ValidFrom, decimal Value, string? Act, string Note);

internal sealed record StopGroundSeed(string Code, string Text, string Clause, bool Automatic);

internal sealed record BasisSeed(string Act, string Article);

internal sealed record EligibilitySeed(List<string> Categories, bool ForChild, int? ChildMinAge, int? ChildMaxAge, decimal? IncomeLimitFactor,
    bool ResidenceInDistrict, string Conditions);

internal sealed record AmountSeed(DateOnly ValidFrom, decimal Value, string? Act, string Note);

internal sealed record ReferenceTotalSeed(int Year, int? Recipients, decimal? Sum, string Unit, string Source);

internal sealed record MeasureSeed(
    string Code,
    string Name,
    string ShortName,
    MeasureKind Kind,
    FundingLevel Funding,
    string? Regulation,
    List<BasisSeed> Bases,
    EligibilitySeed Eligibility,
    AmountRuleKind AmountRule,
    string? Formula,
    string? BaseParameterCode,
    string AmountDescription,
    List<AmountSeed> Amounts,
    PaymentStartRule StartRule,
    PaymentEndRule EndRule,
    int? EndAge,
    int? DurationMonths,
    StopDateRule StopRule,
    PartialMonthRule PartialMonth,
    string? StopGroundSet,
    List<StopGroundSeed> StopGrounds,
    string? ReportLine,
    List<ReferenceTotalSeed> ReferenceTotals
);
