using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sobes.Domain.Registry;
using Sobes.Infrastructure.Guardianship;
using Sobes.Infrastructure.Measures;
using Sobes.Web.Auth;
using Sobes.Web.Infrastructure;

namespace Sobes.Web.Areas.Guardianship.Pages.Families;

/// <summary>The family's material support (seed 002 cl. 4, 10.1 subcl. 2): the plan of the six payments, the application, assignments, a
/// month's sum.</summary>
public class PaymentsModel(FosterFamilyOverview overview, FosterApplications applications, Sobes.Domain.Common.RegionClock clock) : PageModel
{
    public FamilyPayments? Family { get; private set; }
    public bool CanWork { get; private set; }
    /// <summary>The intake starts when the specialist opens the family's page with the foster parent (seed 002 cl. 7.4).</summary>
    public string IntakeIso { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(long id, int? year, int? month, CancellationToken ct)
    {
        if (!await ModelState.TryAsync("month", () => LoadAsync(id, year, month, ct))) await LoadAsync(id, null, null, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostApplyAsync(long id, PaymentMethod? paymentMethod, DateTime? intakeStartedAtUtc, CancellationToken ct)
    {
        long applicationId = 0;
        var input = new FosterApplyInput { PaymentMethod = paymentMethod, IntakeStartedAtUtc = intakeStartedAtUtc?.ToUniversalTime() };
        if (
            await ModelState.TryAsync("", async () =>
                applicationId = (await applications.ApplyAsync(HttpContext.Current(), id, input, ct)).Application.Id
            )
        )
            return Redirect($"/Applications/Card/{applicationId}");
        await LoadAsync(id, null, null, ct);
        return Page();
    }

    private async Task LoadAsync(long id, int? year, int? month, CancellationToken ct)
    {
        var user = HttpContext.Current();
        CanWork = user.IsIn(MeasuresAccess.CaseWorkers) && !user.SeesWholeRegion;
        Family = await overview.GetAsync(user, id, year, month, ct);
        IntakeIso = clock.NowUtc.ToString("yyyy-MM-ddTHH:mm:ssZ");
    }
}
