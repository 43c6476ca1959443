using Microsoft.AspNetCore.Mvc.RazorPages;
using Sobes.Infrastructure.Applications;
using Sobes.Web.Auth;

namespace Sobes.Web.Areas.Applications.Pages;

/// <summary>The head's queue: drafts awaiting signature (seed 002 cl. 16.2) and applications overdue or due within two working days.</summary>
public class QueueModel(MeasureApplicationService service) : PageModel
{
    public HeadQueue Queue { get; private set; } = new([], []);

    public async Task OnGetAsync(CancellationToken ct) => Queue = await service.QueueAsync(HttpContext.Current(), ct);
}
