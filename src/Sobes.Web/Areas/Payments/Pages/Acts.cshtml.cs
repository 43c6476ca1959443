using Microsoft.AspNetCore.Mvc.RazorPages;
using Sobes.Domain.Payments;
using Sobes.Infrastructure.Payments;
using Sobes.Web.Auth;

namespace Sobes.Web.Areas.Payments.Pages;

/// <summary>Reconciliation acts of a period with each bank and post office (seed 002 cl. 19.15–19.16), with totals and the fee.</summary>
public class ActsModel(PaymentRunService runs, PaymentDocuments documents) : PageModel
{
    public IReadOnlyList<PeriodListItem> Periods { get; private set; } = [];
    public PeriodListItem? Period { get; private set; }
    public IReadOnlyList<CounterpartAct> Acts { get; private set; } = [];

    public async Task OnGetAsync(long? period, CancellationToken ct)
    {
        var user = HttpContext.Current();
        Periods = (await runs.ListAsync(user, ct)).Where(p => p.Status >= PaymentPeriodStatus.Computed).ToList();
        Period = period is { } id ? Periods.FirstOrDefault(p => p.Id == id) : Periods.FirstOrDefault(p => p.Status >= PaymentPeriodStatus.Approved) ?? Periods.FirstOrDefault();
        if (Period is not null) Acts = await documents.ActsAsync(user, Period.Id, ct);
    }
}
