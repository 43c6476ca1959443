using Sobes.Domain.Common;
using Sobes.Domain.Measures;

namespace Sobes.Domain.Applications;

public enum FindingKind { Met = 1, NotMet = 2, ToCheck = 3 }

public sealed record EligibilityFinding(FindingKind Kind, string Text);

/// <summary>What the registry says about the applicant and the child for one measure's conditions (seed 002 cl. 14.2 subcl. 6, 14.4).</summary>
public sealed record EligibilityFacts(
    IReadOnlyCollection<string> ApplicantCategoryCodes,
    bool ApplicantLivesInDistrict,
    DateOnly? ChildBirthDate,
    string? ChildName,
    bool ChildLivesInDistrict,
    DateOnly On);

/// <summary>
/// The preliminary check of the right to a measure against its eligibility (categories of the applicant valid on the date,
/// the child's age on the start date, residence in the district). The findings advise the specialist; the decision is theirs.
/// </summary>
public static class EligibilityCheck
{
    public static IReadOnlyList<EligibilityFinding> Check(Measure measure, EligibilityFacts facts)
    {
        var e = measure.Eligibility;
        var findings = new List<EligibilityFinding>();
        if (e.CategoryCodes.Count > 0)
        {
            var held = e.CategoryCodes.Intersect(facts.ApplicantCategoryCodes, StringComparer.OrdinalIgnoreCase).ToList();
            findings.Add(
                held.Count > 0
                    ? new(FindingKind.Met, $"Заявитель относится к категории {string.Join(", ", held)} на {facts.On:dd.MM.yyyy}.")
                    : new(
                        FindingKind.NotMet,
                        $"У заявителя нет действующей на {facts.On:dd.MM.yyyy} категории из перечня меры ({string.Join(", ", e.CategoryCodes)})."
                    )
            );
        }
        if (e.ForChild)
        {
            if (facts.ChildBirthDate is not { } birth)
                findings.Add(new(FindingKind.NotMet, "Мера назначается на ребёнка: укажите ребёнка в заявлении."));
            else
            {
                var age = AgeOn(birth, facts.On);
                var range = Range(e.ChildMinAge, e.ChildMaxAge);
                var fits = (e.ChildMinAge is not { } min || age >= min) && (e.ChildMaxAge is not { } max || age < max);
                findings.Add(
                    new(
                        fits ? FindingKind.Met : FindingKind.NotMet,
                        $"Возраст ребёнка ({facts.ChildName}) на {facts.On:dd.MM.yyyy}: {RussianPlural.Years(age)}"
                            + (range.Length > 0 ? (fits ? $" — в пределах {range}." : $" — вне пределов {range}.") : ".")
                    )
                );
            }
        }
        if (e.ResidenceInDistrict)
        {
            findings.Add(facts.ApplicantLivesInDistrict
                ? new(FindingKind.Met, "Заявитель проживает в районе управления.")
                : new(FindingKind.NotMet, "Заявитель не проживает в районе управления: мера предоставляется по месту жительства."));
            if (e.ForChild && facts.ChildBirthDate is not null && !facts.ChildLivesInDistrict)
                findings.Add(new(FindingKind.NotMet, "Ребёнок учтён в реестре другого района."));
        }
        if (e.IncomeLimitFactor is { } factor)
            findings.Add(
                new(
                    FindingKind.ToCheck,
                    $"Среднедушевой доход семьи не должен превышать {factor:0.##} прожиточного минимума — проверьте по документам о доходах."
                )
            );
        if (e.Conditions.Length > 0)
            findings.Add(new(FindingKind.ToCheck, e.Conditions));
        return findings;
    }

    public static int AgeOn(DateOnly birth, DateOnly on)
    {
        var age = on.Year - birth.Year;
        if (birth.AddYears(age) > on) age--;
        return age;
    }

    private static string Range(int? min, int? max) => (min, max) switch
    {
        ({ } a, { } b) => $"от {a} до {b} лет",
        ({ } a, null) => $"от {a} лет",
        (null, { } b) => $"до {b} лет",
        _ => "",
    };
}
