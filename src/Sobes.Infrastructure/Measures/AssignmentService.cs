using Microsoft.EntityFrameworkCore;
using Sobes.Domain.Audit;
using Sobes.Domain.Common;
using Sobes.Domain.Measures;
using Sobes.Domain.Organisations;
using Sobes.Domain.Registry;
using Sobes.Infrastructure.Audit;
using Sobes.Infrastructure.Common;
using Sobes.Infrastructure.Persistence;
using Sobes.Infrastructure.Registry;

namespace Sobes.Infrastructure.Measures;

/// <summary>
/// Assignments (назначения): the list, the card, the schedule by month and the changes — stop on a ground of the measure, suspension,
/// resumption, recalculation — and the stops no one registers. A department sees and changes its own organisation's assignments,
/// the ministry reads all of them; every read of a card and every change is in the audit log.
/// </summary>
public sealed partial class AssignmentService(SobesDbContext db, AuditLog audit, RegionClock clock, AssignmentFactory factory,
    IAssignmentApplications applications)
{
    private const string Entity = nameof(Assignment);
    public const int MaxPageSize = 200;

    public IQueryable<Assignment> Visible(UserContext user) =>
        db.Assignments.VisibleTo(user);

    public async Task<AssignmentPage> ListAsync(UserContext user, AssignmentFilter filter, CancellationToken ct = default)
    {
        var today = clock.Today;
        var q = Visible(user).AsNoTracking();
        if (filter.Status is { } status) q = q.Where(a => a.Status == status);
        if (filter.MeasureId is { } measure) q = q.Where(a => a.MeasureId == measure);
        if (filter.CitizenId is { } citizen) q = q.Where(a => a.CitizenId == citizen);
        if (filter.BeneficiaryId is { } beneficiary) q = q.Where(a => a.BeneficiaryCitizenId == beneficiary);
        if (filter.PersonId is { } person) q = q.Where(a => a.CitizenId == person || a.BeneficiaryCitizenId == person);
        if (filter.Number?.Trim() is { Length: > 0 } number) q = q.Where(a => a.Number.Contains(number));
        if (filter.Recipient?.Trim() is { Length: > 0 } recipient)
        {
            var key = Citizen.KeyOf(recipient);
            q = q.Where(a => db.Citizens.Any(c => c.Id == a.CitizenId && c.SurnameKey.StartsWith(key)));
        }
        var page = Math.Max(1, filter.Page);
        var size = Math.Clamp(filter.PageSize, 1, MaxPageSize);

        var total = await q.CountAsync(ct);
        // SQLite sums no decimals in SQL: the amounts in force are read and added here.
        var current = await q.Where(a => a.Status == AssignmentStatus.Active && a.Measure!.Kind == MeasureKind.Monthly)
            .SelectMany(a => a.Periods.Where(p => p.From <= today && (p.To == null || p.To >= today)).Select(p => p.Amount)).ToListAsync(ct);
        var rows = await q.OrderByDescending(a => a.DecidedOn).ThenByDescending(a => a.Id).Skip((page - 1) * size).Take(size)
            .Select(a => new
            {
                a.Id, a.Number, a.CitizenId, a.BeneficiaryCitizenId, a.MeasureId, MeasureName = a.Measure!.ShortName, a.Status, a.StartsOn, a.EndsOn,
                a.SuspendedFrom, a.StoppedFrom,
                // A one-time or ended assignment has no amount in force today: its last amount is shown instead.
                Amount = a.Periods.Where(p => p.From <= today && (p.To == null || p.To >= today)).Select(p => (decimal?)p.Amount).FirstOrDefault()
                         ?? a.Periods.OrderByDescending(p => p.From).Select(p => (decimal?)p.Amount).FirstOrDefault(),
            }).ToListAsync(ct);
        var names = await NamesAsync(user, rows.SelectMany(r => new[] { r.CitizenId, r.BeneficiaryCitizenId ?? 0 }), ct);
        await audit.RecordAsync(user, AuditAction.Search, Entity, null, filter.CitizenId ?? filter.BeneficiaryId ?? filter.PersonId,
            $"Список назначений: {total}, страница {page}", ct);
        var items = rows.Select(r => new AssignmentListItem(
                r.Id,
                r.Number,
                r.CitizenId,
                names.GetValueOrDefault(r.CitizenId, "—"),
                r.BeneficiaryCitizenId,
                r.BeneficiaryCitizenId is { } b ? names.GetValueOrDefault(b, "—") : null,
                r.MeasureId,
                r.MeasureName,
                r.Status,
                r.StartsOn,
                r.EndsOn,
                r.SuspendedFrom,
                r.StoppedFrom,
                r.Amount
            ))
            .ToList();
        return new AssignmentPage(items, total, current.Sum(), page, size);
    }

    /// <summary>The measures for the list's filter.</summary>
    public async Task<IReadOnlyList<(int Id, string Name)>> MeasuresAsync(CancellationToken ct = default) =>
        (await db.Measures.AsNoTracking().OrderBy(m => m.ShortName).Select(m => new { m.Id, m.ShortName }).ToListAsync(ct))
            .Select(m => (m.Id, m.ShortName))
            .ToList();

    /// <summary>Whether the user may change the assignment (the card shows the forms only then).</summary>
    public static bool CanChange(UserContext user, Assignment a) =>
        user.IsIn(MeasuresAccess.AssignmentWriters) && !user.SeesWholeRegion && a.OrganisationId == user.OrganisationId;

    public async Task<AssignmentDetails> GetAsync(UserContext user, long id, CancellationToken ct = default)
    {
        var a = await LoadAsync(user, id, tracking: false, ct);
        var details = await DetailsAsync(user, a, ct);
        await audit.RecordAsync(
            user,
            AuditAction.Read,
            Entity,
            a.Number,
            a.CitizenId,
            $"Просмотр назначения {a.Number}: {details.RecipientName}, {a.Measure!.ShortName}",
            ct
        );
        return details;
    }

    /// <summary>The amounts of a year month by month, or of one month.</summary>
    public async Task<IReadOnlyList<MonthAmount>> ScheduleAsync(UserContext user, long id, int year, int? month, CancellationToken ct = default)
    {
        var errors = new List<ValidationError>();
        if (year is < 1990 or > 2100) errors.Add(new("year", "Укажите год от 1990 до 2100."));
        if (month is < 1 or > 12) errors.Add(new("month", "Месяц — число от 1 до 12."));
        if (errors.Count > 0) throw new DomainValidationException(errors);
        var a = await LoadAsync(user, id, tracking: false, ct);
        await audit.RecordAsync(
            user,
            AuditAction.Read,
            Entity,
            a.Number,
            a.CitizenId,
            $"График выплат по назначению {a.Number} за {(month is { } m ? $"{m:00}." : "")}{year}",
            ct
        );
        return month is { } mm
            ? [AssignmentSchedule.Month(a, a.Measure!, year, mm)]
            : AssignmentSchedule.Months(a, a.Measure!, new DateOnly(year, 1, 1), 12);
    }

    private async Task<AssignmentDetails> DetailsAsync(UserContext user, Assignment a, CancellationToken ct)
    {
        var people = await db.Citizens.AsNoTracking().VisibleTo(user).Where(c => c.Id == a.CitizenId || c.Id == a.BeneficiaryCitizenId)
            .Select(c => new { c.Id, c.Surname, c.Name, c.Patronymic, c.BirthDate }).ToListAsync(ct);
        string? NameOf(long? id) => people.FirstOrDefault(p => p.Id == id) is { } p
            ? string.Join(" ", new[] { p.Surname, p.Name, p.Patronymic }.Where(s => !string.IsNullOrWhiteSpace(s))) : null;
        var applicationNumber = a.ApplicationId is { } appId ? await applications.NumberAsync(appId, ct) : null;
        var organisation = await db
            .Organisations.AsNoTracking()
            .Where(o => o.Id == a.OrganisationId)
            .Select(o => o.ShortName)
            .FirstOrDefaultAsync(ct)
            ?? "—";
        var userIds = a.Changes.Where(c => c.UserId != null).Select(c => c.UserId!.Value).Distinct().ToList();
        var users = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.FullName, ct);
        var today = clock.Today;
        return new AssignmentDetails(a, a.Measure!, NameOf(a.CitizenId) ?? "—", NameOf(a.BeneficiaryCitizenId),
            people.FirstOrDefault(p => p.Id == a.BeneficiaryCitizenId)?.BirthDate, applicationNumber, organisation, users,
            a.Status == AssignmentStatus.Active ? a.AmountOn(today) : null, today);
    }

    private async Task<Assignment> LoadAsync(UserContext user, long id, bool tracking, CancellationToken ct)
    {
        var q = tracking ? Visible(user) : Visible(user).AsNoTracking();
        var a = await q.AsSplitQuery()
                    .Include(x => x.Measure!).ThenInclude(m => m.StopGrounds)
                    .Include(x => x.Measure!).ThenInclude(m => m.Amounts)
                    .Include(x => x.Periods).Include(x => x.Changes).Include(x => x.Suspensions)
                    .FirstOrDefaultAsync(x => x.Id == id, ct)
                ?? throw new NotFoundException($"Назначение № {id} не найдено.");
        a.Periods.Sort((x, y) => x.From.CompareTo(y.From));
        a.Changes.Sort((x, y) => x.Id.CompareTo(y.Id));
        a.Suspensions.Sort((x, y) => x.From.CompareTo(y.From));
        return a;
    }

    private async Task<Dictionary<long, string>> NamesAsync(UserContext user, IEnumerable<long> ids, CancellationToken ct)
    {
        var set = ids.Where(i => i != 0).Distinct().ToList();
        var rows = await db.Citizens.AsNoTracking().VisibleTo(user).Where(c => set.Contains(c.Id))
            .Select(c => new { c.Id, c.Surname, c.Name, c.Patronymic }).ToListAsync(ct);
        return rows.ToDictionary(
            r => r.Id,
            r => string.Join(" ", new[] { r.Surname, r.Name, r.Patronymic }.Where(s => !string.IsNullOrWhiteSpace(s)))
        );
    }
}
