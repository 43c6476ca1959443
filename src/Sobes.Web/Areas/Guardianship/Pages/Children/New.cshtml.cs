using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sobes.Domain.Guardianship;
using Sobes.Domain.Registry;
using Sobes.Infrastructure.Audit;
using Sobes.Infrastructure.Guardianship;
using Sobes.Infrastructure.Registry;
using Sobes.Web.Auth;
using Sobes.Web.Infrastructure;

namespace Sobes.Web.Areas.Guardianship.Pages.Children;

public class NewModel(ChildRegister register, RegistryService registry) : PageModel
{
    [BindProperty] public ChildInCareInput Input { get; set; } = new();
    public string? Q { get; private set; }
    public Paged<CitizenListItem>? Found { get; private set; }
    public Citizen? Child { get; private set; }

    public async Task OnGetAsync(string? q, long? citizenId, CancellationToken ct)
    {
        Q = q;
        var user = HttpContext.Current();
        if (!string.IsNullOrWhiteSpace(q)) Found = await registry.SearchAsync(user, new CitizenSearch(Q: q, PageSize: 20), ct);
        if (citizenId is { } id) { Input.CitizenId = id; Child = await registry.GetAsync(user, id, ct); }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ChildInCare? created = null;
        if (await ModelState.TryAsync("Input", async () => created = await register.RegisterChildAsync(HttpContext.Current(), Input, ct)))
        {
            TempData["Message"] = "Ребёнок поставлен на учёт.";
            return Redirect($"/Guardianship/Children/Card/{created!.Id}");
        }
        if (Input.CitizenId > 0) Child = await registry.GetAsync(HttpContext.Current(), Input.CitizenId, ct);
        return Page();
    }
}
