using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sobes.Domain.Registry;
using Sobes.Infrastructure.Guardianship;
using Sobes.Infrastructure.Measures;
using Sobes.Web.Auth;
using Sobes.Web.Infrastructure;

namespace Sobes.Web.Areas.Guardianship.Pages.Families;

/// <summary>The family's material support (seed 002 cl. 4, 10.1 subcl. 2): the plan of the six payments, the application, assignments, a month's sum.</summary>
public class PaymentsModel(FosterFamilyOverview overview, FosterApplications applications) : PageModel
{
    public FamilyPayments? Family { get; private set; }
    public bool CanWork { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, int? year, int? month, CancellationToken ct)
    {
        if (!await ModelState.TryAsync("month", () => LoadAsync(id, year, month, ct))) await LoadAsync(id, null, null, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostApplyAsync(long id, PaymentMethod? paymentMethod, CancellationToken ct)
    {
        long applicationId = 0;
        if (await ModelState.TryAsync("", async () =>
                applicationId = (await applications.ApplyAsync(HttpContext.Current(), id, new FosterApplyInput { PaymentMethod = paymentMethod }, ct)).Application.Id))
            return Redirect($"/Applications/Card/{applicationId}");
        await LoadAsync(id, null, null, ct);
        return Page();
    }

    private async Task LoadAsync(long id, int? year, int? month, CancellationToken ct)
    {
        var user = HttpContext.Current();
        CanWork = user.IsIn(MeasuresAccess.CaseWorkers) && !user.SeesWholeRegion;
        Family = await overview.GetAsync(user, id, year, month, ct);
    }
}
