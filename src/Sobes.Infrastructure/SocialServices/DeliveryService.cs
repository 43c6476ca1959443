using Microsoft.EntityFrameworkCore;
using Sobes.Domain.Audit;
using Sobes.Domain.Common;
using Sobes.Domain.Organisations;
using Sobes.Domain.SocialServices;
using Sobes.Infrastructure.Audit;
using Sobes.Infrastructure.Common;
using Sobes.Infrastructure.Persistence;
using Sobes.Infrastructure.Registry;

namespace Sobes.Infrastructure.SocialServices;

public sealed class DeliveryInput
{
    public long ServiceContractId { get; set; }
    public int SocialServiceId { get; set; }
    public DateOnly DeliveredOn { get; set; }
    public decimal Quantity { get; set; } = 1;
    /// <summary>Time actually spent; empty — the service's time norm is used.</summary>
    public int? Minutes { get; set; }
}

/// <summary>A recipient a worker may record services for: an active contract with the worker's organisation, and the programme's services.</summary>
public sealed record ContractedRecipient(long ContractId, string ContractNumber, long CitizenId, string CitizenName, ServiceForm Form,
    IReadOnlyList<SocialService> Services);

public sealed record DeliveredListItem(long Id, DateOnly DeliveredOn, long CitizenId, string CitizenName, string ServiceCode, string ServiceName,
    string Unit, decimal Quantity, int Minutes, string WorkerName, bool InSignedAct);

/// <summary>Services actually given, recorded by social workers (from a phone or a desktop); territory-scoped and audited.</summary>
public sealed class DeliveryService(SobesDbContext db, AuditLog audit, RegionClock clock)
{
    private const string Entity = nameof(DeliveredService);

    public async Task<IReadOnlyList<ContractedRecipient>> RecipientsAsync(UserContext user, DateOnly on, CancellationToken ct = default)
    {
        var visible = db.Citizens.VisibleTo(user);
        var contracts = await db
            .ServiceContracts.AsNoTracking()
            .AsSplitQuery()
            .Include(c => c.IndividualProgramme)
                .ThenInclude(p => p!.Lines)
                    .ThenInclude(l => l.SocialService)
            .Where(c =>
                c.ProviderOrganisationId == user.OrganisationId
                && (c.TerminatedOn == null || c.TerminatedOn >= on)
                && c.StartsOn <= on
                && (c.EndsOn == null || c.EndsOn >= on)
            )
            .Where(c => visible.Any(x => x.Id == c.CitizenId))
            .ToListAsync(ct);
        var names = await db.NamesAsync(user, contracts.Select(c => c.CitizenId), ct);
        await audit.RecordAsync(
            user,
            AuditAction.Search,
            Entity,
            null,
            null,
            $"Получатели услуг по договорам на {on:dd.MM.yyyy}: {contracts.Count}",
            ct
        );
        return contracts
            .Select(c => new ContractedRecipient(c.Id, c.Number, c.CitizenId, names.GetValueOrDefault(c.CitizenId, "—"), c.IndividualProgramme!.Form,
                c.IndividualProgramme.Lines.Where(l => l.PeriodFrom <= on && l.PeriodTo >= on).Select(l => l.SocialService!)
                    .DistinctBy(s => s.Id).OrderBy(s => s.Code, CodeComparer.Instance).ToList()))
            .Where(r => r.Services.Count > 0) // a programme whose terms have all run out needs review, not records
            .OrderBy(r => r.CitizenName, StringComparer.Create(RussianFormat.Culture, false))
            .ToList();
    }

    public async Task<DeliveredService> RecordAsync(UserContext user, DeliveryInput input, CancellationToken ct = default)
    {
        await db.RequireProviderAsync(user, ct);
        var visible = db.Citizens.VisibleTo(user);
        var contract = await db
            .ServiceContracts.AsNoTracking()
            .Include(c => c.IndividualProgramme)
                .ThenInclude(p => p!.Lines)
            .Where(c => c.ProviderOrganisationId == user.OrganisationId && visible.Any(x => x.Id == c.CitizenId))
            .FirstOrDefaultAsync(c => c.Id == input.ServiceContractId, ct)
            ?? throw new DomainValidationException([
                new("serviceContractId", "Выберите получателя услуг с действующим договором вашей организации."),
            ]);
        var service = await db.SocialServices.AsNoTracking().FirstOrDefaultAsync(s => s.Id == input.SocialServiceId, ct);
        var date = input.DeliveredOn == default ? clock.Today : input.DeliveredOn;
        var minutes = input.Minutes ?? 0;
        await ValidateAsync(contract, service, input, date, minutes, ct);

        var d = new DeliveredService
        {
            CitizenId = contract.CitizenId,
            SocialServiceId = service!.Id,
            ServiceContractId = contract.Id,
            ProviderOrganisationId = user.OrganisationId,
            DeliveredOn = date,
            Quantity = input.Quantity,
            Minutes = minutes,
            WorkerUserId = user.UserId,
            WorkerName = user.FullName,
        };
        db.DeliveredServices.Add(d);
        audit.Add(
            user,
            AuditAction.Create,
            Entity,
            null,
            contract.CitizenId,
            $"Отмечена услуга {service.Code} «{service.Name}» за {date:dd.MM.yyyy}: {d.Quantity:0.###} {service.Unit}, " +
                $"{d.Minutes} мин. (договор {contract.Number})"
        );
        await db.SaveChangesAsync(ct);
        return d;
    }

    private async Task ValidateAsync(
        ServiceContract contract,
        SocialService? service,
        DeliveryInput input,
        DateOnly date,
        int minutes,
        CancellationToken ct
    )
    {
        var errors = new List<ValidationError>();
        if (date > clock.Today) errors.Add(new("deliveredOn", "Нельзя отметить услугу будущей датой."));
        if (contract.TerminatedOn is { } terminated && date > terminated)
            errors.Add(
                new(
                    "deliveredOn",
                    $"Обслуживание по договору {contract.Number} прекращено {terminated:dd.MM.yyyy} (ст. 18 442-ФЗ): услуги после " +
                        $"этой даты не отмечаются."
                )
            );
        else if (!contract.IsInForceOn(date))
            errors.Add(new("deliveredOn", $"На {date:dd.MM.yyyy} договор {contract.Number} не действует."));
        // After a review (ст. 16 ч. 5) the contract follows the new version; a day before it falls under the version then in force.
        var versions = await db.IndividualProgrammes.AsNoTracking().Include(p => p.Lines)
            .Where(p => p.NeedRecognitionId == contract.IndividualProgramme!.NeedRecognitionId && p.CitizenId == contract.CitizenId).ToListAsync(ct);
        var lines = versions.Where(p => p.IsInForceOn(date)).SelectMany(p => p.Lines);
        if (service is null) errors.Add(new("socialServiceId", "Выберите услугу."));
        else if (!lines.Any(l => l.SocialServiceId == service.Id && l.PeriodFrom <= date && l.PeriodTo >= date))
            errors.Add(new("socialServiceId", $"Услуга «{service.Name}» не предусмотрена индивидуальной программой на {date:dd.MM.yyyy}."));
        if (input.Quantity <= 0) errors.Add(new("quantity", "Количество должно быть больше нуля."));
        else if (input.Quantity > 100) errors.Add(new("quantity", "Слишком большое количество для одной отметки — проверьте ввод."));
        if (minutes < 0) errors.Add(new("minutes", "Время не может быть отрицательным."));
        else if (minutes > 24 * 60) errors.Add(new("minutes", "Время на одну отметку не может превышать сутки."));
        if (await SignedActExistsAsync(contract.CitizenId, date, ct))
            errors.Add(new("deliveredOn", $"Акт за {date:MM.yyyy} уже подписан — услуги этого месяца не изменяются."));
        DomainValidationException.ThrowIfAny(errors);
    }

    public async Task DeleteAsync(UserContext user, long id, CancellationToken ct = default)
    {
        await db.RequireProviderAsync(user, ct);
        var visible = db.Citizens.VisibleTo(user);
        var d = await db.DeliveredServices.Include(x => x.SocialService)
                    .Where(x => x.ProviderOrganisationId == user.OrganisationId && visible.Any(c => c.Id == x.CitizenId))
                    .FirstOrDefaultAsync(x => x.Id == id, ct)
                ?? throw new NotFoundException($"Отметка № {id} не найдена.");
        if (await SignedActExistsAsync(d.CitizenId, d.DeliveredOn, ct))
            throw new ConflictException($"Акт за {d.DeliveredOn:MM.yyyy} уже подписан — отметку удалить нельзя.");
        db.DeliveredServices.Remove(d);
        audit.Add(user, AuditAction.Delete, Entity, id.ToString(), d.CitizenId,
            $"Удалена отметка об услуге {d.SocialService?.Code} за {d.DeliveredOn:dd.MM.yyyy}");
        await db.SaveChangesAsync(ct);
    }

    public async Task<IReadOnlyList<DeliveredListItem>> ListAsync(
        UserContext user,
        DateOnly from,
        DateOnly to,
        long? citizenId = null,
        bool onlyMine = false,
        CancellationToken ct = default
    )
    {
        var visible = db.Citizens.VisibleTo(user);
        var rows = await db.DeliveredServices.AsNoTracking().Include(d => d.SocialService)
            .Where(d => d.DeliveredOn >= from && d.DeliveredOn <= to && visible.Any(c => c.Id == d.CitizenId))
            .VisibleTo(user, d => d.ProviderOrganisationId)
            .Where(d => citizenId == null || d.CitizenId == citizenId)
            .Where(d => !onlyMine || d.WorkerUserId == user.UserId)
            .OrderByDescending(d => d.DeliveredOn).ThenByDescending(d => d.Id).Take(1000).ToListAsync(ct);
        var names = await db.NamesAsync(user, rows.Select(r => r.CitizenId), ct);
        var signed = await db.ServiceActs.AsNoTracking().Where(a => a.SignedOn != null && a.Year >= from.Year && a.Year <= to.Year)
            .Select(a => new { a.CitizenId, a.Year, a.Month }).ToListAsync(ct);
        var signedSet = signed.Select(s => (s.CitizenId, s.Year, s.Month)).ToHashSet();
        await audit.RecordAsync(user, AuditAction.Search, Entity, null, citizenId,
            $"Журнал оказанных услуг {from:dd.MM.yyyy}–{to:dd.MM.yyyy}: {rows.Count}", ct);
        return rows.Select(d => new DeliveredListItem(d.Id, d.DeliveredOn, d.CitizenId, names.GetValueOrDefault(d.CitizenId, "—"),
            d.SocialService!.Code, d.SocialService.Name, d.SocialService.Unit, d.Quantity, d.Minutes, d.WorkerName,
            signedSet.Contains((d.CitizenId, d.DeliveredOn.Year, d.DeliveredOn.Month)))).ToList();
    }

    private Task<bool> SignedActExistsAsync(long citizenId, DateOnly date, CancellationToken ct) =>
        db.ServiceActs.AnyAsync(a => a.CitizenId == citizenId && a.Year == date.Year && a.Month == date.Month && a.SignedOn != null, ct);
}
