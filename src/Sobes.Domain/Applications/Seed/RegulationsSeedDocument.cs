using System.Text.Json.Serialization;
using Sobes.Domain.Measures;
using Sobes.Domain.Organisations;

namespace Sobes.Domain.Applications;

/// <summary>The regulations part of measures.json: the acts (to resolve keys), the typical template, the regulations, each measure's
/// regulation.</summary>
internal sealed record RegulationsSeedDocument(
    List<RegulationActSeed> LegalActs,
    TypicalRegulationSeed TypicalRegulation,
    List<RegulationSeed> Regulations,
    List<MeasureRegulationSeed> Measures);

internal sealed record RegulationActSeed(string Key, LegalActType Type, string Number, DateOnly AdoptedOn);

/// <param name="Regulation">The code of the regulation the measure is provided under.</param>
internal sealed record MeasureRegulationSeed(string Code, string? Regulation);

[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
internal sealed record DurationSeed(int Value, DurationUnit Unit);

[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
internal sealed record DocumentSeed(string Name, string Clause, bool Mandatory, DocumentSource Source, string? ProvidingBody, int? ValidityDays,
    string? AlternativeGroup, string Condition, bool IncomeTestedOnly = false);

[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
internal sealed record StepSeed(string Name, string Clause, Role PerformerRole, string Performer, DurationSeed MaxDuration,
    ProcedureMilestone Milestone = ProcedureMilestone.None);

[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
internal sealed record RefusalGroundSeed(string Code, string Text, string LegalReference);

[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
internal sealed record TypicalRegulationSeed(
    DurationSeed DecisionDeadline,
    string DecisionDeadlineClause,
    int ComplaintAnswerDays,
    int ComplaintExtensionDays,
    string ComplaintClause,
    int InteragencyAnswerWorkingDays,
    List<DocumentSeed> Documents,
    List<StepSeed> Steps,
    List<RefusalGroundSeed> RefusalGrounds
);

/// <summary>A regulation written out in full, or (Typical) the typical template with its category document and income test.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
internal sealed record RegulationSeed(string Code, string Name, string? Act, bool Typical, string? CategoryDocument, bool IncomeTested,
    DurationSeed? DecisionDeadline, string? DecisionDeadlineClause, int? ComplaintAnswerDays, int? ComplaintExtensionDays, string? ComplaintClause,
    int? InteragencyAnswerWorkingDays, List<DocumentSeed>? Documents, List<StepSeed>? Steps, List<RefusalGroundSeed>? RefusalGrounds,
    bool RefusalCheckedByMinistry = false);

