using Microsoft.EntityFrameworkCore;
using Sobes.Domain.Audit;
using Sobes.Domain.Common;
using Sobes.Domain.Guardianship;
using Sobes.Domain.Organisations;
using Sobes.Domain.Registry;
using Sobes.Infrastructure.Audit;
using Sobes.Infrastructure.Persistence;
using Sobes.Infrastructure.Registry;
using static Sobes.Infrastructure.Guardianship.ChildCareViews;
using static Sobes.Infrastructure.Guardianship.GuardianshipRecords;

namespace Sobes.Infrastructure.Guardianship;

/// <summary>
/// A foster-family contract is concluded with the children placed under it, or a child is added to a running one (seed 002 cl. 14.2): each
/// child within the contract's term and in no other family at the same time (subcl. 3); the foster parents get the registry category
/// «Приёмный родитель»; a child added later starts the family's payments for that child.
/// </summary>
public sealed class FosterContractConclusion(SobesDbContext db, AuditLog audit, RegionClock clock, GuardianshipAccess access,
    GuardianshipRecords records, FosterPayments payments, ChildRegister children, RegistryService registry)
{
    public const string DefaultGuardianshipBody =
        "Управление социальной защиты населения администрации Варненского муниципального района (орган опеки и попечительства)";

    public async Task<FosterContract> CreateContractAsync(UserContext user, FosterContractInput input, CancellationToken ct = default)
    {
        await access.RequireWriterAsync(user, ct);
        var errors = await CheckTermsAsync(user, input, ct);
        var on = input.ConcludedOn ?? clock.Today;
        var parent = await ParentAsync(user, input.FosterParentCitizenId, on, "fosterParentCitizenId", errors, ct);
        Citizen? second = null;
        if (input.SecondFosterParentCitizenId is { } sid)
        {
            if (sid == input.FosterParentCitizenId) errors.Add(new("secondFosterParentCitizenId", "Второй приёмный родитель — другой человек."));
            else second = await ParentAsync(user, sid, on, "secondFosterParentCitizenId", errors, ct);
        }
        if (input.Children.Count == 0) errors.Add(new("children", "Укажите хотя бы одного ребёнка, передаваемого в семью."));
        if (input.Children.Select(c => c.ChildInCareId).Distinct().Count() != input.Children.Count)
            errors.Add(new("children", "Ребёнок указан дважды."));
        DomainValidationException.ThrowIfAny(errors);

        var contract = new FosterContract
        {
            Number = input.Number!.Trim(), ConcludedOn = input.ConcludedOn!.Value, OrganisationId = user.OrganisationId,
            GuardianshipBody = string.IsNullOrWhiteSpace(input.GuardianshipBody) ? await BodyAsync(user, ct) : input.GuardianshipBody.Trim(),
            FosterParentCitizenId = parent!.Id, SecondFosterParentCitizenId = second?.Id, From = input.From!.Value, To = input.To!.Value,
        };
        var names = new List<string>();
        for (var i = 0; i < input.Children.Count; i++)
        {
            var c = input.Children[i];
            var name = await PlaceAsync(user, contract, c.ChildInCareId, c.PlacedFrom, c.PlannedUntil, $"children[{i}]", errors, ct);
            if (name is not null) names.Add(name);
        }
        DomainValidationException.ThrowIfAny(errors);
        db.FosterContracts.Add(contract);
        await GiveFosterCategoryAsync(user, parent, contract, ct);
        if (second is not null) await GiveFosterCategoryAsync(user, second, contract, ct);
        audit.Add(user, AuditAction.Create, ContractEntity, null, parent.Id,
            $"Договор о приёмной семье № {contract.Number} от {contract.ConcludedOn:dd.MM.yyyy}: {parent.FullName}; "
            + $"срок {contract.From:dd.MM.yyyy}–{contract.To:dd.MM.yyyy}; дети: {string.Join(", ", names)}");
        await records.SaveAsync(ct);
        return contract;
    }

    /// <summary>The contract form: the foster parent from the registry (when chosen) and at most <paramref name="take"/> children a
    /// family can take.</summary>
    public async Task<FosterContractForm> FormAsync(UserContext user, long fosterParentCitizenId, int take, CancellationToken ct = default)
    {
        var parent = fosterParentCitizenId > 0 ? await registry.GetAsync(user, fosterParentCitizenId, ct) : null;
        return new FosterContractForm(parent, (await children.CandidatesAsync(user, ct)).Take(take).ToList());
    }

    public async Task<FosterContract> AddChildAsync(UserContext user, long contractId, AddContractChildInput input, CancellationToken ct = default)
    {
        await access.RequireWriterAsync(user, ct);
        var contract = await records.LoadContractForChangeAsync(user, contractId, input.Version, ct);
        if (contract.EndedFrom is not null) throw new ConflictException("Договор прекращён: ребёнка передают по новому договору.");
        var errors = new List<ValidationError>();
        var name = await PlaceAsync(user, contract, input.ChildInCareId, input.PlacedFrom, input.PlannedUntil, "", errors, ct);
        DomainValidationException.ThrowIfAny(errors);
        contract.Version++;
        audit.Add(user, AuditAction.Update, ContractEntity, contract.Id.ToString(), contract.FosterParentCitizenId,
            $"В приёмную семью по договору № {contract.Number} передан(а) {name} с {input.PlacedFrom:dd.MM.yyyy}");
        await payments.SyncAsync(user, contract, input.PlacedFrom!.Value, $"Передан(а) в приёмную семью {name} (договор № {contract.Number})", ct);
        await records.SaveAsync(ct);
        return contract;
    }

    /// <summary>The contract's own data: a number unique in the department, the date of conclusion, the term, the guardianship
    /// body.</summary>
    private async Task<List<ValidationError>> CheckTermsAsync(UserContext user, FosterContractInput input, CancellationToken ct)
    {
        var errors = new List<ValidationError>();
        var number = input.Number?.Trim();
        if (string.IsNullOrWhiteSpace(number)) errors.Add(new("number", "Укажите номер договора."));
        else if (number.Length > 50) errors.Add(new("number", "Номер не длиннее 50 знаков."));
        else if (await db.FosterContracts.AnyAsync(c => c.OrganisationId == user.OrganisationId && c.Number == number, ct))
            errors.Add(new("number", $"Договор № {number} уже зарегистрирован в управлении."));
        if (input.ConcludedOn is not { } concluded) errors.Add(new("concludedOn", "Укажите дату заключения договора."));
        else if (concluded > clock.Today) errors.Add(new("concludedOn", "Дата заключения не может быть в будущем."));
        if (input.From is null) errors.Add(new("from", "Укажите начало срока договора."));
        if (input.To is not { } to) errors.Add(new("to", "Укажите окончание срока договора."));
        else if (input.From is { } f && to <= f) errors.Add(new("to", "Срок договора должен оканчиваться позже его начала."));
        if (input.GuardianshipBody is { Length: > 500 }) errors.Add(new("guardianshipBody", "Не длиннее 500 знаков."));
        return errors;
    }

    /// <summary>
    /// Places a child in care under the contract: from the contract's start, within its term, not in another family at the same time
    /// (cl. 14.2 subcl. 3); an open institution placement ends on the day of the move. Returns the child's name, or null with errors added.
    /// </summary>
    private async Task<string?> PlaceAsync(
        UserContext user,
        FosterContract contract,
        long childInCareId,
        DateOnly? placedFrom,
        DateOnly? plannedUntil,
        string prefix,
        List<ValidationError> errors,
        CancellationToken ct
    )
    {
        string F(string field) => prefix.Length == 0 ? field : $"{prefix}.{field}";
        var child = await db.ChildrenInCare.Include(c => c.Schooling).Include(c => c.Placements).ThenInclude(p => p.FosterContract)
            .FirstOrDefaultAsync(c => c.Id == childInCareId && db.Citizens.VisibleTo(user).Any(z => z.Id == c.CitizenId), ct);
        if (child is null) { errors.Add(new(F("childInCareId"), "Ребёнок не найден среди детей, состоящих на учёте в вашем районе.")); return null; }
        var citizen = await db.VisibleCitizenAsync(user, child.CitizenId, ct);
        if (placedFrom is not { } from) { errors.Add(new(F("placedFrom"), $"{citizen.FullName}: укажите дату передачи в семью.")); return null; }
        var found = PlacementErrors(contract, child, citizen, from, plannedUntil, F).ToList();
        errors.AddRange(found);
        if (found.Count > 0) return null;
        contract.Place(child, from, plannedUntil, clock.Today);
        return citizen.FullName;
    }

    private static IEnumerable<ValidationError> PlacementErrors(FosterContract contract, ChildInCare child, Citizen citizen, DateOnly from,
        DateOnly? plannedUntil, Func<string, string> f)
    {
        var who = citizen.FullName;
        if (from < contract.From)
            yield return new(f("placedFrom"), $"{who}: дата передачи раньше начала срока договора ({contract.From:dd.MM.yyyy}).");
        if (from > contract.To) yield return new(f("placedFrom"), $"{who}: дата передачи позже окончания срока договора.");
        if (plannedUntil is { } pu && pu > contract.To)
            yield return new(f("plannedUntil"), $"{who}: срок пребывания не может выходить за срок договора ({contract.To:dd.MM.yyyy}).");
        if (citizen.DeathDate is not null) yield return new(f("childInCareId"), $"{who}: в регистре отмечена смерть.");
        if (citizen.Id == contract.FosterParentCitizenId || citizen.Id == contract.SecondFosterParentCitizenId)
            yield return new(f("childInCareId"), "Приёмный родитель не может быть передан в собственную семью.");
        foreach (var e in FosterFamilyRules.ValidatePlacement(citizen.BirthDate, from, plannedUntil, child.Placements, f("placedFrom")))
            yield return e with { Message = $"{who}: {e.Message}" };
    }

    private async Task<Citizen?> ParentAsync(UserContext user, long id, DateOnly on, string field, List<ValidationError> errors, CancellationToken ct)
    {
        var c = await db.Citizens.VisibleTo(user).Include(x => x.Categories).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (c is null) { errors.Add(new(field, "Выберите приёмного родителя из регистра граждан вашего района.")); return null; }
        if (c.DeathDate is not null) errors.Add(new(field, $"{c.FullName}: в регистре отмечена смерть."));
        else if (Age(c.BirthDate, on) < FosterFamilyRules.AdultAge)
            errors.Add(new(field, $"{c.FullName}: приёмным родителем может быть только совершеннолетний (СК РФ ст. 146)."));
        return c;
    }

    /// <summary>The registry category «Приёмный родитель» confirmed by the contract, unless the parent already has a valid one.</summary>
    private async Task GiveFosterCategoryAsync(UserContext user, Citizen parent, FosterContract contract, CancellationToken ct)
    {
        var kind = await db.CategoryKinds.FirstOrDefaultAsync(k => k.Code == "PRIEM", ct);
        if (kind is null || parent.Categories.Any(c => c.CategoryKindId == kind.Id && c.IsValidOn(clock.Today))) return;
        var document = $"Договор о приёмной семье № {contract.Number} от {contract.ConcludedOn:dd.MM.yyyy}";
        parent.Categories.Add(
            new CitizenCategory
            {
                CitizenId = parent.Id,
                CategoryKindId = kind.Id,
                DocumentType = document,
                DocumentNumber = contract.Number,
                DocumentIssueDate = contract.ConcludedOn,
                DocumentIssuer = contract.GuardianshipBody,
                ValidUntil = contract.To,
            }
        );
        audit.Add(user, AuditAction.Create, nameof(CitizenCategory), null, parent.Id, "Добавлена категория — " + kind.Name,
            [new("Категория", null, $"{kind.Name}; договор о приёмной семье № {contract.Number} от {contract.ConcludedOn:dd.MM.yyyy}")]);
    }

    private async Task<string> BodyAsync(UserContext user, CancellationToken ct)
    {
        var name = await db.Organisations.AsNoTracking().Where(o => o.Id == user.OrganisationId).Select(o => o.Name).FirstOrDefaultAsync(ct) ?? "";
        return name.Contains("Варненского", StringComparison.Ordinal) || name.Length == 0
            ? DefaultGuardianshipBody
            : $"{name} (орган опеки и попечительства)";
    }
}
