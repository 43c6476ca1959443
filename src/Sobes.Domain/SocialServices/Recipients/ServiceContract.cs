using Sobes.Domain.Common;

namespace Sobes.Domain.SocialServices;

/// <summary>Contract on social services between the provider and the recipient (442-ФЗ ст. 17).</summary>
public class ServiceContract
{
    public long Id { get; set; }
    public string Number { get; set; } = "";
    public long CitizenId { get; set; }
    public long IndividualProgrammeId { get; set; }
    public IndividualProgramme? IndividualProgramme { get; set; }
    public int ProviderOrganisationId { get; set; }
    /// <summary>The day the recipient handed the programme to the provider; the contract follows within a day (ст. 17 ч. 3).</summary>
    public DateOnly ProgrammeSubmittedOn { get; set; }
    public DateOnly ConcludedOn { get; set; }
    public DateOnly StartsOn { get; set; }
    public DateOnly? EndsOn { get; set; }
    public DateOnly? TerminatedOn { get; set; }
    public string? TerminationReason { get; set; }
}

public static class ServiceContractRules
{
    /// <summary>442-ФЗ ст. 17 ч. 3: concluded within one day (в течение суток) of the programme's submission.</summary>
    public static DateOnly LatestConclusionDate(DateOnly programmeSubmittedOn) => programmeSubmittedOn.AddDays(1);

    public static IReadOnlyList<ValidationError> Validate(ServiceContract contract)
    {
        var errors = new List<ValidationError>();
        if (contract.ConcludedOn < contract.ProgrammeSubmittedOn)
            errors.Add(new("concludedOn", "Договор не может быть заключён до представления индивидуальной программы."));
        else if (contract.ConcludedOn > LatestConclusionDate(contract.ProgrammeSubmittedOn))
            errors.Add(new("concludedOn", "Договор заключается в течение суток с даты представления индивидуальной программы."));
        if (contract.EndsOn is { } end && end < contract.StartsOn)
            errors.Add(new("endsOn", "Окончание договора раньше его начала."));
        if (contract.TerminatedOn is not null && string.IsNullOrWhiteSpace(contract.TerminationReason))
            errors.Add(new("terminationReason", "Укажите основание расторжения договора."));
        return errors;
    }
}
