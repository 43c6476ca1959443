using Sobes.Domain.Common;
using Sobes.Domain.Organisations;

namespace Sobes.Domain.SocialServices;

/// <summary>
/// A record of work done under Часть 2 of the assignment (works are not services to a person with a contract):
/// e.g. «обследовано 4 семьи», «1 выезд социального автомобиля, 164 км».
/// </summary>
public class WorkEntry : IOrganisationOwned
{
    public long Id { get; set; }
    public int OrganisationId { get; set; }
    public int AssignmentSectionId { get; set; }
    public AssignmentSection? AssignmentSection { get; set; }
    public DateOnly PerformedOn { get; set; }
    /// <summary>People, families, sessions or trips, in the unit of the work's volume indicator.</summary>
    public decimal Quantity { get; set; }
    /// <summary>Kilometres driven, for the «социальный автомобиль» work.</summary>
    public decimal? DistanceKm { get; set; }
    public string? Note { get; set; }
}

public static class WorkEntryRules
{
    public static IReadOnlyList<ValidationError> Validate(WorkEntry w, DateOnly today)
    {
        var errors = new List<ValidationError>();
        if (w.PerformedOn > today) errors.Add(new("performedOn", "Работа не может быть выполнена в будущем."));
        if (w.Quantity <= 0) errors.Add(new("quantity", "Количество должно быть больше нуля."));
        if (w.DistanceKm is < 0) errors.Add(new("distanceKm", "Расстояние не может быть отрицательным."));
        return errors;
    }
}
