using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sobes.Domain.Common;
using Sobes.Infrastructure.SocialServices;
using Sobes.Web.Auth;
using Sobes.Web.Infrastructure;

namespace Sobes.Web.Areas.SocialServices.Pages.Acts;

public class CardModel(ServiceActService acts, RegionClock clock) : PageModel
{
    public ServiceActDetails Details { get; private set; } = null!;
    public bool CanSign { get; private set; }
    public DateOnly Today { get; private set; }

    public async Task OnGetAsync(long id, CancellationToken ct) => await LoadAsync(id, ct);

    public async Task<IActionResult> OnPostSignAsync(long id, DateOnly? signedOn, CancellationToken ct)
    {
        if (await ModelState.TryAsync("", () => acts.SignAsync(HttpContext.Current(), id, signedOn, ct)))
        {
            TempData["Message"] = "Акт подписан.";
            return Redirect($"/SocialServices/Acts/Card/{id}");
        }
        await LoadAsync(id, ct);
        return Page();
    }

    private async Task LoadAsync(long id, CancellationToken ct)
    {
        var user = HttpContext.Current();
        Today = clock.Today;
        Details = await acts.GetAsync(user, id, ct);
        CanSign = Details.Act.SignedOn is null && Details.Act.ProviderOrganisationId == user.OrganisationId && await acts.IsProviderAsync(user, ct);
    }
}
