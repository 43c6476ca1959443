using Microsoft.EntityFrameworkCore;
using Sobes.Domain.Audit;
using Sobes.Domain.Common;
using Sobes.Domain.Guardianship;
using Sobes.Domain.Organisations;
using Sobes.Domain.Registry;
using Sobes.Infrastructure.Audit;
using Sobes.Infrastructure.Persistence;
using Sobes.Infrastructure.Registry;

namespace Sobes.Infrastructure.Guardianship;

/// <summary>
/// The guardianship register of a department (seed 002): children left without parental care, their schooling and placements, foster-family
/// contracts with the children placed under them, a child's leaving and the contract's end (cl. 8.1). Scoped to the user's territory (another
/// district's record is not found) and audited; every change is saved once, together with the family's payments (<see cref="FosterPayments"/>).
/// </summary>
public sealed partial class GuardianshipService(SobesDbContext db, AuditLog audit, RegionClock clock, FosterPayments payments)
{
    private const string ChildEntity = nameof(ChildInCare);
    private const string ContractEntity = nameof(FosterContract);

    /// <summary>Guardianship casework: the specialist or head of a district department of social protection (the guardianship body).</summary>
    public static readonly Role[] Writers = [Role.Specialist, Role.Head];

    public async Task<bool> CanWriteAsync(UserContext user, CancellationToken ct = default) =>
        user.IsIn(Writers) && !user.SeesWholeRegion &&
        await db.Organisations.AsNoTracking().AnyAsync(o => o.Id == user.OrganisationId && o.Kind == OrganisationKind.SocialProtectionDepartment, ct);

    private async Task RequireWriterAsync(UserContext user, CancellationToken ct)
    {
        if (!await CanWriteAsync(user, ct))
            throw new ForbiddenException("Учёт детей и договоры о приёмной семье ведёт специалист или руководитель управления социальной защиты района (орган опеки и попечительства).");
    }

    public async Task<IReadOnlyList<ChildListItem>> ListChildrenAsync(UserContext user, string? surname = null, ChildCareStatus? status = null, CancellationToken ct = default)
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
        await audit.RecordAsync(user, AuditAction.Search, ChildEntity, null, null, $"Список детей, оставшихся без попечения родителей: {items.Count}", ct);
        return items;
    }

    public async Task<ChildCard> GetChildAsync(UserContext user, long id, CancellationToken ct = default)
    {
        var child = await db.ChildrenInCare.AsNoTracking().Include(c => c.Schooling).Include(c => c.Placements).ThenInclude(p => p.FosterContract)
            .FirstOrDefaultAsync(c => c.Id == id && db.Citizens.VisibleTo(user).Any(z => z.Id == c.CitizenId), ct) ?? throw NotFound(id);
        var citizen = await db.VisibleCitizenAsync(user, child.CitizenId, ct);
        var org = await db.Organisations.AsNoTracking().Where(o => o.Id == child.OrganisationId).Select(o => o.ShortName != "" ? o.ShortName : o.Name).FirstOrDefaultAsync(ct) ?? "";
        var guardians = await db.NamesAsync(user, child.Placements.Where(p => p.GuardianCitizenId != null).Select(p => p.GuardianCitizenId!.Value), ct);
        var today = clock.Today;
        var (status, _) = StatusOn(child, citizen.BirthDate, today);
        var history = child.Placements.OrderByDescending(p => p.From).ThenByDescending(p => p.Id).Select(p => View(p, citizen.BirthDate, today, guardians)).ToList();
        await audit.RecordAsync(user, AuditAction.Read, ChildEntity, child.Id.ToString(), child.CitizenId, $"Просмотр учётной карточки ребёнка: {citizen.FullName}", ct);
        return new ChildCard(child, citizen.FullName, citizen.BirthDate, Age(citizen.BirthDate, today), citizen.SnilsFormatted, citizen.RegistrationAddress.ToString(),
            org, status, history);
    }

    public async Task<ChildInCare> RegisterChildAsync(UserContext user, ChildInCareInput input, CancellationToken ct = default)
    {
        await RequireWriterAsync(user, ct);
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
            .Select(c => new { c.Id, Org = db.Organisations.Where(o => o.Id == c.OrganisationId).Select(o => o.ShortName != "" ? o.ShortName : o.Name).FirstOrDefault() })
            .FirstOrDefaultAsync(ct);
        if (existing is not null)
            throw new ConflictException($"Ребёнок уже состоит на учёте: {existing.Org} (учётная карточка № {existing.Id}).", "citizenId");

        var child = new ChildInCare { CitizenId = citizen.Id, OrganisationId = user.OrganisationId, RegisteredOn = today };
        Apply(child, input);
        db.ChildrenInCare.Add(child);
        audit.Add(user, AuditAction.Create, ChildEntity, null, citizen.Id,
            $"Поставлен на учёт ребёнок, оставшийся без попечения родителей: {citizen.FullName}; {child.CareAbsenceKind.Clause()}: {child.CareAbsenceDocument}");
        await db.SaveChangesAsync(ct);
        return child;
    }

    public async Task<ChildInCare> UpdateChildAsync(UserContext user, long id, ChildInCareInput input, CancellationToken ct = default)
    {
        await RequireWriterAsync(user, ct);
        var child = await LoadChildAsync(user, id, ct);
        var citizen = await db.VisibleCitizenAsync(user, child.CitizenId, ct);
        CheckVersion(child.Version, input.Version);
        var errors = new List<ValidationError>();
        Validate(input, citizen.BirthDate, errors);
        DomainValidationException.ThrowIfAny(errors);
        var before = $"{child.CareAbsenceKind.Clause()}: {child.CareAbsenceDocument}; инвалидность с {Date(child.DisabledFrom)}; ОВЗ с {Date(child.LimitedHealthFrom)}";
        var (oldDisabled, oldLimited) = (child.DisabledFrom, child.LimitedHealthFrom);
        Apply(child, input);
        child.Version++;
        // Disability or limited health abilities add 20 % to the foster parent's remuneration from their date (seed 002 cl. 4):
        // the family is recomputed from the earliest date that moved.
        var moved = new[] { oldDisabled, child.DisabledFrom }.Where(_ => oldDisabled != child.DisabledFrom)
            .Concat(new[] { oldLimited, child.LimitedHealthFrom }.Where(_ => oldLimited != child.LimitedHealthFrom)).OfType<DateOnly>().ToList();
        if (moved.Count > 0)
            await SyncFamiliesAsync(user, child.Id, moved.Min(), $"Изменены сведения о здоровье ребёнка {citizen.FullName} (инвалидность, ОВЗ)", ct);
        var after = $"{child.CareAbsenceKind.Clause()}: {child.CareAbsenceDocument}; инвалидность с {Date(child.DisabledFrom)}; ОВЗ с {Date(child.LimitedHealthFrom)}";
        audit.Add(user, AuditAction.Update, ChildEntity, child.Id.ToString(), child.CitizenId, $"Изменена учётная карточка ребёнка: {citizen.FullName}",
            [new("Учётные данные", before, after)]);
        await SaveAsync(ct);
        return child;
    }

    public async Task<Schooling> AddSchoolingAsync(UserContext user, long childId, SchoolingInput input, CancellationToken ct = default)
    {
        await RequireWriterAsync(user, ct);
        var child = await LoadChildAsync(user, childId, ct);
        var citizen = await db.VisibleCitizenAsync(user, child.CitizenId, ct);
        var errors = new List<ValidationError>();
        if (string.IsNullOrWhiteSpace(input.School)) errors.Add(new("school", "Укажите образовательную организацию."));
        if (input.Ownership is not { } own || !Enum.IsDefined(own)) errors.Add(new("ownership", "Укажите, в чьём ведении организация (областная государственная, муниципальная …)."));
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
        await SyncFamiliesAsync(user, child.Id, s.From, $"Обучение ребёнка {citizen.FullName}: {s.School}", ct);
        await SaveAsync(ct);
        return s;
    }

    public async Task<Schooling> EndSchoolingAsync(UserContext user, long childId, long schoolingId, SchoolingEndInput input, CancellationToken ct = default)
    {
        await RequireWriterAsync(user, ct);
        var child = await LoadChildAsync(user, childId, ct);
        var citizen = await db.VisibleCitizenAsync(user, child.CitizenId, ct);
        var s = child.Schooling.FirstOrDefault(x => x.Id == schoolingId) ?? throw new NotFoundException($"Запись об обучении № {schoolingId} не найдена.");
        if (input.To is not { } to) throw Invalid("to", "Укажите последний день обучения.");
        if (to < s.From) throw Invalid("to", "Обучение не может окончиться раньше начала.");
        if (s.To is not null) throw new ConflictException("Обучение уже окончено.", "to");
        s.To = to;
        child.Version++;
        audit.Add(user, AuditAction.Update, nameof(Schooling), s.Id.ToString(), child.CitizenId,
            $"Окончено обучение ребёнка {citizen.FullName}: {s.School} по {to:dd.MM.yyyy}", [new("Обучение по", null, to.ToString("dd.MM.yyyy"))]);
        await SyncFamiliesAsync(user, child.Id, to.AddDays(1), $"Окончено обучение ребёнка {citizen.FullName}: {s.School}", ct);
        await SaveAsync(ct);
        return s;
    }

    private static void Validate(ChildInCareInput input, DateOnly birth, List<ValidationError> errors)
    {
        if (input.CareAbsenceKind is not { } kind || !Enum.IsDefined(kind))
            errors.Add(new("careAbsenceKind", "Выберите документ, подтверждающий отсутствие родительского попечения (п. 10.1 подп. 7 регламента)."));
        if (string.IsNullOrWhiteSpace(input.CareAbsenceDocument)) errors.Add(new("careAbsenceDocument", "Укажите реквизиты документа: номер, дату, кем выдан."));
        else if (input.CareAbsenceDocument.Length > 1000) errors.Add(new("careAbsenceDocument", "Не длиннее 1000 знаков."));
        if (input.CareAbsenceDocumentDate is { } d && d < birth) errors.Add(new("careAbsenceDocumentDate", "Дата документа раньше даты рождения ребёнка."));
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

    /// <summary>A tracked child with schooling and placements (and their contracts), of a visible citizen.</summary>
    private async Task<ChildInCare> LoadChildAsync(UserContext user, long id, CancellationToken ct) =>
        await db.ChildrenInCare.Include(c => c.Schooling).Include(c => c.Placements).ThenInclude(p => p.FosterContract)
            .FirstOrDefaultAsync(c => c.Id == id && db.Citizens.VisibleTo(user).Any(z => z.Id == c.CitizenId), ct) ?? throw NotFound(id);

    /// <summary>Health and schooling change what a family is paid: every contract the child is (or was) placed under is brought in line.</summary>
    private async Task SyncFamiliesAsync(UserContext user, long childId, DateOnly from, string reason, CancellationToken ct)
    {
        var ids = await db.Placements.AsNoTracking().Where(p => p.ChildInCareId == childId && p.FosterContractId != null)
            .Select(p => p.FosterContractId!.Value).Distinct().ToListAsync(ct);
        foreach (var id in ids)
        {
            var contract = await LoadContractTrackedAsync(id, ct);
            if (contract.RunsOn(from) || contract.LastDay >= from) await payments.SyncAsync(user, contract, from, reason, ct);
        }
    }

    private static void CheckVersion(int stored, int? given)
    {
        if (given is { } v && v != stored) throw new ConflictException("Запись изменена другим пользователем: обновите страницу и повторите.");
    }

    private async Task SaveAsync(CancellationToken ct)
    {
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateConcurrencyException) { throw new ConflictException("Запись изменена другим пользователем: обновите страницу и повторите."); }
    }

    /// <summary>Where the child is on the day: a family (until the 18th birthday), a guardian, an institution — or nowhere.</summary>
    internal static (ChildCareStatus Status, string Where) StatusOn(ChildInCare child, DateOnly birth, DateOnly day)
    {
        foreach (var p in child.Placements.OrderByDescending(p => p.From))
        {
            if (!p.Covers(day)) continue;
            switch (p.Kind)
            {
                case PlacementKind.FosterFamily when p.FosterContract is { } fc:
                    if (day < birth.AddYears(FosterFamilyRules.AdultAge) && fc.RunsOn(day)) return (ChildCareStatus.FosterFamily, $"договор № {fc.Number}");
                    break;
                case PlacementKind.Guardianship: return (ChildCareStatus.Guardianship, p.Details ?? "");
                case PlacementKind.Institution: return (ChildCareStatus.Institution, p.Details ?? "");
            }
        }
        return (ChildCareStatus.NotPlaced, "");
    }

    private static PlacementView View(Placement p, DateOnly birth, DateOnly today, IReadOnlyDictionary<long, string> guardians)
    {
        var where = p.Kind switch
        {
            PlacementKind.FosterFamily => p.FosterContract is { } c ? $"договор о приёмной семье № {c.Number} от {c.ConcludedOn:dd.MM.yyyy}" : "",
            PlacementKind.Guardianship => string.Join("; ", new[] { p.GuardianCitizenId is { } g ? guardians.GetValueOrDefault(g) : null, p.Details }.Where(s => !string.IsNullOrWhiteSpace(s))),
            _ => p.Details ?? "учреждение",
        };
        // The 18th birthday ends a family placement by itself (cl. 8.1 subcl. 1): shown, never registered.
        var eighteen = birth.AddYears(FosterFamilyRules.AdultAge);
        var naturalEnd = new[] { p.LeftOn, p.PlannedUntil?.AddDays(1), p.FosterContract?.LastDay.AddDays(1) }.Where(d => d is not null).Select(d => d!.Value).DefaultIfEmpty(DateOnly.MaxValue).Min();
        var atEighteen = p.Kind == PlacementKind.FosterFamily && eighteen <= today && eighteen < naturalEnd && eighteen > p.From;
        if (atEighteen) return new(p.Id, p.Kind, where, p.FosterContractId, p.FosterContract?.Number, p.From, p.PlannedUntil, eighteen, "AGE18", LeftAtEighteenText, null, null, true);
        var leftOn = p.LeftOn;
        var reason = p.LeftReason;
        if (leftOn is null && p.FosterContract is { EndedFrom: { } ended } fcEnd && ended <= today) { leftOn = ended; reason = "договор прекращён: " + fcEnd.EndReason; }
        return new(p.Id, p.Kind, where, p.FosterContractId, p.FosterContract?.Number, p.From, p.PlannedUntil, leftOn, p.LeftGroundCode, reason, p.LeftDocument, p.LeftRegisteredOn, false);
    }

    public const string LeftAtEighteenText = "выбыл(а) по достижении 18 лет (п. 8.1 подп. 1)";

    internal static string Name(string surname, string name, string? patronymic) =>
        string.Join(" ", new[] { surname, name, patronymic }.Where(s => !string.IsNullOrWhiteSpace(s)));

    internal static int Age(DateOnly birth, DateOnly day)
    {
        var age = day.Year - birth.Year;
        if (birth.AddYears(age) > day) age--;
        return age;
    }

    private static string Date(DateOnly? d) => d?.ToString("dd.MM.yyyy") ?? "—";

    private static NotFoundException NotFound(long id) => new($"Учётная карточка ребёнка № {id} не найдена.");

    private static DomainValidationException Invalid(string field, string message) => new([new(field, message)]);
}
