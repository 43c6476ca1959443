namespace Sobes.Domain.Guardianship;

/// <summary>
/// A foster-family contract (договор о приёмной семье, СК РФ ст. 153.1–153.2; Положение о приёмной семье № 829) between the guardianship body
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
}
