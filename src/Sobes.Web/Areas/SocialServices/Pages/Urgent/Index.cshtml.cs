using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sobes.Domain.Common;
using Sobes.Domain.SocialServices;
using Sobes.Infrastructure.Audit;
using Sobes.Infrastructure.Registry;
using Sobes.Infrastructure.SocialServices;
using Sobes.Web.Auth;
using Sobes.Web.Infrastructure;

namespace Sobes.Web.Areas.SocialServices.Pages.Urgent;

/// <summary>Urgent services (ст. 21 442-ФЗ): no programme, an act signed by the recipient.</summary>
public class IndexModel(RecipientPathService path, RegistryService registry, CatalogueService catalogue, RegionClock clock) : PageModel
{
    public IReadOnlyList<(UrgentServiceAct Act, string CitizenName)> Acts { get; private set; } = [];
    public IReadOnlyList<SocialService> Services { get; private set; } = [];
    public Paged<CitizenListItem>? Found { get; private set; }
    public string? Q { get; private set; }
    public string? CitizenName { get; private set; }
    public UrgentActInput Input { get; private set; } = new();
    public bool CanWrite { get; private set; }

    public async Task OnGetAsync(string? q, long? citizenId, CancellationToken ct)
    {
        Q = q;
        var user = HttpContext.Current();
        if (!string.IsNullOrWhiteSpace(q)) Found = await registry.SearchAsync(user, new CitizenSearch(Q: q, PageSize: 10), ct);
        var today = clock.Today;
        Input = new UrgentActInput
        {
            CitizenId = citizenId ?? 0,
            ProvidedFrom = today,
            ProvidedTo = today,
            DrawnUpOn = today,
            RecipientSignedOn = today,
            Basis = "Заявление гражданина",
        };
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(UrgentActInput input, CancellationToken ct)
    {
        input.Lines = input.Lines.Where(l => l.Quantity > 0).ToList();
        if (await ModelState.TryAsync("input", () => path.CreateUrgentActAsync(HttpContext.Current(), input, ct)))
        {
            TempData["Message"] = "Акт о предоставлении срочных социальных услуг составлен.";
            return Redirect("/SocialServices/Urgent");
        }
        Input = input;
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var user = HttpContext.Current();
        CanWrite = await path.IsProviderAsync(user, ct);
        Acts = await path.UrgentActsAsync(user, ct);
        Services = (await catalogue.ListAsync(clock.Today, activeOnly: true, ct))
            .Select(i => i.Service)
            .Where(s => s.Form == ServiceForm.Urgent)
            .ToList();
        if (Input.CitizenId != 0) CitizenName = (await registry.GetAsync(user, Input.CitizenId, ct)).FullName;
    }
}
