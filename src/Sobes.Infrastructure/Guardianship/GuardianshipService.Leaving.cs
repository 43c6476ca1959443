using Microsoft.EntityFrameworkCore;
using Sobes.Domain.Audit;
using Sobes.Domain.Common;
using Sobes.Domain.Guardianship;
using Sobes.Domain.Organisations;
using Sobes.Infrastructure.Registry;

namespace Sobes.Infrastructure.Guardianship;

public sealed partial class GuardianshipService
{
    private const string FosterMeasure = FosterMeasures.Maintenance;

    /// <summary>Seed 002 cl. 8.1: the grounds that concern one child (subcl. 2, 3, 5, 6, 7, 9, 10); the 18th birthday (subcl. 1) needs no registration.</summary>
    public static readonly string[] ChildGroundCodes = ["STATE-CARE", "PRISON", "CHILD-DEATH", "MARRIAGE", "EMANCIPATION", "ADOPTION", "PARENTS-FOUND"];

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
        (await FosterGroundsAsync(ct)).Where(g => FamilyGroundCodes.Contains(g.Code)).OrderBy(g => Array.IndexOf(FamilyGroundCodes, g.Code)).Concat(ContractGrounds).ToList();

    /// <summary>The stop grounds of the foster family's maintenance measure: the seed's text and clause, as the measure's data holds them.</summary>
    private async Task<List<EndGround>> FosterGroundsAsync(CancellationToken ct) =>
        await db.Measures.AsNoTracking().Where(m => m.Code == FosterMeasure).SelectMany(m => m.StopGrounds)
            .Select(g => new EndGround(g.Code, g.Text, g.Clause)).ToListAsync(ct);

    /// <summary>
    /// A child leaves the family on a ground of cl. 8.1 from the event's day (the first day the child is no longer there). For STATE-CARE the child
    /// is placed in the institution from that day. The family's payments are brought in line and saved with the change.
    /// </summary>
    public async Task<FosterContract> RegisterLeavingAsync(UserContext user, long contractId, LeaveInput input, CancellationToken ct = default)
    {
        await RequireWriterAsync(user, ct);
        var contract = await LoadContractForChangeAsync(user, contractId, input.Version, ct);
        var placement = contract.Placements.Where(p => p.ChildInCareId == input.ChildInCareId && p.LeftOn is null).OrderByDescending(p => p.From).FirstOrDefault()
            ?? throw Invalid("childInCareId", "Ребёнок не находится в этой семье (или его выбытие уже зарегистрировано).");
        var citizen = await db.VisibleCitizenAsync(user, placement.Child!.CitizenId, ct);
        var grounds = await ChildGroundsAsync(ct);
        var ground = grounds.FirstOrDefault(g => g.Code == input.GroundCode);
        var errors = new List<ValidationError>();
        if (ground is null) errors.Add(new("groundCode", "Выберите основание выбытия (п. 8.1 регламента)."));
        if (input.EventDate is not { } date) errors.Add(new("eventDate", "Укажите дату события."));
        else
        {
            if (date > clock.Today) errors.Add(new("eventDate", "Дата события не может быть в будущем."));
            if (date <= placement.From) errors.Add(new("eventDate", $"Дата события должна быть позже передачи в семью ({placement.From:dd.MM.yyyy})."));
            var eighteen = citizen.BirthDate.AddYears(FosterFamilyRules.AdultAge);
            if (date >= eighteen) errors.Add(new("eventDate", $"Ребёнок выбыл по достижении 18 лет {eighteen:dd.MM.yyyy} (п. 8.1 подп. 1): регистрировать выбытие не нужно."));
            else if (date > contract.LastDay) errors.Add(new("eventDate", $"Договор действовал по {contract.LastDay:dd.MM.yyyy}."));
        }
        if (string.IsNullOrWhiteSpace(input.Document)) errors.Add(new("document", "Укажите документ, подтверждающий событие (вид, номер, дату)."));
        if (ground?.Code == "STATE-CARE" && string.IsNullOrWhiteSpace(input.Institution))
            errors.Add(new("institution", "Укажите учреждение, в которое устроен ребёнок."));
        DomainValidationException.ThrowIfAny(errors);

        var eventDate = input.EventDate!.Value;
        placement.LeftOn = eventDate;
        placement.LeftGroundCode = ground!.Code;
        placement.LeftReason = $"{ground.Text} ({ground.Clause})";
        placement.LeftDocument = input.Document!.Trim();
        placement.LeftRegisteredOn = clock.Today;
        if (ground.Code == "STATE-CARE")
            placement.Child.Placements.Add(new Placement
            {
                ChildInCareId = placement.ChildInCareId, Kind = PlacementKind.Institution, Details = input.Institution!.Trim(), From = eventDate,
            });
        placement.Child.Version++;
        contract.Version++;
        var reason = $"Выбытие ребёнка {citizen.FullName} из приёмной семьи с {eventDate:dd.MM.yyyy}: {ground.Text} ({ground.Clause})";
        audit.Add(user, AuditAction.Update, ContractEntity, contract.Id.ToString(), citizen.Id, reason + "; " + placement.LeftDocument,
            [new("Выбытие", null, $"{eventDate:dd.MM.yyyy}: {ground.Clause}")]);
        await payments.SyncAsync(user, contract, eventDate, reason, ct);
        await SaveAsync(ct);
        return contract;
    }

    /// <summary>
    /// The contract ends from the event's day: every child still in the family leaves on that day (children without a new placement stay on the
    /// register as children in care), and the family's payments stop.
    /// </summary>
    public async Task<FosterContract> EndContractAsync(UserContext user, long contractId, EndContractInput input, CancellationToken ct = default)
    {
        await RequireWriterAsync(user, ct);
        var contract = await LoadContractForChangeAsync(user, contractId, input.Version, ct);
        if (contract.EndedFrom is not null) throw new ConflictException($"Договор уже прекращён с {contract.EndedFrom:dd.MM.yyyy}.");
        var ground = (await EndGroundsAsync(ct)).FirstOrDefault(g => g.Code == input.GroundCode);
        var errors = new List<ValidationError>();
        if (ground is null) errors.Add(new("groundCode", "Выберите основание прекращения договора."));
        if (input.EventDate is not { } date) errors.Add(new("eventDate", "Укажите дату, с которой договор прекращается."));
        else
        {
            if (date > clock.Today) errors.Add(new("eventDate", "Дата не может быть в будущем."));
            if (date <= contract.From) errors.Add(new("eventDate", $"Дата должна быть позже начала срока договора ({contract.From:dd.MM.yyyy})."));
            if (date > contract.To.AddDays(1)) errors.Add(new("eventDate", $"Срок договора окончился {contract.To:dd.MM.yyyy}: прекращение — не позже {contract.To.AddDays(1):dd.MM.yyyy}."));
        }
        if (string.IsNullOrWhiteSpace(input.Document)) errors.Add(new("document", "Укажите документ-основание (вид, номер, дату)."));
        DomainValidationException.ThrowIfAny(errors);

        var eventDate = input.EventDate!.Value;
        var text = $"{ground!.Text} ({ground.Clause})";
        contract.EndedFrom = eventDate;
        contract.EndGroundCode = ground.Code;
        contract.EndReason = text;
        contract.EndDocument = input.Document!.Trim();
        contract.EndRegisteredOn = clock.Today;
        contract.Version++;
        foreach (var p in contract.Placements.Where(p => p.LeftOn is null || p.LeftOn > eventDate))
        {
            p.LeftOn = eventDate < p.From ? p.From : eventDate;
            p.LeftGroundCode = ground.Code;
            p.LeftReason = "прекращение договора: " + text;
            p.LeftDocument = contract.EndDocument;
            p.LeftRegisteredOn = clock.Today;
            p.Child!.Version++;
        }
        var reason = $"Прекращение договора о приёмной семье № {contract.Number} с {eventDate:dd.MM.yyyy}: {text}";
        audit.Add(user, AuditAction.Update, ContractEntity, contract.Id.ToString(), contract.FosterParentCitizenId, reason + "; " + contract.EndDocument,
            [new("Прекращён с", null, eventDate.ToString("dd.MM.yyyy"))]);
        await payments.SyncAsync(user, contract, eventDate, reason, ct);
        await SaveAsync(ct);
        return contract;
    }
}
