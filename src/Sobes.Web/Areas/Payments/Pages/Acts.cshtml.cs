using Microsoft.AspNetCore.Mvc.RazorPages;
using Sobes.Infrastructure.Payments;
using Sobes.Web.Auth;

namespace Sobes.Web.Areas.Payments.Pages;

/// <summary>Reconciliation acts of a period with each bank and post office (seed 002 cl. 19.15–19.16), with totals and the fee.</summary>
public class ActsModel(PaymentPeriodViews views) : PageModel
{
    public IReadOnlyList<PeriodListItem> Periods { get; private set; } = [];
    public PeriodListItem? Period { get; private set; }
    public IReadOnlyList<CounterpartAct> Acts { get; private set; } = [];

    public async Task OnGetAsync(long? period, CancellationToken ct)
    {
        (Periods, Period, Acts) = await views.ActsAsync(HttpContext.Current(), period, ct);
    }
}
