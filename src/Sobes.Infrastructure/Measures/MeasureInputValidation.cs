using Microsoft.EntityFrameworkCore;
using Sobes.Domain.Common;
using Sobes.Domain.Measures;
using Sobes.Infrastructure.Persistence;

namespace Sobes.Infrastructure.Measures;

/// <summary>The checks of a measure and of a dated amount before the catalogue saves them; every error names its field.</summary>
public sealed class MeasureInputValidation(SobesDbContext db, IMeasureRegulations regulations)
{
    /// <summary>Variables every formula may use besides the parameters: the dated value and the children counts.</summary>
    private static readonly string[] BuiltInVariables =
    [
        AmountCalculator.BaseVariable,
        AmountCalculator.ChildrenVariable,
        AmountCalculator.IncrementChildrenVariable,
    ];

    public async Task<List<ValidationError>> ValidateAsync(MeasureInput input, int? id, CancellationToken ct)
    {
        var errors = new List<ValidationError>();
        var code = input.Code?.Trim() ?? "";
        if (code.Length == 0) errors.Add(new("code", "Укажите код меры."));
        else if (code.Length > 40) errors.Add(new("code", "Код меры — не длиннее 40 символов."));
        else if (await db.Measures.AnyAsync(m => m.Code == code && m.Id != id, ct)) errors.Add(new("code", $"Мера с кодом «{code}» " +
            $"уже есть в каталоге."));
        if (string.IsNullOrWhiteSpace(input.Name)) errors.Add(new("name", "Укажите наименование меры."));
        if (!Enum.IsDefined(input.Kind)) errors.Add(new("kind", "Укажите вид меры (ежемесячная, единовременная …)."));
        if (!Enum.IsDefined(input.Funding)) errors.Add(new("funding", "Укажите уровень финансирования."));
        if (!Enum.IsDefined(input.AmountRule)) errors.Add(new("amountRule", "Укажите правило расчёта размера."));
        if (!Enum.IsDefined(input.StartRule)) errors.Add(new("startRule", "Укажите правило начала выплаты."));
        if (!Enum.IsDefined(input.EndRule)) errors.Add(new("endRule", "Укажите правило окончания выплаты."));
        if (!Enum.IsDefined(input.StopRule)) errors.Add(new("stopRule", "Укажите, с какого дня основание прекращает выплату."));
        if (!Enum.IsDefined(input.PartialMonth)) errors.Add(new("partialMonth", "Укажите правило неполного месяца."));
        var parameterCodes = await db.MeasureParameters.Select(p => p.Code).Distinct().ToListAsync(ct);
        switch (input.AmountRule)
        {
            case AmountRuleKind.Formula:
                errors.AddRange(FormulaErrors(input.Formula, parameterCodes));
                break;
            case AmountRuleKind.Percentage when string.IsNullOrWhiteSpace(input.BaseParameterCode):
                errors.Add(new("baseParameterCode", "Для размера в процентах укажите параметр, от которого берётся процент."));
                break;
            case AmountRuleKind.Percentage when !parameterCodes.Contains(input.BaseParameterCode!.Trim()):
                errors.Add(new("baseParameterCode", $"Нет параметра «{input.BaseParameterCode!.Trim()}»: сначала внесите его значение."));
                break;
        }
        AddTermAndEligibilityErrors(input, errors);
        var e = input.Eligibility;
        var codes = e.CategoryCodes.Select(c => c.Trim().ToUpperInvariant()).Where(c => c.Length > 0).Distinct().ToList();
        var known = await db.CategoryKinds.Where(k => codes.Contains(k.Code)).Select(k => k.Code).ToListAsync(ct);
        foreach (var unknown in codes.Except(known))
            errors.Add(new("eligibility.categoryCodes", $"Нет категории «{unknown}» в справочнике категорий."));
        if (input.RegulationId is { } rid && await regulations.FindAsync(rid, ct) is null) errors.Add(new("regulationId", "Нет такого регламента."));
        var actIds = input.Bases.Select(b => b.LegalActId).Distinct().ToList();
        var knownActs = await db.LegalActs.Where(a => actIds.Contains(a.Id)).Select(a => a.Id).ToListAsync(ct);
        if (knownActs.Count != actIds.Count) errors.Add(new("bases", "Основание ссылается на акт, которого нет в перечне актов."));
        for (var i = 0; i < input.StopGrounds.Count; i++)
        {
            var g = input.StopGrounds[i];
            if (string.IsNullOrWhiteSpace(g.Code)) errors.Add(new($"stopGrounds[{i}].code", "Укажите код основания прекращения."));
            if (string.IsNullOrWhiteSpace(g.Text)) errors.Add(new($"stopGrounds[{i}].text", "Укажите текст основания прекращения."));
        }
        if (input.StopGrounds.Select(g => g.Code?.Trim()).Distinct().Count() != input.StopGrounds.Count)
            errors.Add(new("stopGrounds", "Коды оснований прекращения повторяются."));
        return errors;
    }

    /// <summary>The payment term fits the kind of measure; the child's ages and the income limit are sane.</summary>
    private static void AddTermAndEligibilityErrors(MeasureInput input, List<ValidationError> errors)
    {
        if (input.Kind == MeasureKind.OneTime && input.EndRule != PaymentEndRule.Once)
            errors.Add(new("endRule", "Единовременная мера выплачивается один раз: выберите окончание «однократно»."));
        if (input.Kind == MeasureKind.Monthly && input.EndRule == PaymentEndRule.Once)
            errors.Add(new("endRule", "Ежемесячная мера не может выплачиваться однократно."));
        if (input.EndRule == PaymentEndRule.UntilChildAge)
        {
            if (input.EndAge is not (>= 1 and <= 30))
                errors.Add(new("endAge", "Укажите возраст ребёнка, до которого выплачивается мера (1–30 лет)."));
            if (!input.Eligibility.ForChild)
                errors.Add(new("eligibility.forChild", "Выплата до возраста ребёнка — отметьте, что мера назначается на ребёнка."));
        }
        if (input.EndRule == PaymentEndRule.FixedMonths && input.DurationMonths is not (>= 1 and <= 120))
            errors.Add(new("durationMonths", "Укажите срок выплаты в месяцах (1–120)."));
        var e = input.Eligibility;
        if (e.ChildMinAge is < 0 or > 30) errors.Add(new("eligibility.childMinAge", "Возраст ребёнка — от 0 до 30 лет."));
        if (e.ChildMaxAge is < 1 or > 30) errors.Add(new("eligibility.childMaxAge", "Предельный возраст ребёнка — от 1 до 30 лет."));
        if (e.ChildMinAge is { } min && e.ChildMaxAge is { } max && min >= max)
            errors.Add(
                new(
                    "eligibility.childMaxAge",
                    "Предельный возраст (не включая) должен быть больше начального: «от 3 до 7 лет включительно» — это 3 и 8."
                )
            );
        if ((e.ChildMinAge ?? e.ChildMaxAge) is not null && !e.ForChild)
            errors.Add(new("eligibility.forChild", "Возраст ребёнка задан — отметьте, что мера назначается на ребёнка."));
        if (e.IncomeLimitFactor is <= 0 or > 10)
            errors.Add(new("eligibility.incomeLimitFactor", "Предел дохода — от 0 до 10 прожиточных минимумов."));
    }

    private static IEnumerable<ValidationError> FormulaErrors(string? text, IReadOnlyCollection<string> parameterCodes)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            yield return new("formula", "Укажите формулу размера, например «Б*(1+0.15*(Д-1)+0.2*Д3)*РК».");
            yield break;
        }
        Formula formula;
        string? error = null;
        try { formula = Formula.Parse(text.Trim()); }
        catch (FormulaException f) { formula = null!; error = f.Message; }
        if (error is not null)
        {
            yield return new("formula", error);
            yield break;
        }
        var unknown = formula.Variables.Where(v => !BuiltInVariables.Contains(v) && !parameterCodes.Contains(v)).Order().ToList();
        if (unknown.Count > 0)
            yield return new(
                "formula",
                $"Неизвестные переменные формулы: {string.Join(", ", unknown)}. Допустимы Б, Д, Д3 и коды параметров " +
                    $"({string.Join(", ", parameterCodes.Order())})."
            );
    }

    public async Task<List<ValidationError>> ValidateAmountAsync(AmountInput input, AmountRuleKind rule, string prefix, CancellationToken ct)
    {
        string F(string field) => prefix.Length == 0 ? field : $"{prefix}.{field}";
        var errors = new List<ValidationError>();
        if (input.ValidFrom == default) errors.Add(new(F("validFrom"), "Укажите дату, с которой действует размер."));
        if (input.Value < 0) errors.Add(new(F("value"), "Размер не может быть отрицательным."));
        else if (input.Value == 0 && rule is not AmountRuleKind.Documented) errors.Add(new(F("value"), "Размер должен быть больше нуля."));
        if (rule == AmountRuleKind.Percentage && input.Value > 1000) errors.Add(new(F("value"), "Процент не может превышать 1000."));
        if (input.Value > 100_000_000) errors.Add(new(F("value"), "Размер слишком велик."));
        if (input.LegalActId is null && input.NewLegalAct is null)
            errors.Add(new(F("legalActId"), "Укажите акт, которым установлен размер: выберите из перечня или внесите новый."));
        if (input.LegalActId is { } id && !await db.LegalActs.AnyAsync(a => a.Id == id, ct))
            errors.Add(new(F("legalActId"), "Нет такого акта в перечне."));
        if (input.LegalActId is null && input.NewLegalAct is { } act) errors.AddRange(MeasuresValidation.LegalAct(act, F("newLegalAct")));
        return errors;
    }
}

public static class MeasuresValidation
{
    public static IEnumerable<ValidationError> LegalAct(LegalActInput input, string prefix)
    {
        string F(string field) => prefix.Length == 0 ? field : $"{prefix}.{field}";
        if (!Enum.IsDefined(input.Type)) yield return new(F("type"), "Укажите вид акта.");
        if (string.IsNullOrWhiteSpace(input.Number)) yield return new(F("number"), "Укажите номер акта.");
        else if (input.Number.Trim().Length > 50) yield return new(F("number"), "Номер акта — не длиннее 50 символов.");
        if (input.AdoptedOn == default) yield return new(F("adoptedOn"), "Укажите дату принятия акта.");
        if (input.Title?.Length > 1000) yield return new(F("title"), "Название акта — не длиннее 1000 символов.");
    }
}

/// <summary>Orders report lines «7.9» before «7.10» and «7.11; 7.27» by its first line.</summary>
public sealed class ReportLineComparer : IComparer<string?>
{
    public static readonly ReportLineComparer Instance = new();

    public int Compare(string? x, string? y)
    {
        var a = First(x).Split('.');
        var b = First(y).Split('.');
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            var c = int.TryParse(a[i], out var p) && int.TryParse(b[i], out var q) ? p.CompareTo(q) : string.CompareOrdinal(a[i], b[i]);
            if (c != 0) return c;
        }
        return a.Length.CompareTo(b.Length);
    }

    private static string First(string? line) => (line ?? "").Split(';')[0].Replace("VII ", "").Trim();
}
