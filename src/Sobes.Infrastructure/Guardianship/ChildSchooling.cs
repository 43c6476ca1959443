using Sobes.Domain.Audit;
using Sobes.Domain.Common;
using Sobes.Domain.Guardianship;
using Sobes.Domain.Organisations;
using Sobes.Infrastructure.Audit;
using Sobes.Infrastructure.Persistence;
using Sobes.Infrastructure.Registry;

namespace Sobes.Infrastructure.Guardianship;

/// <summary>
/// A child's schooling confirmed by a school's certificate (seed 002 cl. 10.1 subcl. 6): its start and its end. Schooling at a regional
/// state
/// or municipal school gives the free-travel payment, so every change brings the family's payments in line and is saved with them.
/// </summary>
public sealed class ChildSchooling(SobesDbContext db, AuditLog audit, GuardianshipAccess access, GuardianshipRecords records)
{
    public async Task<Schooling> AddSchoolingAsync(UserContext user, long childId, SchoolingInput input, CancellationToken ct = default)
    {
        await access.RequireWriterAsync(user, ct);
        var child = await records.LoadChildAsync(user, childId, ct);
        var citizen = await db.VisibleCitizenAsync(user, child.CitizenId, ct);
        var errors = new List<ValidationError>();
        if (string.IsNullOrWhiteSpace(input.School)) errors.Add(new("school", "Укажите образовательную организацию."));
        if (input.Ownership is not { } own || !Enum.IsDefined(own))
            errors.Add(new("ownership", "Укажите, в чьём ведении организация (областная государственная, муниципальная …)."));
        if (input.From is not { } from) errors.Add(new("from", "Укажите дату начала обучения."));
        else if (from < citizen.BirthDate) errors.Add(new("from", "Дата начала обучения раньше даты рождения."));
        else if (input.To is { } to && to < from) errors.Add(new("to", "Обучение не может окончиться раньше начала."));
        DomainValidationException.ThrowIfAny(errors);
        var s = new Schooling
        {
            ChildInCareId = child.Id, School = input.School!.Trim(), Ownership = input.Ownership!.Value, From = input.From!.Value, To = input.To,
            Certificate = input.Certificate?.Trim() ?? "",
        };
        child.Schooling.Add(s);
        child.Version++;
        audit.Add(user, AuditAction.Create, nameof(Schooling), null, child.CitizenId,
            $"Обучение ребёнка {citizen.FullName}: {s.School} ({s.Ownership.Russian()}) с {s.From:dd.MM.yyyy}");
        await records.SyncFamiliesAsync(user, child.Id, s.From, $"Обучение ребёнка {citizen.FullName}: {s.School}", ct);
        await records.SaveAsync(ct);
        return s;
    }

    public async Task<Schooling> EndSchoolingAsync(
        UserContext user,
        long childId,
        long schoolingId,
        SchoolingEndInput input,
        CancellationToken ct = default
    )
    {
        await access.RequireWriterAsync(user, ct);
        var child = await records.LoadChildAsync(user, childId, ct);
        var citizen = await db.VisibleCitizenAsync(user, child.CitizenId, ct);
        var s = child.Schooling.FirstOrDefault(x => x.Id == schoolingId)
            ?? throw new NotFoundException($"Запись об обучении № {schoolingId} не найдена.");
        s.End(input.To);
        child.Version++;
        var to = s.To!.Value;
        audit.Add(user, AuditAction.Update, nameof(Schooling), s.Id.ToString(), child.CitizenId,
            $"Окончено обучение ребёнка {citizen.FullName}: {s.School} по {to:dd.MM.yyyy}", [new("Обучение по", null, to.ToString("dd.MM.yyyy"))]);
        await records.SyncFamiliesAsync(user, child.Id, to.AddDays(1), $"Окончено обучение ребёнка {citizen.FullName}: {s.School}", ct);
        await records.SaveAsync(ct);
        return s;
    }
}
