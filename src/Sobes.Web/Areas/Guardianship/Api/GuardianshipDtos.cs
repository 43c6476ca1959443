using Sobes.Domain.Guardianship;
using Sobes.Infrastructure.Guardianship;

namespace Sobes.Web.Areas.Guardianship.Api;

internal sealed record SchoolingDto(
    long Id,
    string School,
    SchoolOwnership Ownership,
    string OwnershipName,
    bool GivesFreeTravel,
    DateOnly From,
    DateOnly? To,
    string Certificate
)
{
    public static SchoolingDto Of(Schooling s) =>
        new(s.Id, s.School, s.Ownership, s.Ownership.Russian(), s.Ownership.GivesFreeTravel(), s.From, s.To, s.Certificate);
}

internal sealed record ChildDto(
    long Id,
    long CitizenId,
    string? FullName,
    DateOnly? BirthDate,
    int? Age,
    int OrganisationId,
    string? Organisation,
    DateOnly RegisteredOn,
    CareAbsenceKind CareAbsenceKind,
    string CareAbsenceKindName,
    string CareAbsenceClause,
    string CareAbsenceDocument,
    DateOnly? CareAbsenceDocumentDate,
    DateOnly? DisabledFrom,
    DateOnly? LimitedHealthFrom,
    string? Note,
    int Version,
    ChildCareStatus? Status,
    string? StatusName,
    IReadOnlyList<SchoolingDto> Schooling,
    IReadOnlyList<PlacementView> Placements
)
{
    public static ChildDto Of(ChildInCare c) =>
        new(
            c.Id,
            c.CitizenId,
            null,
            null,
            null,
            c.OrganisationId,
            null,
            c.RegisteredOn,
            c.CareAbsenceKind,
            c.CareAbsenceKind.Russian(),
            c.CareAbsenceKind.Clause(),
            c.CareAbsenceDocument,
            c.CareAbsenceDocumentDate,
            c.DisabledFrom,
            c.LimitedHealthFrom,
            c.Note,
            c.Version,
            null,
            null,
            c.Schooling.Select(SchoolingDto.Of).ToList(),
            []
        );

    public static ChildDto Of(ChildCard card) =>
        Of(card.Child) with
        {
            FullName = card.FullName,
            BirthDate = card.BirthDate,
            Age = card.Age,
            Organisation = card.Organisation,
            Status = card.Status,
            StatusName = card.Status.Russian(),
            Placements = card.History,
        };
}

internal sealed record PlacementDto(
    long Id,
    long ChildInCareId,
    PlacementKind Kind,
    string KindName,
    long? FosterContractId,
    long? GuardianCitizenId,
    string? Details,
    DateOnly From,
    DateOnly? PlannedUntil,
    DateOnly? LeftOn,
    string? LeftGroundCode,
    string? LeftReason,
    string? LeftDocument,
    DateOnly? LeftRegisteredOn
)
{
    public static PlacementDto Of(Placement p) =>
        new(
            p.Id,
            p.ChildInCareId,
            p.Kind,
            p.Kind.Russian(),
            p.FosterContractId,
            p.GuardianCitizenId,
            p.Details,
            p.From,
            p.PlannedUntil,
            p.LeftOn,
            p.LeftGroundCode,
            p.LeftReason,
            p.LeftDocument,
            p.LeftRegisteredOn
        );
}

internal sealed record FosterContractDto(
    long Id,
    string Number,
    DateOnly ConcludedOn,
    int OrganisationId,
    string GuardianshipBody,
    long FosterParentCitizenId,
    long? SecondFosterParentCitizenId,
    DateOnly From,
    DateOnly To,
    DateOnly? EndedFrom,
    string? EndGroundCode,
    string? EndReason,
    string? EndDocument,
    DateOnly? EndRegisteredOn,
    int Version,
    bool? Active,
    PersonView? FosterParent,
    PersonView? SecondFosterParent,
    IReadOnlyList<PlacementDto> Placements,
    IReadOnlyList<FosterContractChildView>? Children
)
{
    public static FosterContractDto Of(FosterContract c) =>
        new(
            c.Id,
            c.Number,
            c.ConcludedOn,
            c.OrganisationId,
            c.GuardianshipBody,
            c.FosterParentCitizenId,
            c.SecondFosterParentCitizenId,
            c.From,
            c.To,
            c.EndedFrom,
            c.EndGroundCode,
            c.EndReason,
            c.EndDocument,
            c.EndRegisteredOn,
            c.Version,
            null,
            null,
            null,
            c.Placements.OrderBy(p => p.From).ThenBy(p => p.Id).Select(PlacementDto.Of).ToList(),
            null
        );

    public static FosterContractDto Of(FosterContractCard card) => Of(card.Contract) with
    {
        Active = card.Active,
        FosterParent = card.FosterParent,
        SecondFosterParent = card.SecondFosterParent,
        Children = card.Children,
    };
}
