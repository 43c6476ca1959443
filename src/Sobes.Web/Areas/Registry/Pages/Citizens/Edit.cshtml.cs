using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Sobes.Domain.Registry;
using Sobes.Infrastructure.Persistence;
using Sobes.Infrastructure.Registry;
using Sobes.Web.Auth;
using Sobes.Web.Infrastructure;

namespace Sobes.Web.Areas.Registry.Pages.Citizens;

[Authorize(Policy = Policies.RegistryWrite)]
public class EditModel(RegistryService registry, SobesDbContext db) : PageModel
{
    [BindProperty] public CitizenInput Input { get; set; } = new();
    [BindProperty] public int? Version { get; set; }
    [BindProperty] public bool SameAddress { get; set; }
    [BindProperty] public bool ConfirmDuplicate { get; set; }
    public long? Id { get; private set; }
    public IReadOnlyList<DuplicateCandidate> Duplicates { get; private set; } = [];
    public List<SelectListItem> Territories { get; private set; } = [];

    public async Task OnGetAsync(long? id, CancellationToken ct)
    {
        Id = id;
        var user = HttpContext.Current();
        if (id is { } existing)
        {
            var c = await registry.GetAsync(user, existing, ct);
            Input = CitizenInput.From(c);
            Version = c.Version;
            SameAddress = c.ActualAddress.ToString() == c.RegistrationAddress.ToString();
        }
        else
        {
            Input.RegistrationAddress.Region = HomeRegion.Name;
            SameAddress = true;
        }
        await LoadTerritoriesAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(long? id, CancellationToken ct)
    {
        Id = id;
        var user = HttpContext.Current();
        await LoadTerritoriesAsync(ct);
        if (SameAddress) Input.ActualAddress = Input.RegistrationAddress.Copy();
        if (!ModelState.IsValid) return Page();
        long savedId = 0;
        var ok = await ModelState.TryAsync("Input", async () =>
        {
            if (id is { } existing)
            {
                savedId = (await registry.UpdateAsync(user, existing, Input, Version, ct)).Id;
                return;
            }
            var result = await registry.CreateAsync(user, Input, ConfirmDuplicate, ct);
            Duplicates = result.ProbableDuplicates;
            savedId = result.Citizen?.Id ?? 0;
        });
        if (!ok || savedId == 0) return Page();
        TempData["Message"] = id is null ? "Личное дело создано." : "Изменения сохранены.";
        return Redirect($"/Registry/Citizens/Card/{savedId}");
    }

    private async Task LoadTerritoriesAsync(CancellationToken ct)
    {
        if (!HttpContext.Current().SeesWholeRegion) return;
        Territories = await db.Territories.OrderBy(t => t.Name)
            .Select(t => new SelectListItem(t.Name, t.Id.ToString())).ToListAsync(ct);
    }
}
