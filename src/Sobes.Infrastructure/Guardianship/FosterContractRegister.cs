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
/// The district's foster-family contracts (seed 002): the list, active or ended, and the contract's card with its parties and children —
/// each with age, term and status in the family (the 18th birthday, a registered leaving, the contract's end). Scoped and audited.
/// </summary>
public sealed class FosterContractRegister(SobesDbContext db, AuditLog audit, RegionClock clock, GuardianshipAccess access, ChildRegister children,
    FosterFamilyLeaving leaving, FosterFamilyOverview overview)
{
    public async Task<IReadOnlyList<FosterContractListItem>> ListContractsAsync(UserContext user, bool? active = null, string? surname = null,
        CancellationToken ct = default)
    {
        var parents = db.VisibleCitizens(user);
        if (!string.IsNullOrWhiteSpace(surname)) { var k = Citizen.KeyOf(surname); parents = parents.Where(c => c.SurnameKey.StartsWith(k)); }
        var rows = await db.FosterContracts.AsNoTracking().Include(c => c.Placements).ThenInclude(p => p.Child)
            .Join(parents, c => c.FosterParentCitizenId, z => z.Id, (c, z) => new { c, z.Surname, z.Name, z.Patronymic })
            .OrderByDescending(r => r.c.ConcludedOn).ThenByDescending(r => r.c.Id).Take(1000).ToListAsync(ct);
        var births = await BirthDatesAsync(rows.SelectMany(r => r.c.Placements).Select(p => p.Child!.CitizenId), ct);
        var today = clock.Today;
        var items = rows.Select(r => new FosterContractListItem(r.c.Id, r.c.Number, r.c.ConcludedOn, Name(r.Surname, r.Name, r.Patronymic), r.c.From,
                r.c.To, r.c.EndedFrom, r.c.RunsOn(today) || r.c.From > today && r.c.EndedFrom is null,
                r.c.Placements.Count(p => FosterFamilyRules.InFamily(Foster(p, births), r.c, today))))
            .Where(i => active is null || i.Active == active).ToList();
        await audit.RecordAsync(user, AuditAction.Search, ContractEntity, null, null, $"Список договоров о приёмной семье: {items.Count}", ct);
        return items;
    }

    /// <summary>The list page: the contracts found and whether the user keeps the register.</summary>
    public async Task<FosterContractListPage> ListPageAsync(UserContext user, bool? active, string? surname, CancellationToken ct = default)
    {
        var canWrite = await access.CanWriteAsync(user, ct);
        return new FosterContractListPage(await ListContractsAsync(user, active, surname, ct), canWrite);
    }

    public async Task<FosterContractCard> GetContractAsync(UserContext user, long id, CancellationToken ct = default)
    {
        var contract = await db.FosterContracts.AsNoTracking().Include(c => c.Placements).ThenInclude(p => p.Child)
            .FirstOrDefaultAsync(c => c.Id == id && db.Citizens.VisibleTo(user).Any(z => z.Id == c.FosterParentCitizenId), ct)
            ?? throw ContractNotFound(id);
        var childIds = contract.Placements.Select(p => p.Child!.CitizenId).ToList();
        var people = await db.VisibleCitizens(user)
            .Where(c => c.Id == contract.FosterParentCitizenId || c.Id == contract.SecondFosterParentCitizenId || childIds.Contains(c.Id))
            .ToDictionaryAsync(c => c.Id, ct);
        var org = await db.Organisations.AsNoTracking().Where(o => o.Id == contract.OrganisationId).Select(o => o.Name).FirstOrDefaultAsync(ct) ?? "";
        var today = clock.Today;
        var children = contract.Placements.OrderBy(p => p.From).ThenBy(p => p.Id)
            .Select(p => ChildView(contract, p, people.GetValueOrDefault(p.Child!.CitizenId), today)).ToList();
        PersonView? Person(long? cid) => cid is { } x && people.GetValueOrDefault(x) is { } c
            ? new PersonView(c.Id, c.FullName, c.BirthDate, c.RegistrationAddress.ToString(), c.PaymentDetails.ToString()) : null;
        await audit.RecordAsync(user, AuditAction.Read, ContractEntity, contract.Id.ToString(), contract.FosterParentCitizenId,
            $"Просмотр договора о приёмной семье № {contract.Number}", ct);
        return new FosterContractCard(contract, Person(contract.FosterParentCitizenId)!, Person(contract.SecondFosterParentCitizenId), org,
            contract.EndedFrom is null && contract.To >= today, children);
    }

    /// <summary>
    /// The card page: the card, the family's material support this month (to those who see the family's payments), and for the register's
    /// keepers the grounds of leaving and of the end and the children a family can take.
    /// </summary>
    public async Task<FosterContractPage> CardPageAsync(UserContext user, long id, CancellationToken ct = default)
    {
        var card = await GetContractAsync(user, id, ct);
        var canWrite = await access.CanWriteAsync(user, ct);
        var family = FosterApplications.SeesPayments(user, card.Contract) ? await overview.GetAsync(user, id, null, null, ct) : null;
        if (!canWrite) return new FosterContractPage(card, false, family, [], [], []);
        var childGrounds = await leaving.ChildGroundsAsync(ct);
        var endGrounds = await leaving.EndGroundsAsync(ct);
        return new FosterContractPage(card, true, family, childGrounds, endGrounds, await children.CandidatesAsync(user, ct));
    }

    private static FosterContractChildView ChildView(FosterContract contract, Placement p, Citizen? c, DateOnly today)
    {
        var birth = c?.BirthDate ?? default;
        var f = Foster(p, new Dictionary<long, DateOnly> { [p.Child!.CitizenId] = birth });
        var last = FosterFamilyRules.LastDay(f, contract);
        var inFamily = FosterFamilyRules.InFamily(f, contract, today) || p.From > today && last >= p.From;
        var adult = birth.AddYears(FosterFamilyRules.AdultAge);
        var status = inFamily ? (p.From > today ? $"будет передан(а) {p.From:dd.MM.yyyy}" : "в семье")
            : p.LeftReason is { } r ? $"выбыл(а) {p.LeftOn:dd.MM.yyyy}: {r}"
            : last == adult.AddDays(-1) ? $"{LeftAtEighteenText}, {adult:dd.MM.yyyy}"
            : contract.EndedFrom is { } e ? $"договор прекращён с {e:dd.MM.yyyy}"
            : $"срок пребывания окончен {last:dd.MM.yyyy}";
        return new FosterContractChildView(p.Id, p.ChildInCareId, p.Child.CitizenId, c?.FullName ?? "—", birth, Age(birth, today), p.From,
            p.PlannedUntil, last, inFamily, status, p.LeftReason, p.LeftDocument);
    }

    private async Task<Dictionary<long, DateOnly>> BirthDatesAsync(IEnumerable<long> citizenIds, CancellationToken ct)
    {
        var ids = citizenIds.Distinct().ToList();
        return await db.Citizens.AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.BirthDate, ct);
    }

    private static FosterChild Foster(Placement p, IReadOnlyDictionary<long, DateOnly> births) =>
        new(p.Child!.CitizenId, "", births.GetValueOrDefault(p.Child.CitizenId), p.From, p.PlannedUntil, p.LeftOn, p.Child.DisabledFrom,
            p.Child.LimitedHealthFrom, p.Child.Schooling);
}
