using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sobes.Domain.Common;
using Sobes.Domain.Organisations;
using Sobes.Infrastructure.Calendar;
using Sobes.Infrastructure.Persistence;
using Sobes.Infrastructure.Registry;
using Sobes.Infrastructure.SocialServices;
using Sobes.Web.Auth;

namespace Sobes.Web.Pages;

public class IndexModel(SobesDbContext db, CalendarService calendar, RegionClock clock, DeadlineService deadlines,
    Sobes.Infrastructure.Applications.ApplicationReading applications, Sobes.Infrastructure.Payments.PaymentsDashboard payments,
    Sobes.Infrastructure.Appeals.ComplaintJournal complaints) : PageModel
{
    public new UserContext? User { get; private set; }
    public DateOnly Today { get; private set; }
    public int Citizens { get; private set; }
    public int WithCategories { get; private set; }
    public int WorkingDaysLeft { get; private set; }
    public IReadOnlyList<DeadlineItem> ReportReminders { get; private set; } = [];
    public Sobes.Infrastructure.Applications.QueueCounts? Applications { get; private set; }
    public Sobes.Infrastructure.Payments.PaymentsGlance? Payments { get; private set; }
    public Sobes.Infrastructure.Appeals.ComplaintCounts? Complaints { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        User = HttpContext.Current();
        Today = clock.Today;
        var citizens = db.Citizens.VisibleTo(User);
        Citizens = await citizens.CountAsync(ct);
        WithCategories = await citizens.CountAsync(c => c.Categories.Any(), ct);
        var end = new DateOnly(Today.Year, Today.Month, DateTime.DaysInMonth(Today.Year, Today.Month));
        WorkingDaysLeft = (await calendar.LoadAsync(ct)).CountWorkingDays(Today, end);
        ReportReminders = await deadlines.UpcomingAsync(User, ct: ct);
        if (!User.SeesWholeRegion) Applications = await applications.CountsAsync(User, ct);
        Payments = await payments.GlanceAsync(User, ct);
        Complaints = await complaints.CountsAsync(User, ct);
    }
}
