using Sobes.Domain.Common;
using Sobes.Domain.Measures;

namespace Sobes.Web.Areas.Measures;

/// <summary>Russian names of the catalogue's enums for pages and API answers.</summary>
public static class CatalogueText
{
    public static string CatalogueName(this MeasureKind k) => k switch
    {
        MeasureKind.Monthly => "ежемесячная",
        MeasureKind.OneTime => "единовременная",
        MeasureKind.Yearly => "ежегодная",
        MeasureKind.Compensation => "компенсация расходов",
        MeasureKind.Status => "статус, удостоверение",
        MeasureKind.InKind => "в натуральной форме",
        _ => k.ToString(),
    };

    public static string CatalogueName(this FundingLevel f) => f.Russian();

    public static string CatalogueName(this AmountRuleKind r) => r switch
    {
        AmountRuleKind.Fixed => "фиксированный размер",
        AmountRuleKind.PerChild => "размер × число детей",
        AmountRuleKind.Percentage => "процент от параметра",
        AmountRuleKind.Formula => "по формуле",
        AmountRuleKind.Documented => "по документам (фактические расходы)",
        AmountRuleKind.None => "без денежной выплаты",
        _ => r.ToString(),
    };

    public static string CatalogueName(this PaymentStartRule r) => r switch
    {
        PaymentStartRule.FromApplicationMonth => "с 1-го числа месяца обращения",
        PaymentStartRule.FromApplicationDate => "со дня обращения",
        PaymentStartRule.FromEventDate => "с даты события (рождения, передачи ребёнка, договора)",
        PaymentStartRule.FromDecisionDate => "со дня решения",
        _ => r.ToString(),
    };

    public static string CatalogueName(this PaymentEndRule r) => r switch
    {
        PaymentEndRule.Indefinite => "бессрочно, до основания прекращения",
        PaymentEndRule.UntilChildAge => "до достижения ребёнком возраста",
        PaymentEndRule.FixedMonths => "на срок в месяцах",
        PaymentEndRule.UntilContractEnd => "до окончания договора",
        PaymentEndRule.Once => "однократно",
        _ => r.ToString(),
    };

    public static string CatalogueName(this StopDateRule r) => r switch
    {
        StopDateRule.FromEventDay => "со дня события",
        StopDateRule.FromNextMonth => "с 1-го числа следующего месяца",
        _ => r.ToString(),
    };

    public static string CatalogueName(this PartialMonthRule r) => r switch
    {
        PartialMonthRule.ProRataCalendarDays => "пропорционально календарным дням",
        PartialMonthRule.FullMonth => "за полный месяц",
        _ => r.ToString(),
    };

    /// <summary>The value of a dated amount as the rule reads it: roubles, or percent of the base parameter.</summary>
    public static string AmountText(this Measure m, decimal value) => m.AmountRule switch
    {
        AmountRuleKind.Percentage => $"{value:0.##} % от {m.BaseParameterCode}",
        AmountRuleKind.Formula => $"Б = {RussianFormat.MoneyExactFigure(value)}",
        AmountRuleKind.Documented => value > 0 ? $"не более {RussianFormat.Money(value)}" : "без предела",
        _ => RussianFormat.Money(value),
    };

    /// <summary>Who may receive it, in words.</summary>
    public static string EligibilityText(this Measure m, IReadOnlyDictionary<string, string> categoryNames)
    {
        var e = m.Eligibility;
        var parts = new List<string>();
        parts.Add(
            e.CategoryCodes.Count == 0
                ? "без категории в реестре"
                : "категории: " + string.Join(", ", e.CategoryCodes.Select(c => categoryNames.TryGetValue(c, out var n) ? $"{n} ({c})" : c))
        );
        if (e.ForChild)
        {
            var ages = (e.ChildMinAge, e.ChildMaxAge) switch
            {
                ({ } min, { } max) => $" от {min} до {max - 1} лет включительно",
                (null, { } max) => $" до {max} лет",
                ({ } min, null) => $" от {min} лет",
                _ => "",
            };
            parts.Add("назначается на ребёнка" + ages);
        }
        if (e.IncomeLimitFactor is { } f) parts.Add($"среднедушевой доход не выше {f:0.##} прожиточного минимума");
        if (e.ResidenceInDistrict) parts.Add("проживание в районе");
        return string.Join("; ", parts);
    }
}
