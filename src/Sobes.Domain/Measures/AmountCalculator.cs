using Sobes.Domain.Common;

namespace Sobes.Domain.Measures;

/// <summary>Inputs of one amount computation.</summary>
public sealed record AmountContext(
    DateOnly On,
    int Children = 1,
    int ChildrenWithIncrement = 0,
    decimal? DocumentedSum = null,
    IReadOnlyDictionary<string, decimal>? Parameters = null);

public sealed record AmountResult(decimal Amount, string Basis);

/// <summary>
/// The amount of a measure on a date from its dated values and parameters. Rounded to kopecks once, at the end,
/// half away from zero (the rule of the whole system).
/// Formula variables: «Б» the measure's value on the date, «Д» children, «Д3» children with an increment, and every parameter code.
/// </summary>
public static class AmountCalculator
{
    public const string BaseVariable = "Б";
    public const string ChildrenVariable = "Д";
    public const string IncrementChildrenVariable = "Д3";

    public static decimal Round(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);

    /// <summary>The value valid on the date: the latest with ValidFrom ≤ date.</summary>
    public static MeasureAmount? ValueOn(IEnumerable<MeasureAmount> amounts, DateOnly on) =>
        amounts.Where(a => a.ValidFrom <= on).OrderByDescending(a => a.ValidFrom).FirstOrDefault();

    /// <summary>Parameters valid on the date for a territory: a territory's own value wins over the region-wide one.</summary>
    public static Dictionary<string, decimal> ParametersOn(IEnumerable<MeasureParameter> parameters, int? territoryId, DateOnly on) =>
        parameters.Where(p => p.ValidFrom <= on && (p.TerritoryId == null || p.TerritoryId == territoryId))
            .GroupBy(p => p.Code)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(p => p.TerritoryId.HasValue).ThenByDescending(p => p.ValidFrom).First().Value);

    public static AmountResult Compute(Measure measure, AmountContext context)
    {
        if (measure.AmountRule == AmountRuleKind.None) return new AmountResult(0m, "Мера без денежной выплаты");
        var value = ValueOn(measure.Amounts, context.On);
        if (value is null && measure.AmountRule != AmountRuleKind.Documented)
            throw new DomainValidationException([new("amount", $"Для меры «{measure.Name}» не установлен размер на {context.On:dd.MM.yyyy}.")]);
        var b = value?.Value ?? 0m;
        var parameters = context.Parameters ?? new Dictionary<string, decimal>();
        switch (measure.AmountRule)
        {
            case AmountRuleKind.Fixed:
                return new AmountResult(Round(b), $"{RussianFormat.Money(b)} с {value!.ValidFrom:dd.MM.yyyy}");
            case AmountRuleKind.PerChild:
            {
                var amount = Round(b * context.Children);
                return new AmountResult(amount, $"{RussianFormat.Money(b)} × {context.Children} = {RussianFormat.Money(amount)}");
            }
            case AmountRuleKind.Percentage:
                return Percentage(measure, context, b, parameters);
            case AmountRuleKind.Formula:
                return ByFormula(measure, context, b, parameters);
            case AmountRuleKind.Documented:
            {
                var sum = context.DocumentedSum ?? 0m;
                var capped = value is { Value: > 0 } && sum > b ? b : sum;
                var amount = Round(capped);
                return new AmountResult(
                    amount,
                    capped < sum
                        ? $"по документам {RussianFormat.Money(sum)}, не более {RussianFormat.Money(b)}"
                        : $"по документам {RussianFormat.Money(amount)}"
                );
            }
            default:
                throw new ArgumentOutOfRangeException(nameof(measure), measure.AmountRule, null);
        }
    }

    private static AmountResult Percentage(Measure measure, AmountContext context, decimal b, IReadOnlyDictionary<string, decimal> parameters)
    {
        var code = measure.BaseParameterCode ?? "";
        if (!parameters.TryGetValue(code, out var baseValue))
            throw new DomainValidationException([new("amount", $"Не задан параметр «{code}» на {context.On:dd.MM.yyyy}.")]);
        var amount = Round(baseValue * b / 100m);
        return new AmountResult(
            amount,
            $"{b.ToString("0.##", RussianFormat.Culture)} % от {code} ({RussianFormat.Money(baseValue)}) = {RussianFormat.Money(amount)}"
        );
    }

    private static AmountResult ByFormula(Measure measure, AmountContext context, decimal b, IReadOnlyDictionary<string, decimal> parameters)
    {
        var formula = Formula.Parse(measure.Formula ?? "");
        var inputs = new Dictionary<string, decimal>(parameters)
        {
            [BaseVariable] = b,
            [ChildrenVariable] = context.Children,
            [IncrementChildrenVariable] = context.ChildrenWithIncrement,
        };
        var missing = formula.Variables.Where(v => !inputs.ContainsKey(v)).ToList();
        if (missing.Count > 0)
            throw new DomainValidationException([
                new("amount", $"Не заданы параметры формулы на {context.On:dd.MM.yyyy}: {string.Join(", ", missing)}."),
            ]);
        var raw = formula.Evaluate(inputs)
                  ?? throw new DomainValidationException([new("amount", "Формула размера не определена (деление на ноль).")]);
        var amount = Round(raw);
        var shown = string.Join(
            "; ",
            formula.Variables.OrderBy(v => v).Select(v => $"{v} = {inputs[v].ToString("0.####", RussianFormat.Culture)}")
        );
        return new AmountResult(amount, $"{measure.Formula} при {shown} = {RussianFormat.Money(amount)}");
    }
}
