using Microsoft.EntityFrameworkCore;
using Sobes.Domain.Common;
using Sobes.Domain.Organisations;
using Sobes.Domain.SocialServices;
using Sobes.Infrastructure.Common;
using Sobes.Infrastructure.Persistence;

namespace Sobes.Infrastructure.SocialServices;

public sealed record DeadlineItem(int AssignmentId, string AssignmentNumber, string? OrganisationShortName, string PartCode, string PartTitle,
    ReportingPeriod Period, DateOnly DueOn, int DaysLeft, long? ReportId, ReportStatus? Status)
{
    public bool Done => Status is ReportStatus.Submitted or ReportStatus.Reviewed;
    public bool Overdue => !Done && DaysLeft < 0;
}

/// <summary>Report deadlines of the assignments per part (seed 004: 1.1–1.2 by the 10th and 1 February, 1.3 and 2 by the 15th and 15
/// February).</summary>
public sealed class DeadlineService(SobesDbContext db, RegionClock clock, SocialServicesOptions options)
{
    /// <summary>Looking back this far, an unsubmitted report is still shown as overdue.</summary>
    public const int OverdueWindowDays = 90;

    /// <summary>Reminders: reports not yet submitted that are due within <see cref="SocialServicesOptions.ReminderDays"/> days, or recently
    /// overdue.</summary>
    public async Task<IReadOnlyList<DeadlineItem>> UpcomingAsync(UserContext user, int? withinDays = null, CancellationToken ct = default)
    {
        var today = clock.Today;
        var horizon = today.AddDays(withinDays ?? options.ReminderDays);
        var all = await AllAsync(user, null, null, ct);
        return all.Where(d => !d.Done && d.DueOn <= horizon && d.DueOn >= today.AddDays(-OverdueWindowDays)).ToList();
    }

    /// <summary>Every deadline of an assignment's year (or all its years), with the state of each report; an assignment the user does not
    /// see is not found.</summary>
    public async Task<IReadOnlyList<DeadlineItem>> ScheduleAsync(
        UserContext user,
        int assignmentId,
        int? year,
        CancellationToken ct = default
    )
    {
        if (!await db.StateAssignments.VisibleTo(user).AnyAsync(a => a.Id == assignmentId, ct))
            throw new NotFoundException($"Государственное задание № {assignmentId} не найдено.");
        return await AllAsync(user, assignmentId, year, ct);
    }

    private async Task<IReadOnlyList<DeadlineItem>> AllAsync(UserContext user, int? assignmentId, int? year, CancellationToken ct)
    {
        var today = clock.Today;
        var assignments = await db.StateAssignments.AsNoTracking().Include(a => a.Parts)
            .VisibleTo(user)
            .Where(a => assignmentId == null || a.Id == assignmentId)
            .ToListAsync(ct);
        var ids = assignments.Select(a => a.Id).ToList();
        var reports = await db.AssignmentReports.AsNoTracking().Where(r => ids.Contains(r.StateAssignmentId))
            .Select(r => new { r.Id, r.AssignmentPartId, r.Year, r.Quarter, r.Status }).ToListAsync(ct);
        var orgNames = await db.Organisations.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.ShortName, ct);
        var items = new List<DeadlineItem>();
        foreach (var a in assignments)
            foreach (var part in a.Parts.OrderBy(p => p.Order))
                for (var y = a.FinancialYear; y <= a.LastPlanningYear; y++)
                {
                    if (year is { } only && y != only) continue;
                    foreach (var (period, due) in ReportingDeadlines.ForYear(part, y))
                    {
                        var report = reports.FirstOrDefault(r => r.AssignmentPartId == part.Id && r.Year == y && r.Quarter == period.Quarter);
                        items.Add(
                            new DeadlineItem(
                                a.Id,
                                a.Number,
                                a.OrganisationId is { } o ? orgNames.GetValueOrDefault(o) : null,
                                part.Code,
                                part.Title,
                                period,
                                due,
                                due.DayNumber - today.DayNumber,
                                report?.Id,
                                report?.Status
                            )
                        );
                    }
                }
        return items.OrderBy(i => i.DueOn).ThenBy(i => i.PartCode).ToList();
    }
}
