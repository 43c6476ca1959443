using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sobes.Domain.Measures;
using Sobes.Infrastructure.Measures;
using Sobes.Web.Auth;
using Sobes.Web.Infrastructure;

namespace Sobes.Web.Areas.Measures.Pages.Catalogue;

public class LegalActsModel(MeasureCatalogueService catalogue) : PageModel
{
    public List<LegalAct> Acts { get; private set; } = [];
    public bool CanEdit { get; private set; }
    public LegalActInput Form { get; private set; } = new() { Type = LegalActType.GovernmentResolution };

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(LegalActInput act, CancellationToken ct)
    {
        if (ModelState.IsValid && await ModelState.TryAsync("", () => catalogue.CreateLegalActAsync(HttpContext.Current(), act, ct)))
        {
            TempData["Message"] = "Акт внесён.";
            return Redirect("/Measures/Catalogue/LegalActs");
        }
        Form = act;
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Acts = await catalogue.LegalActsAsync(ct);
        CanEdit = MeasuresAccess.IsCatalogueEditor(HttpContext.Current());
    }
}
