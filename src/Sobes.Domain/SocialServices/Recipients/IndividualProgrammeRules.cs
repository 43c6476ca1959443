using Sobes.Domain.Common;

namespace Sobes.Domain.SocialServices;

public static class IndividualProgrammeRules
{
    /// <summary>442-ФЗ ст. 16 ч. 6: reviewed as needs change, but at least once in three years.</summary>
    public const int MaxYearsBetweenReviews = 3;

    public static DateOnly LatestReviewDate(DateOnly startsOn) => startsOn.AddYears(MaxYearsBetweenReviews);

    public static IReadOnlyList<ValidationError> Validate(IndividualProgramme programme)
    {
        var errors = new List<ValidationError>();
        if (programme.StartsOn < programme.DrawnUpOn)
            errors.Add(new("startsOn", "Программа не может действовать раньше даты её составления."));
        if (programme.NextReviewOn <= programme.StartsOn)
            errors.Add(new("nextReviewOn", "Дата пересмотра должна быть позже начала действия программы."));
        else if (programme.NextReviewOn > LatestReviewDate(programme.StartsOn))
            errors.Add(new("nextReviewOn", $"Программа пересматривается не реже одного раза в три года: не позднее {LatestReviewDate(programme.StartsOn):dd.MM.yyyy}."));
        if (programme.Lines.Count == 0)
            errors.Add(new("lines", "Укажите хотя бы одну социальную услугу."));
        for (var i = 0; i < programme.Lines.Count; i++)
        {
            var line = programme.Lines[i];
            if (line.Volume <= 0) errors.Add(new($"lines[{i}].volume", "Объём услуги должен быть больше нуля."));
            if (line.PeriodTo < line.PeriodFrom) errors.Add(new($"lines[{i}].periodTo", "Конец срока раньше его начала."));
            if (line.PeriodFrom < programme.StartsOn) errors.Add(new($"lines[{i}].periodFrom", "Срок услуги начинается раньше программы."));
        }
        return errors;
    }
}
