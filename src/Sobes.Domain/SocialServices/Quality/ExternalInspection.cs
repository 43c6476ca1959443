using Sobes.Domain.Common;
using Sobes.Domain.Organisations;

namespace Sobes.Domain.SocialServices;

/// <summary>The supervisory bodies whose findings seed 004 counts (Часть 1.2 quality indicators).</summary>
public enum SupervisoryBody
{
    Rospotrebnadzor = 1,
    Roszdravnadzor = 2,
    Gospozhnadzor = 3,
}

public static class SupervisoryBodyNames
{
    public static string Russian(this SupervisoryBody b) => b switch
    {
        SupervisoryBody.Rospotrebnadzor => "Роспотребнадзор",
        SupervisoryBody.Roszdravnadzor => "Росздравнадзор",
        SupervisoryBody.Gospozhnadzor => "Госпожнадзор (МЧС России)",
        _ => throw new ArgumentOutOfRangeException(nameof(b), b, null),
    };
}

/// <summary>An inspection of the provider by a supervisory body, with the number of violations its act found.</summary>
public class ExternalInspection : IOrganisationOwned
{
    public int Id { get; set; }
    public int OrganisationId { get; set; }
    public SupervisoryBody Body { get; set; }
    public DateOnly StartedOn { get; set; }
    public DateOnly EndedOn { get; set; }
    /// <summary>The inspection act, e.g. «Акт проверки № 112 от 14.05.2015».</summary>
    public string ActNumber { get; set; } = "";
    public int ViolationsFound { get; set; }
    public string? Summary { get; set; }
    /// <summary>The day the violations were put right, if they were.</summary>
    public DateOnly? RemediedOn { get; set; }
}

public static class ExternalInspectionRules
{
    public static IReadOnlyList<ValidationError> Validate(ExternalInspection i, DateOnly today)
    {
        var errors = new List<ValidationError>();
        if (!Enum.IsDefined(i.Body)) errors.Add(new("body", "Укажите орган надзора."));
        if (i.EndedOn < i.StartedOn) errors.Add(new("endedOn", "Окончание проверки раньше её начала."));
        if (i.StartedOn > today) errors.Add(new("startedOn", "Проверка ещё не началась — внесите её после проведения."));
        if (string.IsNullOrWhiteSpace(i.ActNumber)) errors.Add(new("actNumber", "Укажите акт проверки."));
        if (i.ViolationsFound < 0) errors.Add(new("violationsFound", "Число нарушений не может быть отрицательным."));
        if (i.ViolationsFound > 0 && string.IsNullOrWhiteSpace(i.Summary)) errors.Add(new("summary", "Перечислите выявленные нарушения."));
        if (i.RemediedOn is { } r && r < i.StartedOn) errors.Add(new("remediedOn", "Нарушения не могли быть устранены до проверки."));
        return errors;
    }
}
