using Sobes.Domain.Common;

namespace Sobes.Domain.SocialServices;

public static class IndividualProgrammeRules
{
    /// <summary>442-ФЗ ст. 16 ч. 6: reviewed as needs change, but at least once in three years.</summary>
    public const int MaxYearsBetweenReviews = 3;

    public static DateOnly LatestReviewDate(DateOnly startsOn) => startsOn.AddYears(MaxYearsBetweenReviews);

    /// <summary>Programmes whose review date falls within this many days are listed for review ahead of time.</summary>
    public const int ReviewNoticeDays = 60;

    /// <summary>A programme in force whose review date is within <paramref name="days"/> days or has passed.</summary>
    public static bool IsDueForReview(IndividualProgramme programme, DateOnly today, int days = ReviewNoticeDays) =>
        programme.ClosedOn is null && programme.NextReviewOn <= today.AddDays(days);

    public static bool IsReviewOverdue(IndividualProgramme programme, DateOnly today) => programme.ClosedOn is null && programme.NextReviewOn < today;

    /// <summary>
    /// 442-ФЗ ст. 16 ч. 5: the programme is reviewed as the recipient's needs change, at least once in three years. The review draws up
    /// a new version from the old one — the same form, decision and services with their volumes and periodicity, each for a term of the
    /// same length from the new start — and closes the old one on the day before the new one starts. Errors are returned, nothing is changed then.
    /// </summary>
    public static (IndividualProgramme? Revised, IReadOnlyList<ValidationError> Errors) Revise(
        IndividualProgramme old,
        DateOnly drawnUpOn,
        DateOnly startsOn,
        DateOnly? nextReviewOn
    )
    {
        var errors = new List<ValidationError>();
        if (old.ClosedOn is not null)
            errors.Add(new("programme", $"Программа {old.Number} уже пересмотрена: действовала по {old.ClosedOn:dd.MM.yyyy}."));
        if (startsOn <= old.StartsOn)
            errors.Add(new("startsOn", $"Новая редакция программы начинает действовать позже прежней ({old.StartsOn:dd.MM.yyyy})."));
        if (drawnUpOn < old.DrawnUpOn)
            errors.Add(new("drawnUpOn", "Программа пересматривается после её составления."));
        var revised = new IndividualProgramme
        {
            CitizenId = old.CitizenId,
            NeedRecognitionId = old.NeedRecognitionId,
            Form = old.Form,
            DrawnUpOn = drawnUpOn,
            StartsOn = startsOn,
            NextReviewOn = nextReviewOn ?? LatestReviewDate(startsOn),
            RecommendedProviderIds = [.. old.RecommendedProviderIds],
            PreviousProgrammeId = old.Id,
            Lines = old.Lines.Select(l => new ProgrammeLine
            {
                SocialServiceId = l.SocialServiceId,
                Volume = l.Volume,
                Periodicity = l.Periodicity,
                PeriodFrom = startsOn,
                PeriodTo = SameTermFrom(startsOn, l.PeriodFrom, l.PeriodTo),
            }).ToList(),
        };
        errors.AddRange(Validate(revised));
        if (errors.Count > 0) return (null, errors);
        old.ClosedOn = startsOn.AddDays(-1);
        return (revised, errors);
    }

    /// <summary>The end of a term as long as [from, to] starting on <paramref name="start"/>: whole months stay whole months (a year stays
    /// a year across 29 February).</summary>
    public static DateOnly SameTermFrom(DateOnly start, DateOnly from, DateOnly to)
    {
        if (to < from) return start;
        var months = (to.Year - from.Year) * 12 + to.Month - from.Month + 1;
        for (var m = Math.Max(1, months - 1); m <= months + 1; m++)
            if (from.AddMonths(m).AddDays(-1) == to) return start.AddMonths(m).AddDays(-1);
        return start.AddDays(to.DayNumber - from.DayNumber);
    }

    public static IReadOnlyList<ValidationError> Validate(IndividualProgramme programme)
    {
        var errors = new List<ValidationError>();
        if (programme.StartsOn < programme.DrawnUpOn)
            errors.Add(new("startsOn", "Программа не может действовать раньше даты её составления."));
        if (programme.NextReviewOn <= programme.StartsOn)
            errors.Add(new("nextReviewOn", "Дата пересмотра должна быть позже начала действия программы."));
        else if (programme.NextReviewOn > LatestReviewDate(programme.StartsOn))
            errors.Add(
                new(
                    "nextReviewOn",
                    $"Программа пересматривается не реже одного раза в три года: не позднее {LatestReviewDate(programme.StartsOn):dd.MM.yyyy}."
                )
            );
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
