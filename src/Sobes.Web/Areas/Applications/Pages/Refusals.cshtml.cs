using Microsoft.AspNetCore.Mvc.RazorPages;
using Sobes.Infrastructure.Applications;
using Sobes.Web.Auth;

namespace Sobes.Web.Areas.Applications.Pages;

/// <summary>The refusal journal: one for all kinds of payments, kept five years (seed 002 cl. 17.4–17.6).</summary>
public class RefusalsModel(ApplicationReading service) : PageModel
{
    public int? Year { get; private set; }
    public IReadOnlyList<RefusalJournalItem> Items { get; private set; } = [];

    public async Task OnGetAsync(int? year, CancellationToken ct)
    {
        Year = year;
        Items = await service.RefusalsAsync(HttpContext.Current(), year, ct);
    }
}
