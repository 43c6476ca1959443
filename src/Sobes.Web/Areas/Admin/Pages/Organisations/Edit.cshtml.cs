using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Sobes.Domain.Organisations;
using Sobes.Infrastructure.Organisations;
using Sobes.Web.Auth;
using Sobes.Web.Infrastructure;

namespace Sobes.Web.Areas.Admin.Pages.Organisations;

[Authorize(Policy = Policies.Administration)]
public class EditModel(OrganisationAdminService organisations) : PageModel
{
    [BindProperty] public OrganisationForm Input { get; set; } = new();
    public int? Id { get; private set; }
    public List<SelectListItem> Territories { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken ct)
    {
        Id = id;
        await LoadAsync(ct);
        if (id is null) return Page();
        var o = (await organisations.ListAsync(ct)).FirstOrDefault(x => x.Id == id);
        if (o is null) return NotFound();
        Input = new OrganisationForm
        {
            Name = o.Name,
            ShortName = o.ShortName,
            Kind = o.Kind,
            TerritoryId = o.TerritoryId,
            Inn = o.Inn,
            Address = o.Address,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken ct)
    {
        Id = id;
        var input = new OrganisationInput(Input.Name, Input.ShortName, Input.Kind, Input.TerritoryId, Input.Inn, Input.Address);
        if (ModelState.IsValid && await ModelState.TryAsync("Input", () => organisations.SaveAsync(HttpContext.Current(), id, input, ct)))
        {
            TempData["Message"] = $"Организация «{Input.ShortName}» сохранена.";
            return Redirect("/Admin/Organisations");
        }
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct) =>
        Territories = (await organisations.TerritoriesAsync(ct)).Select(t => new SelectListItem(t.Name, t.Id.ToString())).ToList();

    public sealed class OrganisationForm
    {
        public string? Name { get; set; }
        public string? ShortName { get; set; }
        public OrganisationKind? Kind { get; set; }
        public int? TerritoryId { get; set; }
        public string? Inn { get; set; }
        public string? Address { get; set; }
    }
}
