using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sobes.Infrastructure.Payments;
using Sobes.Web.Auth;
using Sobes.Web.Infrastructure;

namespace Sobes.Web.Areas.Payments.Pages.Periods;

public class IndexModel(PaymentPeriodReader periods, PaymentPeriodOpening opening, Sobes.Domain.Common.RegionClock clock) : PageModel
{
    public IReadOnlyList<PeriodListItem> Periods { get; private set; } = [];
    public bool CanOpen { get; private set; }
    [BindProperty] public int? Year { get; set; }
    [BindProperty] public int? Month { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        long id = 0;
        if (await ModelState.TryAsync("", async () => id = (await opening.OpenAsync(HttpContext.Current(), new OpenPeriodInput(Year, Month), ct)).Id))
            return Redirect($"/Payments/Periods/Card/{id}");
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var user = HttpContext.Current();
        CanOpen = user.IsIn(PaymentsAccess.Writers) && !user.SeesWholeRegion;
        Periods = await periods.ListAsync(user, ct);
        var next =
            Periods.Count > 0
                ? new DateOnly(Periods[0].Year, Periods[0].Month, 1).AddMonths(1)
                : new DateOnly(clock.Today.Year, clock.Today.Month, 1);
        Year ??= next.Year;
        Month ??= next.Month;
    }
}
