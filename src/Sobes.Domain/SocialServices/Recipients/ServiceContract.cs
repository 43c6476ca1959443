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
    /// <summary>The last day of service under the contract when it is terminated early (ст. 18); no services are recorded after it.</summary>
    public DateOnly? TerminatedOn { get; set; }
    public TerminationGround? TerminationGround { get; set; }
    public string? TerminationReason { get; set; }

    /// <summary>Whether services may be given under the contract on the date.</summary>
    public bool IsInForceOn(DateOnly date) =>
        StartsOn <= date && (EndsOn is null || date <= EndsOn) && (TerminatedOn is null || date <= TerminatedOn);
}

/// <summary>Grounds to stop giving social services (442-ФЗ ст. 18 ч. 1).</summary>
public enum TerminationGround
{
    /// <summary>п. 1: the recipient's (or representative's) written request to stop.</summary>
    RecipientRequest = 1,
    /// <summary>п. 2: the term of the services under the programme or of the contract has run out.</summary>
    EndOfTerm = 2,
    /// <summary>п. 3: the recipient has breached the contract.</summary>
    Breach = 3,
    /// <summary>п. 4: the recipient's death or the provider's liquidation.</summary>
    Death = 4,
    /// <summary>пп. 5–7 and others: declared missing or dead by a court, imprisonment, medical contraindications.</summary>
    Other = 9,
}

public static class TerminationGroundText
{
    public static string Russian(this TerminationGround ground) => ground switch
    {
        TerminationGround.RecipientRequest => "письменное заявление получателя об отказе от социальных услуг",
        TerminationGround.EndOfTerm => "окончание срока предоставления услуг (истечение срока договора)",
        TerminationGround.Breach => "нарушение получателем условий договора",
        TerminationGround.Death => "смерть получателя (ликвидация поставщика)",
        _ => "иное основание (ст. 18 ч. 1 442-ФЗ)",
    };
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
        if (contract.TerminatedOn is { } terminated)
        {
            if (contract.TerminationGround is not { } ground || !Enum.IsDefined(ground))
                errors.Add(new("ground", "Укажите основание прекращения обслуживания (ст. 18 442-ФЗ)."));
            else if (ground is TerminationGround.Breach or TerminationGround.Other && string.IsNullOrWhiteSpace(contract.TerminationReason))
                errors.Add(new("reason", "Опишите основание: какое условие договора нарушено или иное обстоятельство."));
            if (terminated < contract.StartsOn)
                errors.Add(new("terminatedOn", $"Дата прекращения раньше начала обслуживания по договору ({contract.StartsOn:dd.MM.yyyy})."));
        }
        return errors;
    }
}
