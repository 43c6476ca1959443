using Microsoft.EntityFrameworkCore;
using Sobes.Domain.Audit;
using Sobes.Domain.Common;
using Sobes.Domain.Measures;
using Sobes.Domain.Organisations;
using Sobes.Domain.SocialServices;
using Sobes.Infrastructure.Audit;
using Sobes.Infrastructure.Persistence;

namespace Sobes.Infrastructure.Measures;

/// <summary>The parameters of amount formulas (РК, ЖКУ, ПМд …) by territory and date; a new value recalculates the measures that use it.</summary>
public sealed class MeasureParameters(SobesDbContext db, AuditLog audit, AssignmentFactory assignments, MeasureLegalActs acts)
{
    public Task<List<MeasureParameter>> ParametersAsync(CancellationToken ct = default) =>
        db
            .MeasureParameters.AsNoTracking()
            .Include(p => p.LegalAct)
            .OrderBy(p => p.Code)
            .ThenBy(p => p.TerritoryId)
            .ThenByDescending(p => p.ValidFrom)
            .ToListAsync(ct);

    /// <summary>
    /// A new dated value of a parameter (РК, ЖКУ, ПМд …): every measure whose formula or percentage uses it is recalculated from its date.
    /// The value must be stored before the recalculation reads it, so both saves run in one transaction.
    /// </summary>
    public async Task<ParameterAdded> AddParameterAsync(UserContext user, ParameterInput input, CancellationToken ct = default)
    {
        MeasuresAccess.RequireCatalogueEditor(user);
        var code = input.Code?.Trim() ?? "";
        DomainValidationException.ThrowIfAny(await ValidateAsync(input, code, ct));

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var parameter = new MeasureParameter
        {
            Code = code, Name = input.Name!.Trim(), TerritoryId = input.TerritoryId, ValidFrom = input.ValidFrom, Value = input.Value,
            LegalAct = await acts.ActAsync(user, input.LegalActId, input.NewLegalAct, ct), Note = input.Note?.Trim() ?? "",
        };
        db.MeasureParameters.Add(parameter);
        var territory = input.TerritoryId is { } t ? await db.Territories.Where(x => x.Id == t).Select(x => x.Name).FirstAsync(ct) : "вся область";
        audit.Add(
            user,
            AuditAction.Create,
            nameof(MeasureParameter),
            code,
            null,
            $"Параметр {code} ({territory}) = {parameter.Value:0.####} с {parameter.ValidFrom:dd.MM.yyyy}"
                + (parameter.LegalAct is { } a ? $"; {a.Citation}" : "")
        );
        await db.SaveChangesAsync(ct);

        var (recalculated, users) = await RecalculateUsersAsync(user, code, parameter, ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return new ParameterAdded(parameter, recalculated, users);
    }

    private async Task<List<ValidationError>> ValidateAsync(ParameterInput input, string code, CancellationToken ct)
    {
        var errors = new List<ValidationError>();
        if (code.Length == 0) errors.Add(new("code", "Укажите код параметра (переменную формулы), например «РК»."));
        else if (!char.IsLetter(code[0]) || !code.All(c => char.IsLetterOrDigit(c) || c == '_') || code.Length > 40)
            errors.Add(new("code", "Код параметра — буквы и цифры, начинается с буквы (как переменная формулы)."));
        else if (code is AmountCalculator.BaseVariable or AmountCalculator.ChildrenVariable or AmountCalculator.IncrementChildrenVariable)
            errors.Add(new("code", "Б, Д и Д3 — встроенные переменные формул, параметр так назвать нельзя."));
        if (string.IsNullOrWhiteSpace(input.Name)) errors.Add(new("name", "Укажите наименование параметра."));
        if (input.ValidFrom == default) errors.Add(new("validFrom", "Укажите дату, с которой действует значение."));
        if (input.Value <= 0) errors.Add(new("value", "Значение параметра должно быть больше нуля."));
        if (input.TerritoryId is { } tid && !await db.Territories.AnyAsync(t => t.Id == tid, ct))
            errors.Add(new("territoryId", "Нет такой территории."));
        if (
            code.Length > 0
            && await db.MeasureParameters.AnyAsync(
                p => p.Code == code && p.TerritoryId == input.TerritoryId && p.ValidFrom == input.ValidFrom,
                ct
            )
        )
            errors.Add(new("validFrom", $"Значение «{code}» для этой территории с {input.ValidFrom:dd.MM.yyyy} уже внесено."));
        if (input.LegalActId is { } aid && !await db.LegalActs.AnyAsync(a => a.Id == aid, ct))
            errors.Add(new("legalActId", "Нет такого акта в перечне."));
        if (input.LegalActId is null && input.NewLegalAct is { } newAct) errors.AddRange(MeasuresValidation.LegalAct(newAct, "newLegalAct"));
        return errors;
    }

    /// <summary>Recalculates every measure whose formula or percentage uses the parameter from the value's date.</summary>
    private async Task<(int Recalculated, List<string> Measures)> RecalculateUsersAsync(
        UserContext user,
        string code,
        MeasureParameter parameter,
        CancellationToken ct
    )
    {
        var users = (
            await db
                .Measures.Include(m => m.Amounts)
                .Where(m => m.AmountRule == AmountRuleKind.Formula || m.AmountRule == AmountRuleKind.Percentage)
                .ToListAsync(ct)
        )
            .Where(m => m.BaseParameterCode == code || (m.Formula is { } f && Formula.Parse(f).Variables.Contains(code)))
            .ToList();
        var recalculated = 0;
        foreach (var m in users)
            recalculated += await assignments.RecalculateMeasureAsync(
                user,
                m,
                parameter.ValidFrom,
                $"Параметр {code} = {parameter.Value:0.####} с {parameter.ValidFrom:dd.MM.yyyy}",
                ct
            );
        return (recalculated, users.Select(m => m.Code).ToList());
    }
}
