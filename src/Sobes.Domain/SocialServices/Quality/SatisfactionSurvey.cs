using Sobes.Domain.Common;
using Sobes.Domain.Organisations;

namespace Sobes.Domain.SocialServices;

/// <summary>
/// A survey of recipients' satisfaction, recorded as its act (seed 004: «акты, составленные по результатам проведенного опроса …,
/// рассмотренные на комиссии по контролю качества»). Gives Оу and О of the satisfaction indicators.
/// </summary>
public class SatisfactionSurvey : IOrganisationOwned
{
    public int Id { get; set; }
    public int OrganisationId { get; set; }
    public DateOnly ConductedOn { get; set; }
    public ServiceForm Form { get; set; }
    /// <summary>Null: the survey covered every kind of service of the form.</summary>
    public ServiceType? ServiceType { get; set; }
    /// <summary>О — the number of people asked.</summary>
    public int Respondents { get; set; }
    /// <summary>Оу — of them, satisfied with the services.</summary>
    public int Satisfied { get; set; }
    /// <summary>The act and the commission's protocol, e.g. «Акт № 3 от 25.06.2015, протокол комиссии № 2».</summary>
    public string Basis { get; set; } = "";
    public string? Note { get; set; }
}

public static class SatisfactionSurveyRules
{
    public static IReadOnlyList<ValidationError> Validate(SatisfactionSurvey s, DateOnly today)
    {
        var errors = new List<ValidationError>();
        if (s.ConductedOn > today) errors.Add(new("conductedOn", "Опрос не может быть проведён в будущем."));
        if (s.Respondents <= 0) errors.Add(new("respondents", "Число опрошенных должно быть больше нуля."));
        if (s.Satisfied < 0) errors.Add(new("satisfied", "Число удовлетворённых не может быть отрицательным."));
        else if (s.Satisfied > s.Respondents) errors.Add(new("satisfied", "Удовлетворённых не может быть больше, чем опрошенных."));
        if (string.IsNullOrWhiteSpace(s.Basis)) errors.Add(new("basis", "Укажите акт опроса (и протокол комиссии по контролю качества)."));
        if (s.ServiceType == SocialServices.ServiceType.Urgent && s.Form != ServiceForm.Urgent)
            errors.Add(new("serviceType", "Срочные услуги относятся только к срочному социальному обслуживанию."));
        return errors;
    }
}
