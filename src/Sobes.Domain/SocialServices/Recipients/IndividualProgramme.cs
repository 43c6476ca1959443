namespace Sobes.Domain.SocialServices;

/// <summary>Individual programme of social services, ИППСУ (442-ФЗ ст. 16).</summary>
public class IndividualProgramme
{
    public long Id { get; set; }
    public string Number { get; set; } = "";
    public long CitizenId { get; set; }
    public long NeedRecognitionId { get; set; }
    public NeedRecognition? NeedRecognition { get; set; }
    public ServiceForm Form { get; set; }
    public DateOnly DrawnUpOn { get; set; }
    public DateOnly StartsOn { get; set; }
    /// <summary>The programme is reviewed at least once in three years (ст. 16 ч. 6).</summary>
    public DateOnly NextReviewOn { get; set; }
    /// <summary>Recommended providers; the citizen chooses among them.</summary>
    public List<int> RecommendedProviderIds { get; set; } = [];
    public List<ProgrammeLine> Lines { get; set; } = [];
    /// <summary>The programme this one revised (ст. 16 ч. 5); null for the first programme on the decision.</summary>
    public long? PreviousProgrammeId { get; set; }
    /// <summary>The last day the programme is in force: set when a review replaces it with a new version.</summary>
    public DateOnly? ClosedOn { get; set; }

    public bool IsInForceOn(DateOnly date) => StartsOn <= date && (ClosedOn is null || date <= ClosedOn);
}

/// <summary>A service of the programme with its volume and period (вид, объём, периодичность, сроки).</summary>
public class ProgrammeLine
{
    public long Id { get; set; }
    public long IndividualProgrammeId { get; set; }
    public int SocialServiceId { get; set; }
    public SocialService? SocialService { get; set; }
    /// <summary>Volume in the service's unit over the period.</summary>
    public decimal Volume { get; set; }
    /// <summary>How often, as the programme words it: «2 раза в неделю».</summary>
    public string Periodicity { get; set; } = "";
    public DateOnly PeriodFrom { get; set; }
    public DateOnly PeriodTo { get; set; }
}
