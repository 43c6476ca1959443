using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sobes.Infrastructure.Payments;
using Sobes.Web.Auth;
using Sobes.Web.Infrastructure;

namespace Sobes.Web.Areas.Payments.Pages;

public class OverpaymentsModel(OverpaymentRecovery recovery) : PageModel
{
    /// <summary>The deduction limit in force today for the user's department (ministry: the region's).</summary>
    public decimal DeductionPercent { get; private set; }
    public IReadOnlyList<OverpaymentItem> Items { get; private set; } = [];
    public long? CitizenId { get; private set; }
    public bool OpenOnly { get; private set; }
    public bool CanWork { get; private set; }

    public async Task OnGetAsync(long? citizenId, bool? open, CancellationToken ct)
    {
        (CitizenId, OpenOnly) = (citizenId, open ?? false);
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostRefundAsync(long id, decimal? amount, string? document, CancellationToken ct)
    {
        if (await ModelState.TryAsync("", () => recovery.RefundAsync(HttpContext.Current(), id, new RefundInput(amount, null, document), ct)))
            return Redirect("/Payments/Overpayments");
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var user = HttpContext.Current();
        CanWork = user.IsIn(PaymentsAccess.Writers) && !user.SeesWholeRegion;
        (Items, DeductionPercent) = await recovery.OverviewAsync(user, CitizenId, OpenOnly, ct);
    }
}
