using Sobes.Domain.Applications;
using Sobes.Domain.Organisations;

namespace Sobes.Domain.Measures;

/// <summary>The JSON shape of measures.json: acts and regulations by key, measures referring to them.</summary>
internal sealed record MeasuresSeedDocument(
    List<string> Notes,
    List<LegalActSeed> LegalActs,
    List<ParameterSeed> Parameters,
    Dictionary<string, List<StopGroundSeed>> StopGroundSets,
    TypicalRegulationSeed TypicalRegulation,
    List<RegulationSeed> Regulations,
    List<MeasureSeed> Measures);

internal sealed record LegalActSeed(string Key, LegalActType Type, string Number, DateOnly AdoptedOn, string Title);

internal sealed record ParameterSeed(string Code, string Name, string? Territory, DateOnly ValidFrom, decimal Value, string? Act, string Note);

internal sealed record StopGroundSeed(string Code, string Text, string Clause, bool Automatic);

internal sealed record DurationSeed(int Value, DurationUnit Unit);

internal sealed record DocumentSeed(string Name, string Clause, bool Mandatory, DocumentSource Source, string? ProvidingBody, int? ValidityDays,
    string? AlternativeGroup, string Condition, bool IncomeTestedOnly = false);

internal sealed record StepSeed(string Name, string Clause, Role PerformerRole, string Performer, DurationSeed MaxDuration,
    ProcedureMilestone Milestone = ProcedureMilestone.None);

internal sealed record RefusalGroundSeed(string Code, string Text, string LegalReference);

internal sealed record TypicalRegulationSeed(DurationSeed DecisionDeadline, string DecisionDeadlineClause, int ComplaintAnswerDays, int ComplaintExtensionDays,
    string ComplaintClause, int InteragencyAnswerWorkingDays, List<DocumentSeed> Documents, List<StepSeed> Steps, List<RefusalGroundSeed> RefusalGrounds);

/// <summary>A regulation written out in full, or (Typical) the typical template with its category document and income test.</summary>
internal sealed record RegulationSeed(string Code, string Name, string? Act, bool Typical, string? CategoryDocument, bool IncomeTested,
    DurationSeed? DecisionDeadline, string? DecisionDeadlineClause, int? ComplaintAnswerDays, int? ComplaintExtensionDays, string? ComplaintClause,
    int? InteragencyAnswerWorkingDays, List<DocumentSeed>? Documents, List<StepSeed>? Steps, List<RefusalGroundSeed>? RefusalGrounds,
    bool RefusalCheckedByMinistry = false);

internal sealed record BasisSeed(string Act, string Article);

internal sealed record EligibilitySeed(List<string> Categories, bool ForChild, int? ChildMinAge, int? ChildMaxAge, decimal? IncomeLimitFactor,
    bool ResidenceInDistrict, string Conditions);

internal sealed record AmountSeed(DateOnly ValidFrom, decimal Value, string? Act, string Note);

internal sealed record ReferenceTotalSeed(int Year, int? Recipients, decimal? Sum, string Unit, string Source);

internal sealed record MeasureSeed(string Code, string Name, string ShortName, MeasureKind Kind, FundingLevel Funding, string? Regulation,
    List<BasisSeed> Bases, EligibilitySeed Eligibility, AmountRuleKind AmountRule, string? Formula, string? BaseParameterCode, string AmountDescription,
    List<AmountSeed> Amounts, PaymentStartRule StartRule, PaymentEndRule EndRule, int? EndAge, int? DurationMonths, StopDateRule StopRule,
    PartialMonthRule PartialMonth, string? StopGroundSet, List<StopGroundSeed> StopGrounds, string? ReportLine, List<ReferenceTotalSeed> ReferenceTotals);
