using Sobes.Domain.Applications;
using Sobes.Domain.Measures;

namespace Sobes.Infrastructure.Applications;

public sealed class RegulationDocumentInput
{
    public string? Name { get; set; }
    public string? Clause { get; set; }
    public bool Mandatory { get; set; } = true;
    public DocumentSource Source { get; set; } = DocumentSource.Applicant;
    public string? ProvidingBody { get; set; }
    public int? ValidityDays { get; set; }
    public string? AlternativeGroup { get; set; }
    public string? Condition { get; set; }
}

public sealed class RefusalGroundInput
{
    public string? Code { get; set; }
    public string? Text { get; set; }
    public string? LegalReference { get; set; }
}

public sealed class DeadlineInput
{
    public int Value { get; set; }
    public DurationUnit Unit { get; set; }
    public string? Clause { get; set; }
}

/// <summary>A regulation with its documents, steps and refusal grounds, and the measures provided under it.</summary>
public sealed record RegulationCard(AdministrativeRegulation Regulation, IReadOnlyList<Measure> Measures);
