using Microsoft.EntityFrameworkCore;
using Sobes.Domain.Audit;
using Sobes.Domain.Common;
using Sobes.Domain.Guardianship;
using Sobes.Domain.Organisations;
using Sobes.Domain.Registry;
using Sobes.Infrastructure.Registry;

namespace Sobes.Infrastructure.Guardianship;

public sealed partial class GuardianshipService
{
    public const string DefaultGuardianshipBody =
        "Управление социальной защиты населения администрации Варненского муниципального района (орган опеки и попечительства)";

    public async Task<IReadOnlyList<ContractListItem>> ListContractsAsync(UserContext user, bool? active = null, string? surname = null, CancellationToken ct = default)
    {
        var parents = db.VisibleCitizens(user);
        if (!string.IsNullOrWhiteSpace(surname)) { var k = Citizen.KeyOf(surname); parents = parents.Where(c => c.SurnameKey.StartsWith(k)); }
        var rows = await db.FosterContracts.AsNoTracking().Include(c => c.Placements).ThenInclude(p => p.Child)
            .Join(parents, c => c.FosterParentCitizenId, z => z.Id, (c, z) => new { c, z.Surname, z.Name, z.Patronymic })
            .OrderByDescending(r => r.c.ConcludedOn).ThenByDescending(r => r.c.Id).Take(1000).ToListAsync(ct);
        var births = await BirthDatesAsync(rows.SelectMany(r => r.c.Placements).Select(p => p.Child!.CitizenId), ct);
        var today = clock.Today;
        var items = rows.Select(r => new ContractListItem(r.c.Id, r.c.Number, r.c.ConcludedOn, Name(r.Surname, r.Name, r.Patronymic), r.c.From, r.c.To, r.c.EndedFrom,
                r.c.RunsOn(today) || r.c.From > today && r.c.EndedFrom is null,
                r.c.Placements.Count(p => FosterFamilyRules.InFamily(Foster(p, births), r.c, today))))
            .Where(i => active is null || i.Active == active).ToList();
        await audit.RecordAsync(user, AuditAction.Search, ContractEntity, null, null, $"Список договоров о приёмной семье: {items.Count}", ct);
        return items;
    }

    public async Task<ContractCard> GetContractAsync(UserContext user, long id, CancellationToken ct = default)
    {
        var contract = await db.FosterContracts.AsNoTracking().Include(c => c.Placements).ThenInclude(p => p.Child)
            .FirstOrDefaultAsync(c => c.Id == id && db.Citizens.VisibleTo(user).Any(z => z.Id == c.FosterParentCitizenId), ct) ?? throw ContractNotFound(id);
        var people = await db.VisibleCitizens(user)
            .Where(c => c.Id == contract.FosterParentCitizenId || c.Id == contract.SecondFosterParentCitizenId || contract.Placements.Select(p => p.Child!.CitizenId).Contains(c.Id))
            .ToDictionaryAsync(c => c.Id, ct);
        var org = await db.Organisations.AsNoTracking().Where(o => o.Id == contract.OrganisationId).Select(o => o.Name).FirstOrDefaultAsync(ct) ?? "";
        var today = clock.Today;
        var children = contract.Placements.OrderBy(p => p.From).ThenBy(p => p.Id).Select(p =>
        {
            var c = people.GetValueOrDefault(p.Child!.CitizenId);
            var birth = c?.BirthDate ?? default;
            var f = Foster(p, new Dictionary<long, DateOnly> { [p.Child.CitizenId] = birth });
            var last = FosterFamilyRules.LastDay(f, contract);
            var inFamily = FosterFamilyRules.InFamily(f, contract, today) || p.From > today && last >= p.From;
            var status = inFamily ? (p.From > today ? $"будет передан(а) {p.From:dd.MM.yyyy}" : "в семье")
                : p.LeftReason is { } r ? $"выбыл(а) {p.LeftOn:dd.MM.yyyy}: {r}"
                : last == birth.AddYears(FosterFamilyRules.AdultAge).AddDays(-1) ? $"{LeftAtEighteenText}, {birth.AddYears(FosterFamilyRules.AdultAge):dd.MM.yyyy}"
                : contract.EndedFrom is { } e ? $"договор прекращён с {e:dd.MM.yyyy}"
                : $"срок пребывания окончен {last:dd.MM.yyyy}";
            return new ContractChildView(p.Id, p.ChildInCareId, p.Child.CitizenId, c?.FullName ?? "—", birth, Age(birth, today), p.From, p.PlannedUntil, last,
                inFamily, status, p.LeftReason, p.LeftDocument);
        }).ToList();
        PersonView? Person(long? cid) => cid is { } x && people.GetValueOrDefault(x) is { } c
            ? new PersonView(c.Id, c.FullName, c.BirthDate, c.RegistrationAddress.ToString(), c.PaymentDetails.ToString()) : null;
        await audit.RecordAsync(user, AuditAction.Read, ContractEntity, contract.Id.ToString(), contract.FosterParentCitizenId,
            $"Просмотр договора о приёмной семье № {contract.Number}", ct);
        return new ContractCard(contract, Person(contract.FosterParentCitizenId)!, Person(contract.SecondFosterParentCitizenId), org,
            contract.EndedFrom is null && contract.To >= today, children);
    }

    public async Task<FosterContract> CreateContractAsync(UserContext user, FosterContractInput input, CancellationToken ct = default)
    {
        await RequireWriterAsync(user, ct);
        var today = clock.Today;
        var errors = new List<ValidationError>();
        var number = input.Number?.Trim();
        if (string.IsNullOrWhiteSpace(number)) errors.Add(new("number", "Укажите номер договора."));
        else if (number.Length > 50) errors.Add(new("number", "Номер не длиннее 50 знаков."));
        else if (await db.FosterContracts.AnyAsync(c => c.OrganisationId == user.OrganisationId && c.Number == number, ct))
            errors.Add(new("number", $"Договор № {number} уже зарегистрирован в управлении."));
        if (input.ConcludedOn is not { } concluded) errors.Add(new("concludedOn", "Укажите дату заключения договора."));
        else if (concluded > today) errors.Add(new("concludedOn", "Дата заключения не может быть в будущем."));
        if (input.From is not { } from) errors.Add(new("from", "Укажите начало срока договора."));
        if (input.To is not { } to) errors.Add(new("to", "Укажите окончание срока договора."));
        else if (input.From is { } f && to <= f) errors.Add(new("to", "Срок договора должен оканчиваться позже его начала."));
        if (input.GuardianshipBody is { Length: > 500 }) errors.Add(new("guardianshipBody", "Не длиннее 500 знаков."));
        var parent = await ParentAsync(user, input.FosterParentCitizenId, input.ConcludedOn ?? today, "fosterParentCitizenId", errors, ct);
        Citizen? second = null;
        if (input.SecondFosterParentCitizenId is { } sid)
        {
            if (sid == input.FosterParentCitizenId) errors.Add(new("secondFosterParentCitizenId", "Второй приёмный родитель — другой человек."));
            else second = await ParentAsync(user, sid, input.ConcludedOn ?? today, "secondFosterParentCitizenId", errors, ct);
        }
        if (input.Children.Count == 0) errors.Add(new("children", "Укажите хотя бы одного ребёнка, передаваемого в семью."));
        if (input.Children.Select(c => c.ChildInCareId).Distinct().Count() != input.Children.Count) errors.Add(new("children", "Ребёнок указан дважды."));
        DomainValidationException.ThrowIfAny(errors);

        var contract = new FosterContract
        {
            Number = number!, ConcludedOn = input.ConcludedOn!.Value, OrganisationId = user.OrganisationId,
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
            $"Договор о приёмной семье № {contract.Number} от {contract.ConcludedOn:dd.MM.yyyy}: {parent.FullName}; срок {contract.From:dd.MM.yyyy}–{contract.To:dd.MM.yyyy}; дети: {string.Join(", ", names)}");
        await SaveAsync(ct);
        return contract;
    }

    public async Task<FosterContract> AddChildAsync(UserContext user, long contractId, AddContractChildInput input, CancellationToken ct = default)
    {
        await RequireWriterAsync(user, ct);
        var contract = await LoadContractForChangeAsync(user, contractId, input.Version, ct);
        if (contract.EndedFrom is not null) throw new ConflictException("Договор прекращён: ребёнка передают по новому договору.");
        var errors = new List<ValidationError>();
        var name = await PlaceAsync(user, contract, input.ChildInCareId, input.PlacedFrom, input.PlannedUntil, "", errors, ct);
        DomainValidationException.ThrowIfAny(errors);
        contract.Version++;
        audit.Add(user, AuditAction.Update, ContractEntity, contract.Id.ToString(), contract.FosterParentCitizenId,
            $"В приёмную семью по договору № {contract.Number} передан(а) {name} с {input.PlacedFrom:dd.MM.yyyy}");
        await payments.SyncAsync(user, contract, input.PlacedFrom!.Value, $"Передан(а) в приёмную семью {name} (договор № {contract.Number})", ct);
        await SaveAsync(ct);
        return contract;
    }

    /// <summary>
    /// Places a child in care under the contract: from the contract's start, within its term, not in another family at the same time
    /// (cl. 14.2 subcl. 3); an open institution placement ends on the day of the move. Returns the child's name, or null with errors added.
    /// </summary>
    private async Task<string?> PlaceAsync(UserContext user, FosterContract contract, long childInCareId, DateOnly? placedFrom, DateOnly? plannedUntil,
        string prefix, List<ValidationError> errors, CancellationToken ct)
    {
        string F(string field) => prefix.Length == 0 ? field : $"{prefix}.{field}";
        var child = await db.ChildrenInCare.Include(c => c.Schooling).Include(c => c.Placements).ThenInclude(p => p.FosterContract)
            .FirstOrDefaultAsync(c => c.Id == childInCareId && db.Citizens.VisibleTo(user).Any(z => z.Id == c.CitizenId), ct);
        if (child is null) { errors.Add(new(F("childInCareId"), "Ребёнок не найден среди детей, состоящих на учёте в вашем районе.")); return null; }
        var citizen = await db.VisibleCitizenAsync(user, child.CitizenId, ct);
        if (placedFrom is not { } from) { errors.Add(new(F("placedFrom"), $"{citizen.FullName}: укажите дату передачи в семью.")); return null; }
        var before = errors.Count;
        if (from < contract.From) errors.Add(new(F("placedFrom"), $"{citizen.FullName}: дата передачи раньше начала срока договора ({contract.From:dd.MM.yyyy})."));
        if (from > contract.To) errors.Add(new(F("placedFrom"), $"{citizen.FullName}: дата передачи позже окончания срока договора."));
        if (plannedUntil is { } pu && pu > contract.To) errors.Add(new(F("plannedUntil"), $"{citizen.FullName}: срок пребывания не может выходить за срок договора ({contract.To:dd.MM.yyyy})."));
        if (citizen.DeathDate is not null) errors.Add(new(F("childInCareId"), $"{citizen.FullName}: в регистре отмечена смерть."));
        if (citizen.Id == contract.FosterParentCitizenId || citizen.Id == contract.SecondFosterParentCitizenId)
            errors.Add(new(F("childInCareId"), "Приёмный родитель не может быть передан в собственную семью."));
        errors.AddRange(FosterFamilyRules.ValidatePlacement(citizen.BirthDate, from, plannedUntil, child.Placements, F("placedFrom"))
            .Select(e => e with { Message = $"{citizen.FullName}: {e.Message}" }));
        if (errors.Count > before) return null;
        CloseInstitution(child, from, $"передан в приёмную семью по договору № {contract.Number}");
        var placement = new Placement { Child = child, ChildInCareId = child.Id, Kind = PlacementKind.FosterFamily, FosterContract = contract, From = from, PlannedUntil = plannedUntil };
        contract.Placements.Add(placement);
        child.Placements.Add(placement);
        child.Version++;
        return citizen.FullName;
    }

    private async Task<Citizen?> ParentAsync(UserContext user, long id, DateOnly on, string field, List<ValidationError> errors, CancellationToken ct)
    {
        var c = await db.Citizens.VisibleTo(user).Include(x => x.Categories).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (c is null) { errors.Add(new(field, "Выберите приёмного родителя из регистра граждан вашего района.")); return null; }
        if (c.DeathDate is not null) errors.Add(new(field, $"{c.FullName}: в регистре отмечена смерть."));
        else if (Age(c.BirthDate, on) < FosterFamilyRules.AdultAge) errors.Add(new(field, $"{c.FullName}: приёмным родителем может быть только совершеннолетний (СК РФ ст. 146)."));
        return c;
    }

    /// <summary>The registry category «Приёмный родитель» confirmed by the contract, unless the parent already has a valid one.</summary>
    private async Task GiveFosterCategoryAsync(UserContext user, Citizen parent, FosterContract contract, CancellationToken ct)
    {
        var kind = await db.CategoryKinds.FirstOrDefaultAsync(k => k.Code == "PRIEM", ct);
        if (kind is null || parent.Categories.Any(c => c.CategoryKindId == kind.Id && c.IsValidOn(clock.Today))) return;
        parent.Categories.Add(new CitizenCategory
        {
            CitizenId = parent.Id, CategoryKindId = kind.Id, DocumentType = $"Договор о приёмной семье № {contract.Number} от {contract.ConcludedOn:dd.MM.yyyy}",
            DocumentNumber = contract.Number, DocumentIssueDate = contract.ConcludedOn, DocumentIssuer = contract.GuardianshipBody, ValidUntil = contract.To,
        });
        audit.Add(user, AuditAction.Create, nameof(CitizenCategory), null, parent.Id, "Добавлена категория — " + kind.Name,
            [new("Категория", null, $"{kind.Name}; договор о приёмной семье № {contract.Number} от {contract.ConcludedOn:dd.MM.yyyy}")]);
    }

    private async Task<string> BodyAsync(UserContext user, CancellationToken ct)
    {
        var name = await db.Organisations.AsNoTracking().Where(o => o.Id == user.OrganisationId).Select(o => o.Name).FirstOrDefaultAsync(ct) ?? "";
        return name.Contains("Варненского", StringComparison.Ordinal) || name.Length == 0 ? DefaultGuardianshipBody : $"{name} (орган опеки и попечительства)";
    }

    private async Task<FosterContract> LoadContractForChangeAsync(UserContext user, long id, int? version, CancellationToken ct)
    {
        if (!await db.FosterContracts.AnyAsync(c => c.Id == id && db.Citizens.VisibleTo(user).Any(z => z.Id == c.FosterParentCitizenId), ct)) throw ContractNotFound(id);
        var contract = await LoadContractTrackedAsync(id, ct);
        CheckVersion(contract.Version, version);
        return contract;
    }

    private async Task<FosterContract> LoadContractTrackedAsync(long id, CancellationToken ct) =>
        await payments.FindContractAsync(id, ct) ?? throw ContractNotFound(id);

    private async Task<Dictionary<long, DateOnly>> BirthDatesAsync(IEnumerable<long> citizenIds, CancellationToken ct)
    {
        var ids = citizenIds.Distinct().ToList();
        return await db.Citizens.AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.BirthDate, ct);
    }

    private static FosterChild Foster(Placement p, IReadOnlyDictionary<long, DateOnly> births) =>
        new(p.Child!.CitizenId, "", births.GetValueOrDefault(p.Child.CitizenId), p.From, p.PlannedUntil, p.LeftOn, p.Child.DisabledFrom, p.Child.LimitedHealthFrom, p.Child.Schooling);

    private static NotFoundException ContractNotFound(long id) => new($"Договор о приёмной семье № {id} не найден.");
}
