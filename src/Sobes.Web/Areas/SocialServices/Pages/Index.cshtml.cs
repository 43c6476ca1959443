using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sobes.Domain.Common;
using Sobes.Domain.SocialServices;
using Sobes.Infrastructure.Persistence;
using Sobes.Infrastructure.Registry;
using Sobes.Infrastructure.SocialServices;
using Sobes.Web.Auth;

namespace Sobes.Web.Areas.SocialServices.Pages;

public class IndexModel(
    DeadlineService deadlines,
    StateAssignmentService assignments,
    RecipientPathService path,
    SobesDbContext db,
    RegionClock clock,
    SocialServicesOptions options
) : PageModel
{
    public IReadOnlyList<DeadlineItem> Reminders { get; private set; } = [];
    public IReadOnlyList<DeadlineItem> Schedule { get; private set; } = [];
    public IReadOnlyList<StateAssignmentListItem> Assignments { get; private set; } = [];
    public StateAssignmentListItem? Selected { get; private set; }
    public int Year { get; private set; }
    public int ReminderDays => options.ReminderDays;
    public int PendingApplications { get; private set; }
    public int OverdueApplications { get; private set; }
    public int ActiveContracts { get; private set; }
    public int UnsignedActs { get; private set; }
    public DateOnly Today { get; private set; }
    /// <summary>Programmes due for review within 60 days or overdue (ст. 16 ч. 5 442-ФЗ).</summary>
    public IReadOnlyList<ProgrammeReviewItem> Reviews { get; private set; } = [];
    public int ReviewDays => IndividualProgrammeRules.ReviewNoticeDays;
    /// <summary>The user records services and draws up acts (a КЦСОН's specialist or head).</summary>
    public bool IsProvider { get; private set; }

    public async Task OnGetAsync(int? assignmentId, int? year, CancellationToken ct)
    {
        var user = HttpContext.Current();
        Today = clock.Today;
        Reminders = await deadlines.UpcomingAsync(user, ct: ct);
        Reviews = await path.DueForReviewAsync(user, ct: ct);
        IsProvider = await db.IsProviderAsync(user, ct);
        Assignments = await assignments.ListAsync(user, ct);
        Selected = Assignments.FirstOrDefault(a => a.Id == assignmentId) ?? Assignments.FirstOrDefault();
        if (Selected is not null)
        {
            Year = Math.Clamp(year ?? Selected.FinancialYear, Selected.FinancialYear, Selected.LastPlanningYear);
            Schedule = await deadlines.ScheduleAsync(user, Selected.Id, Year, ct);
        }
        // Counts only: no personal data is shown here, so nothing to audit.
        var visible = db.Citizens.VisibleTo(user);
        var pending = await db.NeedRecognitions.AsNoTracking()
            .Where(n => n.Outcome == NeedRecognitionOutcome.Pending && visible.Any(c => c.Id == n.ServiceApplication!.CitizenId))
            .Select(n => n.DueOn).ToListAsync(ct);
        PendingApplications = pending.Count;
        OverdueApplications = pending.Count(d => d < Today);
        ActiveContracts = await db.ServiceContracts.CountAsync(
            c =>
                c.ProviderOrganisationId == user.OrganisationId
                && (c.TerminatedOn == null || c.TerminatedOn >= Today)
                && (c.EndsOn == null || c.EndsOn >= Today),
            ct
        );
        UnsignedActs = await db.ServiceActs.CountAsync(a => a.ProviderOrganisationId == user.OrganisationId && a.SignedOn == null, ct);
    }
}
