using Microsoft.EntityFrameworkCore;
using Sobes.Domain.Common;
using Sobes.Domain.Guardianship;
using Sobes.Domain.Organisations;
using Sobes.Infrastructure.Audit;
using Sobes.Infrastructure.Persistence;

namespace Sobes.Infrastructure.Guardianship;

/// <summary>
/// Keeps a foster family's assignments (the six payments of seed 002 cl. 4) in step with the family: a child who leaves stops that child's
/// payments from the event day (cl. 8.1), a contract that ends stops them all, and the foster parent's remuneration is recomputed for the
/// composition day by day. Stages its changes; the caller saves once, so the family's change and its payments commit together.
/// </summary>
public sealed partial class FosterPayments(SobesDbContext db, AuditLog audit, RegionClock clock)
{
    /// <summary>
    /// Call after changing the contract or its placements (tracked, not yet saved): brings every assignment of the contract in line
    /// from <paramref name="from"/> on. <paramref name="reason"/> is written into the assignments' history, e.g. «Выбытие ребёнка … (п. 8.1
    /// подп. 2)».
    /// Expects the contract's placements loaded with their children and schooling.
    /// </summary>
    public Task SyncAsync(UserContext user, FosterContract contract, DateOnly from, string reason, CancellationToken ct = default) =>
        SyncCoreAsync(user, contract, from, reason, ct);

    /// <summary>After the head signs a foster family's grants (staged, not saved): their terms and the remuneration follow the contract.</summary>
    public async Task AfterGrantAsync(UserContext user, long contractId, string reason, CancellationToken ct = default)
    {
        var contract = await LoadContractAsync(contractId, ct);
        await SyncCoreAsync(user, contract, contract.From, reason, ct);
    }

    /// <summary>
    /// A new dated value of the remuneration's base or of a parameter (РК) from <paramref name="from"/>: the remuneration of the contract is
    /// recomputed span by span of the family's composition. Returns whether its amounts changed.
    /// </summary>
    public async Task<bool> RecomputeAsync(
        UserContext user,
        long contractId,
        Sobes.Domain.Measures.Assignment remuneration,
        DateOnly from,
        string reason,
        CancellationToken ct = default
    )
    {
        var contract = await LoadContractAsync(contractId, ct);
        var versionBefore = remuneration.Version;
        await SyncCoreAsync(user, contract, from, reason, ct);
        return remuneration.Version != versionBefore;
    }

    internal async Task<FosterContract> LoadContractAsync(long contractId, CancellationToken ct) =>
        await FindContractAsync(contractId, ct) ?? throw new NotFoundException("Договор о приёмной семье не найден.");

    /// <summary>The contract tracked with its placements, each with the child and the child's schooling: what a sync reads and changes.</summary>
    internal Task<FosterContract?> FindContractAsync(long contractId, CancellationToken ct) =>
        db.FosterContracts.Include(f => f.Placements).ThenInclude(p => p.Child!).ThenInclude(c => c.Schooling)
            .AsSplitQuery().FirstOrDefaultAsync(f => f.Id == contractId, ct);
}
