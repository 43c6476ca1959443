using Microsoft.EntityFrameworkCore;
using Sobes.Domain.Common;
using Sobes.Domain.Guardianship;
using Sobes.Domain.Organisations;
using Sobes.Infrastructure.Persistence;
using Sobes.Infrastructure.Registry;

namespace Sobes.Infrastructure.Guardianship;

/// <summary>
/// What the register's use cases share: a child or a contract loaded for a change (of a citizen visible to the user), the family's payments
/// brought in line after a change of the child, and the one save that turns a concurrent edit into a conflict.
/// </summary>
public sealed class GuardianshipRecords(SobesDbContext db, FosterPayments payments)
{
    public const string ChildEntity = nameof(ChildInCare);
    public const string ContractEntity = nameof(FosterContract);
    private const string Concurrent = "Запись изменена другим пользователем: обновите страницу и повторите.";

    /// <summary>A tracked child with schooling and placements (and their contracts), of a visible citizen.</summary>
    public async Task<ChildInCare> LoadChildAsync(UserContext user, long id, CancellationToken ct) =>
        await db.ChildrenInCare.Include(c => c.Schooling).Include(c => c.Placements).ThenInclude(p => p.FosterContract)
            .FirstOrDefaultAsync(c => c.Id == id && db.Citizens.VisibleTo(user).Any(z => z.Id == c.CitizenId), ct) ?? throw ChildNotFound(id);

    /// <summary>The contract of a visible foster parent, tracked as a payment sync needs it, at the version the user read.</summary>
    public async Task<FosterContract> LoadContractForChangeAsync(UserContext user, long id, int? version, CancellationToken ct)
    {
        if (!await db.FosterContracts.AnyAsync(c => c.Id == id && db.Citizens.VisibleTo(user).Any(z => z.Id == c.FosterParentCitizenId), ct))
            throw ContractNotFound(id);
        var contract = await LoadContractTrackedAsync(id, ct);
        CheckVersion(contract.Version, version);
        return contract;
    }

    /// <summary>Health and schooling change what a family is paid: every contract the child is (or was) placed under is brought in
    /// line.</summary>
    public async Task SyncFamiliesAsync(UserContext user, long childId, DateOnly from, string reason, CancellationToken ct)
    {
        var ids = await db.Placements.AsNoTracking().Where(p => p.ChildInCareId == childId && p.FosterContractId != null)
            .Select(p => p.FosterContractId!.Value).Distinct().ToListAsync(ct);
        foreach (var id in ids)
        {
            var contract = await LoadContractTrackedAsync(id, ct);
            if (contract.RunsOn(from) || contract.LastDay >= from) await payments.SyncAsync(user, contract, from, reason, ct);
        }
    }

    public async Task SaveAsync(CancellationToken ct)
    {
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateConcurrencyException) { throw new ConflictException(Concurrent); }
    }

    public static void CheckVersion(int stored, int? given)
    {
        if (given is { } v && v != stored) throw new ConflictException(Concurrent);
    }

    public static NotFoundException ChildNotFound(long id) => new($"Учётная карточка ребёнка № {id} не найдена.");

    public static NotFoundException ContractNotFound(long id) => new($"Договор о приёмной семье № {id} не найден.");

    public static DomainValidationException Invalid(string field, string message) => new([new(field, message)]);

    private async Task<FosterContract> LoadContractTrackedAsync(long id, CancellationToken ct) =>
        await payments.FindContractAsync(id, ct) ?? throw ContractNotFound(id);
}
