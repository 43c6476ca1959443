using Microsoft.EntityFrameworkCore;
using Sobes.Domain.Audit;
using Sobes.Domain.Common;
using Sobes.Domain.Guardianship;
using Sobes.Domain.Organisations;
using Sobes.Infrastructure.Registry;

namespace Sobes.Infrastructure.Guardianship;

public sealed partial class GuardianshipService
{
    /// <summary>
    /// A placement in an institution (full state care) or with a guardian. A family placement is made by a foster contract. An open institution
    /// placement ends when the child is placed elsewhere; a guardianship placement must not overlap a family one (cl. 14.2 subcl. 3).
    /// </summary>
    public async Task<Placement> AddPlacementAsync(UserContext user, long childId, PlacementInput input, CancellationToken ct = default)
    {
        await RequireWriterAsync(user, ct);
        var child = await LoadChildAsync(user, childId, ct);
        var citizen = await db.VisibleCitizenAsync(user, child.CitizenId, ct);
        var errors = new List<ValidationError>();
        if (input.Kind is not ({ } kind and (PlacementKind.Institution or PlacementKind.Guardianship)))
            errors.Add(new("kind", "Выберите: учреждение или опека (попечительство). В приёмную семью ребёнка передают по договору о приёмной семье."));
        if (string.IsNullOrWhiteSpace(input.Details))
            errors.Add(new("details", input.Kind == PlacementKind.Guardianship ? "Укажите акт о назначении опекуна (номер, дату)." : "Укажите учреждение."));
        if (input.From is not { } from) errors.Add(new("from", "Укажите дату устройства."));
        else
        {
            if (from > clock.Today) errors.Add(new("from", "Дата устройства не может быть в будущем."));
            if (input.PlannedUntil is { } pu && pu < from) errors.Add(new("plannedUntil", "Срок окончания раньше даты устройства."));
            if (input.Kind == PlacementKind.Guardianship)
                errors.AddRange(FosterFamilyRules.ValidatePlacement(citizen.BirthDate, from, input.PlannedUntil, child.Placements, "from"));
            else if (from < citizen.BirthDate) errors.Add(new("from", "Дата устройства раньше даты рождения ребёнка."));
        }
        if (input.Kind == PlacementKind.Guardianship && input.GuardianCitizenId is { } g && !await db.VisibleCitizens(user).AnyAsync(c => c.Id == g, ct))
            errors.Add(new("guardianCitizenId", "Опекун не найден в регистре вашего района."));
        DomainValidationException.ThrowIfAny(errors);

        var placedFrom = input.From!.Value;
        CloseInstitution(child, placedFrom, input.Kind == PlacementKind.Institution ? "переведён в другое учреждение" : "передан под опеку (попечительство)");
        var placement = new Placement
        {
            ChildInCareId = child.Id, Kind = input.Kind!.Value, Details = input.Details!.Trim(), From = placedFrom, PlannedUntil = input.PlannedUntil,
            GuardianCitizenId = input.Kind == PlacementKind.Guardianship ? input.GuardianCitizenId : null,
        };
        child.Placements.Add(placement);
        child.Version++;
        audit.Add(user, AuditAction.Create, nameof(Placement), null, child.CitizenId,
            $"Устройство ребёнка {citizen.FullName}: {placement.Kind.Russian()} — {placement.Details} с {placement.From:dd.MM.yyyy}");
        await SaveAsync(ct);
        return placement;
    }

    /// <summary>Closes an open institution placement that began before the child moved (LeftOn: the day of the move).</summary>
    private void CloseInstitution(ChildInCare child, DateOnly movedOn, string reason)
    {
        foreach (var p in child.Placements.Where(p => p.Kind == PlacementKind.Institution && p.From < movedOn && (p.LeftOn is null || p.LeftOn > movedOn)
                                                      && (p.PlannedUntil is null || p.PlannedUntil >= movedOn)))
        {
            p.LeftOn = movedOn;
            p.LeftReason = reason;
            p.LeftRegisteredOn = clock.Today;
        }
    }
}
