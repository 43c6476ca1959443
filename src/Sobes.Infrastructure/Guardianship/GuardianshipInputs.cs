using Sobes.Domain.Guardianship;
using Sobes.Domain.Registry;

namespace Sobes.Infrastructure.Guardianship;

/// <summary>A child in care as entered: the registry citizen (on registration only), the document of cl. 10.1 subcl. 7, health, a
/// note.</summary>
public sealed class ChildInCareInput
{
    public long CitizenId { get; set; }
    public CareAbsenceKind? CareAbsenceKind { get; set; }
    public string? CareAbsenceDocument { get; set; }
    public DateOnly? CareAbsenceDocumentDate { get; set; }
    public DateOnly? DisabledFrom { get; set; }
    public DateOnly? LimitedHealthFrom { get; set; }
    public string? Note { get; set; }
    /// <summary>The version read before an edit; a different stored one means someone else changed the record (409).</summary>
    public int? Version { get; set; }
}

public sealed class SchoolingInput
{
    public string? School { get; set; }
    public SchoolOwnership? Ownership { get; set; }
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
    public string? Certificate { get; set; }
}

public sealed class SchoolingEndInput
{
    public DateOnly? To { get; set; }
}

/// <summary>A placement in an institution or with a guardian (a foster family is placed by a contract).</summary>
public sealed class PlacementInput
{
    public PlacementKind? Kind { get; set; }
    public string? Details { get; set; }
    public long? GuardianCitizenId { get; set; }
    public DateOnly? From { get; set; }
    public DateOnly? PlannedUntil { get; set; }
}

public sealed class ContractChildInput
{
    public long ChildInCareId { get; set; }
    public DateOnly? PlacedFrom { get; set; }
    /// <summary>Empty: until the contract's term or the 18th birthday.</summary>
    public DateOnly? PlannedUntil { get; set; }
}

public sealed class FosterContractInput
{
    public string? Number { get; set; }
    public DateOnly? ConcludedOn { get; set; }
    public string? GuardianshipBody { get; set; }
    public long FosterParentCitizenId { get; set; }
    public long? SecondFosterParentCitizenId { get; set; }
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
    public List<ContractChildInput> Children { get; set; } = [];
}

public sealed class AddContractChildInput
{
    public long ChildInCareId { get; set; }
    public DateOnly? PlacedFrom { get; set; }
    public DateOnly? PlannedUntil { get; set; }
    public int? Version { get; set; }
}

/// <summary>A child leaves the family on a ground of seed 002 cl. 8.1; for STATE-CARE the institution receiving the child.</summary>
public sealed class LeaveInput
{
    public long ChildInCareId { get; set; }
    public string? GroundCode { get; set; }
    public DateOnly? EventDate { get; set; }
    public string? Document { get; set; }
    public string? Institution { get; set; }
    public int? Version { get; set; }
}

public sealed class EndContractInput
{
    public string? GroundCode { get; set; }
    public DateOnly? EventDate { get; set; }
    public string? Document { get; set; }
    public int? Version { get; set; }
}

/// <summary>Where a child is on a day.</summary>
public enum ChildCareStatus { Institution = 1, FosterFamily = 2, Guardianship = 3, NotPlaced = 4 }

public static class ChildCareStatusNames
{
    public static string Russian(this ChildCareStatus s) => s switch
    {
        ChildCareStatus.Institution => "в учреждении",
        ChildCareStatus.FosterFamily => "в приёмной семье",
        ChildCareStatus.Guardianship => "под опекой",
        ChildCareStatus.NotPlaced => "не устроен",
        _ => throw new ArgumentOutOfRangeException(nameof(s), s, null),
    };
}

/// <summary>The grounds of a child's leaving and of the contract's end.</summary>
public sealed record FosterEndGrounds(IReadOnlyList<EndGround> Child, IReadOnlyList<EndGround> Contract);

public sealed record ChildListItem(long Id, long CitizenId, string FullName, DateOnly BirthDate, int Age, ChildCareStatus Status, string Where,
    CareAbsenceKind CareAbsenceKind, DateOnly RegisteredOn);

public sealed record PlacementView(
    long Id,
    PlacementKind Kind,
    string Where,
    long? ContractId,
    string? ContractNumber,
    DateOnly From,
    DateOnly? PlannedUntil,
    DateOnly? LeftOn,
    string? LeftGroundCode,
    string? LeftReason,
    string? LeftDocument,
    DateOnly? LeftRegisteredOn,
    bool LeftAtEighteen
);

public sealed record ChildCard(ChildInCare Child, string FullName, DateOnly BirthDate, int Age, string? Snils, string Address, string Organisation,
    ChildCareStatus Status, IReadOnlyList<PlacementView> History);

public sealed record FosterContractListItem(
    long Id,
    string Number,
    DateOnly ConcludedOn,
    string FosterParent,
    DateOnly From,
    DateOnly To,
    DateOnly? EndedFrom,
    bool Active,
    int ChildrenNow
);

public sealed record FosterContractChildView(long PlacementId, long ChildInCareId, long CitizenId, string FullName, DateOnly BirthDate, int Age,
    DateOnly PlacedFrom, DateOnly? PlannedUntil, DateOnly LastDay, bool InFamily, string Status, string? LeftReason, string? LeftDocument);

public sealed record PersonView(long Id, string FullName, DateOnly BirthDate, string Address, string? PaymentDetails);

public sealed record FosterContractCard(
    FosterContract Contract,
    PersonView FosterParent,
    PersonView? SecondFosterParent,
    string Organisation,
    bool Active,
    IReadOnlyList<FosterContractChildView> Children
);

public sealed record ChildListPage(IReadOnlyList<ChildListItem> Items, bool CanWrite);

public sealed record ChildCardPage(ChildCard Card, bool CanWrite);

public sealed record FosterContractListPage(IReadOnlyList<FosterContractListItem> Items, bool CanWrite);

/// <summary>The contract card page; the grounds and the candidates only for the register's keepers, the payments only to those who see
/// them.</summary>
public sealed record FosterContractPage(FosterContractCard Card, bool CanWrite, FamilyPayments? Family, IReadOnlyList<EndGround> ChildGrounds,
    IReadOnlyList<EndGround> EndGrounds, IReadOnlyList<ChildListItem> Candidates);

/// <summary>What the contract form shows besides the input: the chosen foster parent and the children a family can take.</summary>
public sealed record FosterContractForm(Citizen? Parent, IReadOnlyList<ChildListItem> Candidates);
