using Sobes.Domain.Common;

namespace Sobes.Domain.Guardianship;

/// <summary>A ground of ending (a code of the «foster» stop ground set, or one of the contract's own grounds).</summary>
public sealed record EndGround(string Code, string Text, string Clause);

/// <summary>
/// A foster-family contract (договор о приёмной семье, СК РФ ст. 153.1–153.2; Положение о приёмной семье № 829) between the guardianship
/// body
/// and the foster parent(s): its number, date, parties, children (placements), term, and its end with the reason.
/// </summary>
public class FosterContract
{
    public long Id { get; set; }
    public string Number { get; set; } = "";
    public DateOnly ConcludedOn { get; set; }
    /// <summary>The department that keeps the contract and pays the family.</summary>
    public int OrganisationId { get; set; }
    /// <summary>The other party: the guardianship body as the contract names it.</summary>
    public string GuardianshipBody { get; set; } = "";
    public long FosterParentCitizenId { get; set; }
    /// <summary>The second foster parent (spouse), when both signed.</summary>
    public long? SecondFosterParentCitizenId { get; set; }
    public DateOnly From { get; set; }
    /// <summary>The contract's term: its last day.</summary>
    public DateOnly To { get; set; }
    /// <summary>First day the contract no longer runs, when it ended before its term (or the day after the term, once over).</summary>
    public DateOnly? EndedFrom { get; set; }
    public string? EndGroundCode { get; set; }
    public string? EndReason { get; set; }
    public string? EndDocument { get; set; }
    public DateOnly? EndRegisteredOn { get; set; }
    public int Version { get; set; }

    public List<Placement> Placements { get; set; } = [];

    /// <summary>The last day the family is paid for, whatever ended it.</summary>
    public DateOnly LastDay => EndedFrom is { } e && e.AddDays(-1) < To ? e.AddDays(-1) : To;

    public bool RunsOn(DateOnly day) => day >= From && day <= LastDay;

    /// <summary>
    /// Places a child in care in the family from <paramref name="from"/> (already checked against the contract and the child's other
    /// placements): an open institution placement ends on the day of the move.
    /// </summary>
    public Placement Place(ChildInCare child, DateOnly from, DateOnly? plannedUntil, DateOnly today)
    {
        child.CloseInstitution(from, $"передан в приёмную семью по договору № {Number}", today);
        var placement = new Placement
        {
            Child = child,
            ChildInCareId = child.Id,
            Kind = PlacementKind.FosterFamily,
            FosterContract = this,
            From = from,
            PlannedUntil = plannedUntil,
        };
        Placements.Add(placement);
        child.Placements.Add(placement);
        child.Version++;
        return placement;
    }

    /// <summary>The child's latest placement under the contract that has no registered leaving.</summary>
    public Placement OpenPlacementOf(long childInCareId) =>
        Placements.Where(p => p.ChildInCareId == childInCareId && p.LeftOn is null).OrderByDescending(p => p.From).FirstOrDefault()
        ?? throw new DomainValidationException([new("childInCareId", "Ребёнок не находится в этой семье (или его выбытие уже зарегистрировано).")]);

    /// <summary>
    /// Seed 002 cl. 8.1: the child leaves the family on <paramref name="ground"/> from the event's day (the first day the child is no
    /// longer
    /// there); the 18th birthday needs no registration. For STATE-CARE the child is placed in <paramref name="institution"/> from that day.
    /// </summary>
    public void Leave(Placement placement, DateOnly birthDate, EndGround? ground, DateOnly? eventDate, string? document, string? institution,
        DateOnly today)
    {
        var errors = new List<ValidationError>();
        if (ground is null) errors.Add(new("groundCode", "Выберите основание выбытия (п. 8.1 регламента)."));
        if (eventDate is not { } date) errors.Add(new("eventDate", "Укажите дату события."));
        else errors.AddRange(LeavingDateErrors(placement, birthDate, date, today));
        if (string.IsNullOrWhiteSpace(document)) errors.Add(new("document", "Укажите документ, подтверждающий событие (вид, номер, дату)."));
        if (ground?.Code == StateCareGround && string.IsNullOrWhiteSpace(institution))
            errors.Add(new("institution", "Укажите учреждение, в которое устроен ребёнок."));
        if (errors.Count > 0) throw new DomainValidationException(errors);

        var on = eventDate!.Value;
        placement.Leave(on, ground!.Code, $"{ground.Text} ({ground.Clause})", document!.Trim(), today);
        if (ground.Code == StateCareGround)
            placement.Child!.Placements.Add(new Placement
            {
                ChildInCareId = placement.ChildInCareId, Kind = PlacementKind.Institution, Details = institution!.Trim(), From = on,
            });
        placement.Child!.Version++;
        Version++;
    }

    /// <summary>Seed 002 cl. 8.1 subcl. 2: placed in an institution on full state care — the ground that moves the child there.</summary>
    public const string StateCareGround = "STATE-CARE";

    private IEnumerable<ValidationError> LeavingDateErrors(Placement placement, DateOnly birthDate, DateOnly date, DateOnly today)
    {
        if (date > today) yield return new("eventDate", "Дата события не может быть в будущем.");
        if (date <= placement.From) yield return new("eventDate", $"Дата события должна быть позже передачи в семью ({placement.From:dd.MM.yyyy}).");
        var eighteen = birthDate.AddYears(FosterFamilyRules.AdultAge);
        if (date >= eighteen)
            yield return new("eventDate",
                $"Ребёнок выбыл по достижении 18 лет {eighteen:dd.MM.yyyy} (п. 8.1 подп. 1): регистрировать выбытие не нужно.");
        else if (date > LastDay) yield return new("eventDate", $"Договор действовал по {LastDay:dd.MM.yyyy}.");
    }

    /// <summary>
    /// The contract ends from the event's day on <paramref name="ground"/>: every child still in the family leaves on that day (a child
    /// placed
    /// later leaves on the placement day); the caller stops the family's payments.
    /// </summary>
    public void End(EndGround? ground, DateOnly? eventDate, string? document, DateOnly today)
    {
        if (EndedFrom is not null) throw new ConflictException($"Договор уже прекращён с {EndedFrom:dd.MM.yyyy}.");
        var errors = new List<ValidationError>();
        if (ground is null) errors.Add(new("groundCode", "Выберите основание прекращения договора."));
        if (eventDate is not { } date) errors.Add(new("eventDate", "Укажите дату, с которой договор прекращается."));
        else
        {
            if (date > today) errors.Add(new("eventDate", "Дата не может быть в будущем."));
            if (date <= From) errors.Add(new("eventDate", $"Дата должна быть позже начала срока договора ({From:dd.MM.yyyy})."));
            if (date > To.AddDays(1))
                errors.Add(new("eventDate", $"Срок договора окончился {To:dd.MM.yyyy}: прекращение — не позже {To.AddDays(1):dd.MM.yyyy}."));
        }
        if (string.IsNullOrWhiteSpace(document)) errors.Add(new("document", "Укажите документ-основание (вид, номер, дату)."));
        if (errors.Count > 0) throw new DomainValidationException(errors);

        var on = eventDate!.Value;
        var text = $"{ground!.Text} ({ground.Clause})";
        EndedFrom = on;
        EndGroundCode = ground.Code;
        EndReason = text;
        EndDocument = document!.Trim();
        EndRegisteredOn = today;
        Version++;
        foreach (var p in Placements.Where(p => p.LeftOn is null || p.LeftOn > on))
        {
            p.Leave(on < p.From ? p.From : on, ground.Code, "прекращение договора: " + text, EndDocument, today);
            p.Child!.Version++;
        }
    }
}

public enum PlacementKind { FosterFamily = 1, Guardianship = 2, Institution = 3 }

public static class PlacementKindNames
{
    public static string Russian(this PlacementKind k) => k switch
    {
        PlacementKind.FosterFamily => "приёмная семья",
        PlacementKind.Guardianship => "опека (попечительство)",
        PlacementKind.Institution => "учреждение (полное государственное обеспечение)",
        _ => throw new ArgumentOutOfRangeException(nameof(k), k, null),
    };
}

/// <summary>
/// Where a child lived from a date (placement history): a foster family under a contract, a guardian, or an institution.
/// A foster placement ends on the 18th birthday by itself (seed 002 cl. 8.1 subcl. 1) or by a registered ground from <see cref="LeftOn"/>.
/// </summary>
public class Placement
{
    public long Id { get; set; }
    public long ChildInCareId { get; set; }
    public ChildInCare? Child { get; set; }
    public PlacementKind Kind { get; set; }
    public long? FosterContractId { get; set; }
    public FosterContract? FosterContract { get; set; }
    public long? GuardianCitizenId { get; set; }
    /// <summary>The institution, or the act appointing the guardian.</summary>
    public string? Details { get; set; }
    public DateOnly From { get; set; }
    /// <summary>The term the child is placed for (its last day); null — until the 18th birthday.</summary>
    public DateOnly? PlannedUntil { get; set; }
    /// <summary>First day the child no longer lives there (the event's date).</summary>
    public DateOnly? LeftOn { get; set; }
    /// <summary>The stop ground of seed 002 cl. 8.1 (a code of the «foster» ground set) or another reason.</summary>
    public string? LeftGroundCode { get; set; }
    public string? LeftReason { get; set; }
    public string? LeftDocument { get; set; }
    /// <summary>When the end was registered: after the months were paid, what was paid for days after it becomes an overpayment.</summary>
    public DateOnly? LeftRegisteredOn { get; set; }

    /// <summary>Whether the child lives there on the day (without the 18th-birthday rule — see <see cref="FosterFamilyRules"/>).</summary>
    public bool Covers(DateOnly day) => day >= From && (LeftOn is null || day < LeftOn) && (PlannedUntil is null || day <= PlannedUntil);

    /// <summary>The child no longer lives there from <paramref name="on"/>; registered <paramref name="today"/>.</summary>
    public void Leave(DateOnly on, string? groundCode, string reason, string? document, DateOnly today)
    {
        LeftOn = on;
        LeftGroundCode = groundCode;
        LeftReason = reason;
        LeftDocument = document;
        LeftRegisteredOn = today;
    }
}
