using Microsoft.EntityFrameworkCore;
using Sobes.Domain.Audit;
using Sobes.Domain.Common;
using Sobes.Domain.Guardianship;
using Sobes.Domain.Organisations;
using Sobes.Infrastructure.Audit;
using Sobes.Infrastructure.Persistence;
using Sobes.Infrastructure.Registry;
using static Sobes.Infrastructure.Guardianship.GuardianshipRecords;

namespace Sobes.Infrastructure.Guardianship;

/// <summary>
/// A child leaves a foster family, or the contract ends (seed 002 cl. 8.1; СК РФ ст. 153.2): on a ground from the event's day, with the
/// document; the family's payments are brought in line (<see cref="FosterPayments"/>) and saved with the change.
/// </summary>
public sealed class FosterFamilyLeaving(SobesDbContext db, AuditLog audit, RegionClock clock, GuardianshipAccess access, GuardianshipRecords records,
    FosterPayments payments)
{
    private const string FosterMeasure = FosterMeasures.Maintenance;

    /// <summary>Seed 002 cl. 8.1: the grounds that concern one child (subcl. 2, 3, 5, 6, 7, 9, 10); the 18th birthday (subcl. 1) needs no
    /// registration.</summary>
    public static readonly string[] ChildGroundCodes =
    [
        "STATE-CARE",
        "PRISON",
        "CHILD-DEATH",
        "MARRIAGE",
        "EMANCIPATION",
        "ADOPTION",
        "PARENTS-FOUND",
    ];

    /// <summary>Seed 002 cl. 8.1 grounds that end the whole family (subcl. 4, 8, 11).</summary>
    public static readonly string[] FamilyGroundCodes = ["MOVED-OUT", "PARENT-RELEASED", "FALSE-INFO"];

    /// <summary>The contract's own ends (СК РФ ст. 153.2; Положение о приёмной семье).</summary>
    public static readonly EndGround[] ContractGrounds =
    [
        new("EARLY-TERMINATION", "досрочное расторжение договора", "СК РФ ст. 153.2"),
        new("TERM-EXPIRED", "истечение срока договора", "договор о приёмной семье"),
    ];

    public async Task<IReadOnlyList<EndGround>> ChildGroundsAsync(CancellationToken ct = default) =>
        (await FosterGroundsAsync(ct)).Where(g => ChildGroundCodes.Contains(g.Code)).OrderBy(g => Array.IndexOf(ChildGroundCodes, g.Code)).ToList();

    public async Task<IReadOnlyList<EndGround>> EndGroundsAsync(CancellationToken ct = default) =>
        (await FosterGroundsAsync(ct)).Where(g => FamilyGroundCodes.Contains(g.Code)).OrderBy(g => Array.IndexOf(FamilyGroundCodes, g.Code))
            .Concat(ContractGrounds).ToList();

    /// <summary>Both sets of grounds, as the API lists them.</summary>
    public async Task<FosterEndGrounds> GroundsAsync(CancellationToken ct = default) =>
        new(await ChildGroundsAsync(ct), await EndGroundsAsync(ct));

    /// <summary>
    /// A child leaves the family on a ground of cl. 8.1 from the event's day (the first day the child is no longer there). For STATE-CARE
    /// the
    /// child is placed in the institution from that day. The family's payments are brought in line and saved with the change.
    /// </summary>
    public async Task<FosterContract> RegisterLeavingAsync(UserContext user, long contractId, LeaveInput input, CancellationToken ct = default)
    {
        await access.RequireWriterAsync(user, ct);
        var contract = await records.LoadContractForChangeAsync(user, contractId, input.Version, ct);
        var placement = contract.OpenPlacementOf(input.ChildInCareId);
        var citizen = await db.VisibleCitizenAsync(user, placement.Child!.CitizenId, ct);
        var ground = (await ChildGroundsAsync(ct)).FirstOrDefault(g => g.Code == input.GroundCode);
        contract.Leave(placement, citizen.BirthDate, ground, input.EventDate, input.Document, input.Institution, clock.Today);

        var eventDate = input.EventDate!.Value;
        var reason = $"Выбытие ребёнка {citizen.FullName} из приёмной семьи с {eventDate:dd.MM.yyyy}: {ground!.Text} ({ground.Clause})";
        audit.Add(user, AuditAction.Update, ContractEntity, contract.Id.ToString(), citizen.Id, reason + "; " + placement.LeftDocument,
            [new("Выбытие", null, $"{eventDate:dd.MM.yyyy}: {ground.Clause}")]);
        await payments.SyncAsync(user, contract, eventDate, reason, ct);
        await records.SaveAsync(ct);
        return contract;
    }

    /// <summary>
    /// The contract ends from the event's day: every child still in the family leaves on that day (children without a new placement stay on
    /// the register as children in care), and the family's payments stop.
    /// </summary>
    public async Task<FosterContract> EndContractAsync(UserContext user, long contractId, EndContractInput input, CancellationToken ct = default)
    {
        await access.RequireWriterAsync(user, ct);
        var contract = await records.LoadContractForChangeAsync(user, contractId, input.Version, ct);
        var ground = (await EndGroundsAsync(ct)).FirstOrDefault(g => g.Code == input.GroundCode);
        contract.End(ground, input.EventDate, input.Document, clock.Today);

        var eventDate = contract.EndedFrom!.Value;
        var reason = $"Прекращение договора о приёмной семье № {contract.Number} с {eventDate:dd.MM.yyyy}: {contract.EndReason}";
        audit.Add(
            user,
            AuditAction.Update,
            ContractEntity,
            contract.Id.ToString(),
            contract.FosterParentCitizenId,
            reason + "; " + contract.EndDocument,
            [new("Прекращён с", null, eventDate.ToString("dd.MM.yyyy"))]
        );
        await payments.SyncAsync(user, contract, eventDate, reason, ct);
        await records.SaveAsync(ct);
        return contract;
    }

    /// <summary>The stop grounds of the foster family's maintenance measure: the seed's text and clause, as the measure's data holds
    /// them.</summary>
    private async Task<List<EndGround>> FosterGroundsAsync(CancellationToken ct) =>
        await db.Measures.AsNoTracking().Where(m => m.Code == FosterMeasure).SelectMany(m => m.StopGrounds)
            .Select(g => new EndGround(g.Code, g.Text, g.Clause)).ToListAsync(ct);
}
