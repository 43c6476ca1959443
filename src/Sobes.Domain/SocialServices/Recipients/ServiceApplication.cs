namespace Sobes.Domain.SocialServices;

/// <summary>
/// A citizen's application for social services (заявление о предоставлении социального обслуживания, 442-ФЗ ст. 14),
/// with the household and its incomes that decide the fee.
/// </summary>
public class ServiceApplication
{
    public long Id { get; set; }
    public string Number { get; set; } = "";
    public long CitizenId { get; set; }
    /// <summary>The authorised body that decides on the need (уполномоченный орган).</summary>
    public int AuthorityOrganisationId { get; set; }
    /// <summary>The organisation that received the application (a centre may receive it on the authority's behalf); «обратившиеся в КЦСОН»
    /// of seed 004 count by it.</summary>
    public int ReceivedByOrganisationId { get; set; }
    public DateOnly SubmittedOn { get; set; }
    public ServiceForm RequestedForm { get; set; }
    /// <summary>Circumstances that worsen living conditions (442-ФЗ ст. 15 ч. 1), as stated.</summary>
    public string Circumstances { get; set; } = "";
    /// <summary>Grounds for free service the applicant claims (442-ФЗ ст. 31).</summary>
    public List<FreeServiceGround> FreeGrounds { get; set; } = [];
    /// <summary>The group whose subsistence minimum sets the free-service limit (442-ФЗ ст. 31 ч. 5: «для основных
    /// социально-демографических групп»).</summary>
    public SubsistenceGroup SubsistenceGroup { get; set; } = SubsistenceGroup.Pensioners;
    public List<HouseholdMember> Household { get; set; } = [];
    public NeedRecognition? NeedRecognition { get; set; }
}
