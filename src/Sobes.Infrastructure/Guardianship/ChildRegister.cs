using Microsoft.EntityFrameworkCore;
using Sobes.Domain.Audit;
using Sobes.Domain.Common;
using Sobes.Domain.Guardianship;
using Sobes.Domain.Organisations;
using Sobes.Domain.Registry;
using Sobes.Infrastructure.Audit;
using Sobes.Infrastructure.Persistence;
using Sobes.Infrastructure.Registry;
using static Sobes.Infrastructure.Guardianship.ChildCareViews;
using static Sobes.Infrastructure.Guardianship.GuardianshipRecords;

namespace Sobes.Infrastructure.Guardianship;

/// <summary>
/// The register of children left without parental care (seed 002 cl. 10.1 subcl. 7): the district's list, the child's card, registration
/// of a registry citizen under 18 (one register in the region) and the change of the child's data — health changes reach the family's pay.
/// Scoped to the user's territory (another district's child is not found) and audited.
/// </summary>
public sealed class ChildRegister(SobesDbContext db, AuditLog audit, RegionClock clock, GuardianshipAccess access, GuardianshipRecords records)
{
    public async Task<IReadOnlyList<ChildListItem>> ListChildrenAsync(UserContext user, string? surname = null, ChildCareStatus? status = null,
        CancellationToken ct = default)
    {
        var citizens = db.VisibleCitizens(user);
        if (!string.IsNullOrWhiteSpace(surname)) { var k = Citizen.KeyOf(surname); citizens = citizens.Where(c => c.SurnameKey.StartsWith(k)); }
        var rows = await db.ChildrenInCare.AsNoTracking().Include(c => c.Placements).ThenInclude(p => p.FosterContract)
            .Join(citizens, c => c.CitizenId, z => z.Id, (c, z) => new { c, z.Surname, z.Name, z.Patronymic, z.BirthDate })
            .OrderBy(r => r.Surname).ThenBy(r => r.Name).ThenBy(r => r.c.Id).Take(1000).ToListAsync(ct);
        var today = clock.Today;
        var items = rows.Select(r =>
        {
            var (s, where) = StatusOn(r.c, r.BirthDate, today);
            return new ChildListItem(r.c.Id, r.c.CitizenId, Name(r.Surname, r.Name, r.Patronymic), r.BirthDate, Age(r.BirthDate, today), s, where,
                r.c.CareAbsenceKind, r.c.RegisteredOn);
        }).Where(i => status is null || i.Status == status).ToList();
        await audit.RecordAsync(
            user,
            AuditAction.Search,
            ChildEntity,
            null,
            null,
            $"Список детей, оставшихся без попечения родителей: {items.Count}",
            ct
        );
        return items;
    }

    /// <summary>The list page: the children found and whether the user keeps the register.</summary>
    public async Task<ChildListPage> ListPageAsync(UserContext user, string? surname, ChildCareStatus? status, CancellationToken ct = default)
    {
        var canWrite = await access.CanWriteAsync(user, ct);
        return new ChildListPage(await ListChildrenAsync(user, surname, status, ct), canWrite);
    }

    /// <summary>Children a family can take now: those of the district not in a family and not under guardianship.</summary>
    public async Task<IReadOnlyList<ChildListItem>> CandidatesAsync(UserContext user, CancellationToken ct = default) =>
        (await ListChildrenAsync(user, null, null, ct)).Where(c => c.Status is ChildCareStatus.NotPlaced or ChildCareStatus.Institution).ToList();

    public async Task<ChildCard> GetChildAsync(UserContext user, long id, CancellationToken ct = default)
    {
        var child = await db.ChildrenInCare.AsNoTracking().Include(c => c.Schooling).Include(c => c.Placements).ThenInclude(p => p.FosterContract)
            .FirstOrDefaultAsync(c => c.Id == id && db.Citizens.VisibleTo(user).Any(z => z.Id == c.CitizenId), ct) ?? throw ChildNotFound(id);
        var citizen = await db.VisibleCitizenAsync(user, child.CitizenId, ct);
        var org = await db.Organisations.AsNoTracking().Where(o => o.Id == child.OrganisationId)
            .Select(o => o.ShortName != "" ? o.ShortName : o.Name).FirstOrDefaultAsync(ct) ?? "";
        var guardianIds = child.Placements.Where(p => p.GuardianCitizenId != null).Select(p => p.GuardianCitizenId!.Value);
        var guardians = await db.NamesAsync(user, guardianIds, ct);
        var today = clock.Today;
        var (status, _) = StatusOn(child, citizen.BirthDate, today);
        var history = child.Placements.OrderByDescending(p => p.From).ThenByDescending(p => p.Id)
            .Select(p => View(p, citizen.BirthDate, today, guardians)).ToList();
        await audit.RecordAsync(user, AuditAction.Read, ChildEntity, child.Id.ToString(), child.CitizenId,
            $"Просмотр учётной карточки ребёнка: {citizen.FullName}", ct);
        return new ChildCard(child, citizen.FullName, citizen.BirthDate, Age(citizen.BirthDate, today), citizen.SnilsFormatted,
            citizen.RegistrationAddress.ToString(), org, status, history);
    }

    /// <summary>The card page: the child's card and whether the user keeps the register.</summary>
    public async Task<ChildCardPage> CardPageAsync(UserContext user, long id, CancellationToken ct = default)
    {
        var card = await GetChildAsync(user, id, ct);
        return new ChildCardPage(card, await access.CanWriteAsync(user, ct));
    }

    public async Task<ChildInCare> RegisterChildAsync(UserContext user, ChildInCareInput input, CancellationToken ct = default)
    {
        await access.RequireWriterAsync(user, ct);
        var citizen = await db.Citizens.AsNoTracking().VisibleTo(user).FirstOrDefaultAsync(c => c.Id == input.CitizenId, ct)
            ?? throw Invalid("citizenId", "Выберите ребёнка из регистра граждан вашего района.");
        var today = clock.Today;
        var errors = new List<ValidationError>();
        if (citizen.DeathDate is not null) errors.Add(new("citizenId", "В регистре отмечена смерть гражданина."));
        else if (citizen.BirthDate.AddYears(FosterFamilyRules.AdultAge) <= today)
            errors.Add(new("citizenId", "На учёт ставится несовершеннолетний: гражданину уже исполнилось 18 лет."));
        Validate(input, citizen.BirthDate, errors);
        DomainValidationException.ThrowIfAny(errors);
        var existing = await db.ChildrenInCare.AsNoTracking().Where(c => c.CitizenId == citizen.Id)
            .Select(c => new
            {
                c.Id,
                Org = db.Organisations.Where(o => o.Id == c.OrganisationId).Select(o => o.ShortName != "" ? o.ShortName : o.Name).FirstOrDefault(),
            })
            .FirstOrDefaultAsync(ct);
        if (existing is not null)
            throw new ConflictException($"Ребёнок уже состоит на учёте: {existing.Org} (учётная карточка № {existing.Id}).", "citizenId");

        var child = new ChildInCare { CitizenId = citizen.Id, OrganisationId = user.OrganisationId, RegisteredOn = today };
        Apply(child, input);
        db.ChildrenInCare.Add(child);
        audit.Add(user, AuditAction.Create, ChildEntity, null, citizen.Id,
            $"Поставлен на учёт ребёнок, оставшийся без попечения родителей: {citizen.FullName}; "
            + $"{child.CareAbsenceKind.Clause()}: {child.CareAbsenceDocument}");
        await db.SaveChangesAsync(ct);
        return child;
    }

    public async Task<ChildInCare> UpdateChildAsync(UserContext user, long id, ChildInCareInput input, CancellationToken ct = default)
    {
        await access.RequireWriterAsync(user, ct);
        var child = await records.LoadChildAsync(user, id, ct);
        var citizen = await db.VisibleCitizenAsync(user, child.CitizenId, ct);
        CheckVersion(child.Version, input.Version);
        var errors = new List<ValidationError>();
        Validate(input, citizen.BirthDate, errors);
        DomainValidationException.ThrowIfAny(errors);
        var before = Summary(child);
        var (oldDisabled, oldLimited) = (child.DisabledFrom, child.LimitedHealthFrom);
        Apply(child, input);
        child.Version++;
        // Disability or limited health abilities add 20 % to the foster parent's remuneration from their date (seed 002 cl. 4):
        // the family is recomputed from the earliest date that moved.
        var moved = new[] { oldDisabled, child.DisabledFrom }.Where(_ => oldDisabled != child.DisabledFrom)
            .Concat(new[] { oldLimited, child.LimitedHealthFrom }.Where(_ => oldLimited != child.LimitedHealthFrom)).OfType<DateOnly>().ToList();
        if (moved.Count > 0)
            await records.SyncFamiliesAsync(
                user,
                child.Id,
                moved.Min(),
                $"Изменены сведения о здоровье ребёнка {citizen.FullName} (инвалидность, ОВЗ)",
                ct
            );
        audit.Add(
            user,
            AuditAction.Update,
            ChildEntity,
            child.Id.ToString(),
            child.CitizenId,
            $"Изменена учётная карточка ребёнка: {citizen.FullName}",
            [new("Учётные данные", before, Summary(child))]
        );
        await records.SaveAsync(ct);
        return child;
    }

    private static string Summary(ChildInCare c) =>
        $"{c.CareAbsenceKind.Clause()}: {c.CareAbsenceDocument}; инвалидность с {Date(c.DisabledFrom)}; ОВЗ с {Date(c.LimitedHealthFrom)}";

    private static void Validate(ChildInCareInput input, DateOnly birth, List<ValidationError> errors)
    {
        if (input.CareAbsenceKind is not { } kind || !Enum.IsDefined(kind))
            errors.Add(new("careAbsenceKind", "Выберите документ, подтверждающий отсутствие родительского попечения (п. 10.1 подп. 7 регламента)."));
        if (string.IsNullOrWhiteSpace(input.CareAbsenceDocument))
            errors.Add(new("careAbsenceDocument", "Укажите реквизиты документа: номер, дату, кем выдан."));
        else if (input.CareAbsenceDocument.Length > 1000)
            errors.Add(new("careAbsenceDocument", "Не длиннее 1000 знаков."));
        if (input.CareAbsenceDocumentDate is { } d && d < birth)
            errors.Add(new("careAbsenceDocumentDate", "Дата документа раньше даты рождения ребёнка."));
        if (input.DisabledFrom is { } dis && dis < birth) errors.Add(new("disabledFrom", "Дата установления инвалидности раньше даты рождения."));
        if (input.LimitedHealthFrom is { } lim && lim < birth) errors.Add(new("limitedHealthFrom", "Дата заключения ПМПК раньше даты рождения."));
        if (input.Note is { Length: > 2000 }) errors.Add(new("note", "Не длиннее 2000 знаков."));
    }

    private static void Apply(ChildInCare child, ChildInCareInput input)
    {
        child.CareAbsenceKind = input.CareAbsenceKind!.Value;
        child.CareAbsenceDocument = input.CareAbsenceDocument!.Trim();
        child.CareAbsenceDocumentDate = input.CareAbsenceDocumentDate;
        child.DisabledFrom = input.DisabledFrom;
        child.LimitedHealthFrom = input.LimitedHealthFrom;
        child.Note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim();
    }
}
