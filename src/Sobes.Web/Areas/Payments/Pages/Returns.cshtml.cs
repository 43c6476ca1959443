using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sobes.Domain.Payments;
using Sobes.Infrastructure.Payments;
using Sobes.Web.Auth;
using Sobes.Web.Infrastructure;

namespace Sobes.Web.Areas.Payments.Pages;

public class ReturnsModel(PaymentReturns returns) : PageModel
{
    public IReadOnlyList<ReturnItem> Items { get; private set; } = [];
    public PaymentReturnStatus? Status { get; private set; }
    public bool CanWork { get; private set; }

    public async Task OnGetAsync(PaymentReturnStatus? status, CancellationToken ct)
    {
        Status = status;
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostRepayAsync(long id, CancellationToken ct)
    {
        if (await ModelState.TryAsync("", () => returns.RequestRepaymentAsync(HttpContext.Current(), id, ct))) return Redirect("/Payments/Returns");
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostWriteOffAsync(long id, string? reason, CancellationToken ct)
    {
        if (await ModelState.TryAsync("", () => returns.WriteOffReturnAsync(HttpContext.Current(), id, new WriteOffInput(reason), ct)))
            return Redirect("/Payments/Returns");
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var user = HttpContext.Current();
        CanWork = user.IsIn(PaymentsAccess.Writers) && !user.SeesWholeRegion;
        Items = await returns.ReturnsAsync(user, Status, ct);
    }
}
