using Microsoft.EntityFrameworkCore;
using Sobes.Domain.Appeals;
using Sobes.Domain.Applications;
using Sobes.Domain.Audit;
using Sobes.Domain.Common;
using Sobes.Domain.Organisations;
using Sobes.Domain.Registry;
using Sobes.Infrastructure.Audit;
using Sobes.Infrastructure.Calendar;
using Sobes.Infrastructure.Persistence;
using Sobes.Infrastructure.Registry;
using static Sobes.Infrastructure.Appeals.ComplaintRecords;

namespace Sobes.Infrastructure.Appeals;

/// <summary>
/// The department's yearly journal of complaints (seed 002 cl. 23.7) and the card of a complaint: terms on the production calendar, working
/// days left, the status of the day. Every read of a card and every search is audited; the counts for the home page are not (no personal
/// data).
/// </summary>
public sealed class ComplaintJournal(SobesDbContext db, AuditLog audit, RegionClock clock, CalendarService calendar, ComplaintRecords records)
{
    public async Task<ComplaintDetails> GetAsync(UserContext user, long id, CancellationToken ct = default)
    {
        var details = await DetailsAsync(user, await records.LoadAsync(user, id, tracking: false, ct), ct);
        await audit.RecordAsync(user, AuditAction.Read, Entity, details.Complaint.Number, details.Complaint.CitizenId,
            $"Просмотр жалобы {details.Complaint.Number}: {details.Complainant}", ct);
        return details;
    }

    public async Task<IReadOnlyList<ComplaintListItem>> ListAsync(UserContext user, ComplaintFilter filter, CancellationToken ct = default)
    {
        var rows = await ListItemsAsync(user, filter, ct);
        var year = filter.Year is { } y ? $" за {y} год" : "";
        var status = filter.Status is { } s ? $", {s.Russian().ToLowerInvariant()}" : "";
        await audit.RecordAsync(user, AuditAction.Search, Entity, null, null, $"Журнал жалоб{year}{status}: {rows.Count}", ct);
        return rows;
    }

    /// <summary>The journal's rows, not audited: the caller records the search or the export.</summary>
    internal async Task<List<ComplaintListItem>> ListItemsAsync(UserContext user, ComplaintFilter filter, CancellationToken ct)
    {
        if (filter.Status is { } st && !Enum.IsDefined(st)) throw new DomainValidationException([new("status", "Неизвестное состояние жалобы.")]);
        if (filter.Year is < 2000 or > 2100) throw new DomainValidationException([new("year", "Год — от 2000 до 2100.")]);
        var today = clock.Today;
        var complaints = await Filtered(user, filter, today).OrderBy(c => c.ReceivedOn).ThenBy(c => c.Id)
            .Join(db.Regulations, c => c.RegulationId, r => r.Id, (c, r) => new { c, r.Code })
            .Join(db.Organisations, x => x.c.OrganisationId, o => o.Id, (x, o) => new { x.c, x.Code, o.ShortName })
            .ToListAsync(ct);
        var people = await PeopleAsync(user, complaints.Select(x => x.c.CitizenId), ct);
        var cal = await calendar.LoadAsync(ct);
        return complaints.Select(x =>
        {
            var c = x.c;
            var (name, address) = people.GetValueOrDefault(c.CitizenId, ("—", ""));
            return new ComplaintListItem(
                c.Id,
                c.Number,
                c.ReceivedOn,
                c.CitizenId,
                name,
                address,
                c.Channel,
                c.Subject,
                x.Code,
                c.DueOn,
                c.ExtensionDays,
                c.StatusOn(today),
                c.IsAnswered ? null : DeadlineRules.WorkingDaysLeft(today, c.DueOn, cal),
                c.Decision,
                c.AnsweredOn,
                c.AnsweredLate,
                x.ShortName
            );
        }).ToList();
    }

    private IQueryable<Complaint> Filtered(UserContext user, ComplaintFilter filter, DateOnly today)
    {
        var q = records.Scoped(user).AsNoTracking();
        if (filter.Year is { } year) q = q.Where(c => c.ReceivedOn >= new DateOnly(year, 1, 1) && c.ReceivedOn <= new DateOnly(year, 12, 31));
        return filter.Status switch
        {
            ComplaintStatus.Answered => q.Where(c => c.AnsweredOn != null),
            ComplaintStatus.Overdue => q.Where(c => c.AnsweredOn == null && c.DueOn < today),
            ComplaintStatus.Extended => q.Where(c => c.AnsweredOn == null && c.DueOn >= today && c.ExtensionDays != null),
            ComplaintStatus.UnderReview => q.Where(c => c.AnsweredOn == null && c.DueOn >= today && c.ExtensionDays == null),
            _ => q,
        };
    }

    /// <summary>Counts for the home page (no personal data, so not audited).</summary>
    public async Task<ComplaintCounts> CountsAsync(UserContext user, CancellationToken ct = default)
    {
        var today = clock.Today;
        var open = records.Scoped(user).AsNoTracking().Where(c => c.AnsweredOn == null);
        return new ComplaintCounts(await open.CountAsync(ct), await open.CountAsync(c => c.DueOn < today, ct));
    }

    /// <summary>The card with the names it refers to, not audited: the caller records the read or the export.</summary>
    internal async Task<ComplaintDetails> DetailsAsync(UserContext user, Complaint c, CancellationToken ct)
    {
        var today = clock.Today;
        var person = (await PeopleAsync(user, [c.CitizenId], ct)).GetValueOrDefault(c.CitizenId, ("—", ""));
        var org = await db.Organisations.AsNoTracking().FirstAsync(o => o.Id == c.OrganisationId, ct);
        var applicationNumber = c.ApplicationId is { } a
            ? await db.MeasureApplications.AsNoTracking().Where(x => x.Id == a).Select(x => x.Number).FirstOrDefaultAsync(ct) : null;
        var assignmentNumber = c.AssignmentId is { } s
            ? await db.Assignments.AsNoTracking().Where(x => x.Id == s).Select(x => x.Number).FirstOrDefaultAsync(ct) : null;
        var userIds = new[] { c.RegisteredByUserId, c.ExtendedByUserId, c.AnsweredByUserId }.OfType<int>().Distinct().ToList();
        var users = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.FullName, ct);
        var r = c.Regulation!;
        int? daysLeft = c.IsAnswered ? null : DeadlineRules.WorkingDaysLeft(today, c.DueOn, await calendar.LoadAsync(ct));
        return new ComplaintDetails(c, person.Item1, person.Item2, org.Name, org.Address, r.Code, r.Name, r.ComplaintClause, r.ComplaintAnswerDays,
            r.ComplaintExtensionDays, applicationNumber, assignmentNumber, c.StatusOn(today), daysLeft, users, today);
    }

    /// <summary>Names and postal addresses (actual, else registration — cl. 23.7.1) of visible citizens.</summary>
    private async Task<Dictionary<long, (string Name, string Address)>> PeopleAsync(UserContext user, IEnumerable<long> ids, CancellationToken ct)
    {
        var set = ids.Distinct().ToList();
        var rows = await db.Citizens.AsNoTracking().VisibleTo(user).Where(c => set.Contains(c.Id)).ToListAsync(ct);
        return rows.ToDictionary(c => c.Id, c => (c.FullName, Citizen.DeliveryAddress(c.ActualAddress, c.RegistrationAddress).ToString()));
    }
}
