using Sobes.Domain.Organisations;

namespace Sobes.Domain.Applications;

/// <summary>
/// An oral appeal (устное обращение) entered in the journal of appendix 6 (seed 002 cl. 14.2 subcl. 5): the applicant came without the
/// necessary documents or with documents that do not meet the requirements; the specialist explained what was wrong and gave them back.
/// </summary>
public class OralAppeal : IOrganisationOwned
{
    public long Id { get; set; }
    public int OrganisationId { get; set; }
    public DateOnly AppealedOn { get; set; }
    /// <summary>As the citizen named themselves: no record in the registry is needed for a consultation.</summary>
    public string CitizenName { get; set; } = "";
    /// <summary>The registry's record, when the citizen is known.</summary>
    public long? CitizenId { get; set; }
    public int? RegulationId { get; set; }
    /// <summary>What was missing or wrong, as explained to the citizen.</summary>
    public string Shortcomings { get; set; } = "";
    /// <summary>The documents brought were given back to the citizen.</summary>
    public bool DocumentsReturned { get; set; } = true;
    public int RecordedByUserId { get; set; }
    public DateTime RecordedAtUtc { get; set; }
}
