using Microsoft.AspNetCore.Mvc.RazorPages;
using Sobes.Infrastructure.Payments;
using Sobes.Web.Auth;

namespace Sobes.Web.Areas.Payments.Pages;

public class TotalsModel(PaymentRunService runs, Sobes.Domain.Common.RegionClock clock) : PageModel
{
    public YearTotals Totals { get; private set; } = null!;

    public async Task OnGetAsync(int? year, CancellationToken ct) =>
        Totals = await runs.YearTotalsAsync(HttpContext.Current(), year is >= 2000 and <= 2100 ? year.Value : clock.Today.Year, ct);
}
