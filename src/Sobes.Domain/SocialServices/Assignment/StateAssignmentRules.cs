using Sobes.Domain.Common;

namespace Sobes.Domain.SocialServices;

public static class StateAssignmentRules
{
    /// <summary>Indicators of a part in the order of its sections, each shared indicator once.</summary>
    public static IReadOnlyList<Indicator> IndicatorsOf(AssignmentPart part) =>
        part.Sections.OrderBy(s => s.Ordinal)
            .SelectMany(s => s.Indicators.OrderBy(i => i.Order))
            .Select(si => si.Indicator ?? throw new InvalidOperationException($"Показатель {si.IndicatorId} не загружен."))
            .Distinct()
            .ToList();

    /// <summary>Sections that report against the indicator.</summary>
    public static IReadOnlyList<AssignmentSection> SectionsOf(StateAssignment assignment, Indicator indicator) =>
        assignment.Parts.SelectMany(p => p.Sections)
            .Where(s => s.Indicators.Any(si => ReferenceEquals(si.Indicator, indicator) || (indicator.Id != 0 && si.IndicatorId == indicator.Id)))
            .ToList();

    /// <summary>Consistency of a loaded assignment: codes, formulas and their inputs, year roles, section links.</summary>
    public static IReadOnlyList<ValidationError> Validate(StateAssignment assignment)
    {
        var errors = new List<ValidationError>();
        foreach (var dup in assignment.Indicators.GroupBy(i => i.Code).Where(g => g.Count() > 1))
            errors.Add(new("indicators", $"Код показателя {dup.Key} повторяется."));
        foreach (var indicator in assignment.Indicators)
        {
            var field = $"indicators[{indicator.Code}]";
            if (indicator.Formula is { } text)
            {
                try
                {
                    var formula = Formula.Parse(text);
                    var described = indicator.Inputs.Select(i => i.Symbol).ToHashSet();
                    foreach (var name in formula.Variables.Where(v => !described.Contains(v)))
                        errors.Add(new($"{field}.inputs", $"В формуле {text} не описано значение «{name}»."));
                }
                catch (FormulaException e) { errors.Add(new($"{field}.formula", e.Message)); }
            }
            foreach (var value in indicator.PlanValues.Where(v => assignment.RoleOf(v.Year) != v.Role))
                errors.Add(
                    new(
                        $"{field}.planValues",
                        $"{value.Year} год не может быть «{value.Role.Russian()}» в задании на {assignment.FinancialYear} год."
                    )
                );
            if (SectionsOf(assignment, indicator).Count == 0)
                errors.Add(new(field, "Показатель не относится ни к одной услуге или работе."));
        }
        foreach (var section in assignment.Parts.SelectMany(p => p.Sections).Where(s => s.Indicators.Count == 0))
            errors.Add(new($"sections[{section.Number}]", "У услуги (работы) нет показателей."));
        return errors;
    }
}
