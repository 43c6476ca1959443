using Microsoft.EntityFrameworkCore;
using Sobes.Domain.Applications;
using Sobes.Domain.Audit;
using Sobes.Domain.Common;
using Sobes.Domain.Organisations;
using Sobes.Domain.Registry;
using Sobes.Infrastructure.Audit;
using Sobes.Infrastructure.Calendar;
using Sobes.Infrastructure.Common;
using Sobes.Infrastructure.Persistence;
using Sobes.Infrastructure.Registry;

namespace Sobes.Infrastructure.Applications;

/// <summary>Reading applications: the journal, the dashboard counts, the head's queue, the card and the refusal journal (cl. 17.4–17.5).</summary>
public sealed class ApplicationReading(
    SobesDbContext db,
    AuditLog audit,
    RegionClock clock,
    CalendarService calendar,
    ApplicationCases cases,
    ApplicationDetailsReader details
)
{
    public const int RefusalKeepYears = 5;
    private const string Entity = ApplicationCases.Entity;

    public async Task<ApplicationPage> ListAsync(UserContext user, ApplicationFilter filter, CancellationToken ct = default)
    {
        if (filter.Page < 1 || filter.PageSize is < 1 or > 200)
            throw new DomainValidationException([new("page", "Страница от 1, размер страницы от 1 до 200.")]);
        var q = Filtered(user, filter);
        var total = await q.CountAsync(ct);
        var rows = await ListItemsAsync(user, q.OrderByDescending(a => a.RegisteredOn).ThenByDescending(a => a.Id)
            .Skip((filter.Page - 1) * filter.PageSize).Take(filter.PageSize), ct);
        await audit.RecordAsync(user, AuditAction.Search, Entity, null, null, $"Журнал заявлений: найдено {total}", ct);
        return new ApplicationPage(rows, total, filter.Page, filter.PageSize);
    }

    private IQueryable<MeasureApplication> Filtered(UserContext user, ApplicationFilter filter)
    {
        var today = clock.Today;
        var q = cases.Scoped(user).AsNoTracking();
        if (filter.Status is { } s) q = q.Where(a => a.Status == s);
        if (filter.MeasureId is { } m) q = q.Where(a => a.Items.Any(i => i.MeasureId == m));
        if (filter.Overdue) q = q.Where(a => ApplicationCases.Open.Contains(a.Status) && a.DueOn != null && a.DueOn < today);
        if (filter.Q?.Trim() is { Length: > 0 } text)
        {
            var number = text.ToUpperInvariant();
            if (text.Any(char.IsDigit)) q = q.Where(a => a.Number.Contains(number));
            else
            {
                var found = db.Citizens.VisibleTo(user).Apply(new CitizenSearch(Q: text));
                q = q.Where(a => found.Any(c => c.Id == a.CitizenId));
            }
        }
        return q;
    }

    private async Task<List<ApplicationListItem>> ListItemsAsync(UserContext user, IQueryable<MeasureApplication> q, CancellationToken ct)
    {
        var rows = await q.Select(a => new
        {
            a.Id, a.Number, a.RegisteredOn, a.CitizenId, a.Status, a.DueOn, a.DecisionNumber, a.DecidedOn,
            Measures = a.Items.Select(i => i.Measure!.ShortName).ToList(),
        }).ToListAsync(ct);
        var names = await db.NamesAsync(user, rows.Select(r => r.CitizenId), ct);
        var cal = await calendar.LoadAsync(ct);
        var today = clock.Today;
        return rows.Select(r =>
        {
            var open = ApplicationCases.Open.Contains(r.Status);
            int? left = open && r.DueOn is { } due ? DeadlineRules.WorkingDaysLeft(today, due, cal) : null;
            return new ApplicationListItem(r.Id, r.Number, r.RegisteredOn, r.CitizenId, names.GetValueOrDefault(r.CitizenId, "—"), r.Status,
                string.Join(", ", r.Measures), r.DueOn, left, open && r.DueOn < today, r.DecisionNumber, r.DecidedOn);
        }).ToList();
    }

    /// <summary>Counts for the dashboard (no personal data, so not audited): awaiting signature, overdue, due within two working days.</summary>
    public async Task<QueueCounts> CountsAsync(UserContext user, CancellationToken ct = default)
    {
        var today = clock.Today;
        var horizon = (await calendar.LoadAsync(ct)).AddWorkingDays(today, ApplicationCases.DueSoonWorkingDays);
        var open = cases.Scoped(user).AsNoTracking().Where(a => ApplicationCases.Open.Contains(a.Status));
        return new QueueCounts(
            await open.CountAsync(a => a.Status == ApplicationStatus.AwaitingSignature, ct),
            await open.CountAsync(a => a.DueOn != null && a.DueOn < today, ct),
            await open.CountAsync(a => a.DueOn != null && a.DueOn >= today && a.DueOn <= horizon, ct));
    }

    public async Task<HeadQueue> QueueAsync(UserContext user, CancellationToken ct = default)
    {
        var today = clock.Today;
        var cal = await calendar.LoadAsync(ct);
        var horizon = cal.AddWorkingDays(today, ApplicationCases.DueSoonWorkingDays);
        var q = cases.Scoped(user).AsNoTracking().OrderBy(a => a.DueOn).ThenBy(a => a.Id);
        var awaiting = await ListItemsAsync(user, q.Where(a => a.Status == ApplicationStatus.AwaitingSignature), ct);
        var dueSoon = await ListItemsAsync(
            user,
            q.Where(a => ApplicationCases.Open.Contains(a.Status) && a.DueOn != null && a.DueOn <= horizon),
            ct
        );
        await audit.RecordAsync(
            user,
            AuditAction.Search,
            Entity,
            null,
            null,
            $"Очередь на подпись: {awaiting.Count}, срок истекает: {dueSoon.Count}",
            ct
        );
        return new HeadQueue(awaiting, dueSoon);
    }

    public async Task<ApplicationDetails> GetAsync(UserContext user, long id, CancellationToken ct = default)
    {
        var app = await cases.LoadAsync(user, id, tracking: false, ct);
        var result = await details.DetailsAsync(app, ct);
        await audit.RecordAsync(
            user,
            AuditAction.Read,
            Entity,
            app.Number,
            app.CitizenId,
            $"Просмотр заявления {app.Number}: {result.Applicant.FullName}",
            ct
        );
        return result;
    }

    /// <summary>Refusal decisions of the department (the ministry: all), newest first, with the date until which each is kept (cl. 17.5).</summary>
    public async Task<IReadOnlyList<RefusalJournalItem>> RefusalsAsync(UserContext user, int? year, CancellationToken ct = default)
    {
        var q = cases.Scoped(user).AsNoTracking().Where(a => a.DecidedOn != null);
        if (year is { } y) q = q.Where(a => a.DecidedOn!.Value.Year == y);
        var rows = await q.SelectMany(a => a.Items.Where(i => i.RefusalNumber != null), (a, i) => new
        {
            i.RefusalNumber, a.DecidedOn, a.Id, a.Number, a.RegisteredOn, a.CitizenId, i.BeneficiaryCitizenId, a.RefusalSentOn,
            Measure = i.Measure!.ShortName, Ground = i.RefusalGround!.Text, i.RefusalGround.LegalReference,
        })
            .OrderByDescending(r => r.DecidedOn).ThenByDescending(r => r.RefusalNumber).Take(1000).ToListAsync(ct);
        var names = await db.NamesAsync(user, rows.Select(r => r.CitizenId).Concat(rows.Select(r => r.BeneficiaryCitizenId).OfType<long>()), ct);
        await audit.RecordAsync(user, AuditAction.Search, Entity, null, null, $"Журнал решений об отказе: {rows.Count}", ct);
        return rows.Select(r => new RefusalJournalItem(
                r.RefusalNumber!,
                r.DecidedOn!.Value,
                r.Id,
                r.Number,
                r.RegisteredOn,
                r.CitizenId,
                names.GetValueOrDefault(r.CitizenId, "—"),
                r.Measure,
                r.BeneficiaryCitizenId is { } c ? names.GetValueOrDefault(c) : null,
                r.Ground,
                r.LegalReference,
                r.DecidedOn!.Value.AddYears(RefusalKeepYears),
                r.RefusalSentOn
            ))
            .ToList();
    }
}
