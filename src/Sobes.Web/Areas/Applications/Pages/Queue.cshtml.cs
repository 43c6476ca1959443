using Microsoft.AspNetCore.Mvc.RazorPages;
using Sobes.Infrastructure.Applications;
using Sobes.Web.Auth;

namespace Sobes.Web.Areas.Applications.Pages;

/// <summary>The head's queue: drafts awaiting signature (seed 002 cl. 16.2), applications overdue or due within two working days, refusals
/// on the Ministry's check.</summary>
public class QueueModel(ApplicationReading service, ApplicationProcedure procedure) : PageModel
{
    public HeadQueue Queue { get; private set; } = new([], []);
    /// <summary>Refusals waiting for the Ministry's check (seed 002 cl. 17.2) or returned with a remark.</summary>
    public IReadOnlyList<RefusalCheckItem> RefusalChecks { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Queue = await service.QueueAsync(HttpContext.Current(), ct);
        RefusalChecks = await procedure.RefusalChecksAsync(HttpContext.Current(), ct);
    }
}
