using Microsoft.EntityFrameworkCore;
using Sobes.Domain.Audit;
using Sobes.Domain.Common;
using Sobes.Domain.Guardianship;
using Sobes.Domain.Organisations;
using Sobes.Infrastructure.Audit;
using Sobes.Infrastructure.Persistence;
using Sobes.Infrastructure.Registry;

namespace Sobes.Infrastructure.Guardianship;

/// <summary>
/// A child's placement in an institution (full state care) or with a guardian; a family placement is made by a foster contract
/// (<see cref="FosterContractConclusion"/>). An open institution placement ends when the child is placed elsewhere; a guardianship
/// placement
/// must not overlap a family one (seed 002 cl. 14.2 subcl. 3).
/// </summary>
public sealed class ChildPlacements(SobesDbContext db, AuditLog audit, RegionClock clock, GuardianshipAccess access, GuardianshipRecords records)
{
    public async Task<Placement> AddPlacementAsync(UserContext user, long childId, PlacementInput input, CancellationToken ct = default)
    {
        await access.RequireWriterAsync(user, ct);
        var child = await records.LoadChildAsync(user, childId, ct);
        var citizen = await db.VisibleCitizenAsync(user, child.CitizenId, ct);
        var errors = new List<ValidationError>();
        if (input.Kind is not ({ } kind and (PlacementKind.Institution or PlacementKind.Guardianship)))
            errors.Add(new("kind",
                "Выберите: учреждение или опека (попечительство). В приёмную семью ребёнка передают по договору о приёмной семье."));
        if (string.IsNullOrWhiteSpace(input.Details))
            errors.Add(new("details",
                input.Kind == PlacementKind.Guardianship ? "Укажите акт о назначении опекуна (номер, дату)." : "Укажите учреждение."));
        if (input.From is not { } from) errors.Add(new("from", "Укажите дату устройства."));
        else errors.AddRange(DateErrors(input, from, citizen.BirthDate, child));
        if (
            input.Kind == PlacementKind.Guardianship
            && input.GuardianCitizenId is { } g
            && !await db.VisibleCitizens(user).AnyAsync(c => c.Id == g, ct)
        )
            errors.Add(new("guardianCitizenId", "Опекун не найден в регистре вашего района."));
        DomainValidationException.ThrowIfAny(errors);

        var placement = new Placement
        {
            ChildInCareId = child.Id, Kind = input.Kind!.Value, Details = input.Details!.Trim(), From = input.From!.Value,
            PlannedUntil = input.PlannedUntil, GuardianCitizenId = input.Kind == PlacementKind.Guardianship ? input.GuardianCitizenId : null,
        };
        child.Place(placement, clock.Today);
        audit.Add(user, AuditAction.Create, nameof(Placement), null, child.CitizenId,
            $"Устройство ребёнка {citizen.FullName}: {placement.Kind.Russian()} — {placement.Details} с {placement.From:dd.MM.yyyy}");
        await records.SaveAsync(ct);
        return placement;
    }

    private List<ValidationError> DateErrors(PlacementInput input, DateOnly from, DateOnly birth, ChildInCare child)
    {
        var errors = new List<ValidationError>();
        if (from > clock.Today) errors.Add(new("from", "Дата устройства не может быть в будущем."));
        if (input.PlannedUntil is { } pu && pu < from) errors.Add(new("plannedUntil", "Срок окончания раньше даты устройства."));
        if (input.Kind == PlacementKind.Guardianship)
            errors.AddRange(FosterFamilyRules.ValidatePlacement(birth, from, input.PlannedUntil, child.Placements, "from"));
        else if (from < birth) errors.Add(new("from", "Дата устройства раньше даты рождения ребёнка."));
        return errors;
    }
}
