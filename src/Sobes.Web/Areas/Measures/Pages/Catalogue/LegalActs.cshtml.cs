using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sobes.Domain.Measures;
using Sobes.Infrastructure.Measures;
using Sobes.Web.Auth;
using Sobes.Web.Infrastructure;

namespace Sobes.Web.Areas.Measures.Pages.Catalogue;

public class LegalActsModel(MeasureLegalActs acts) : PageModel
{
    public List<LegalAct> Acts { get; private set; } = [];
    public bool CanEdit { get; private set; }
    public LegalActInput Form { get; private set; } = new() { Type = LegalActType.GovernmentResolution };

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public Task<IActionResult> OnPostAsync(LegalActInput act, CancellationToken ct) =>
        this.ChangeAsync(
            "",
            () => acts.CreateLegalActAsync(HttpContext.Current(), act, ct),
            "Акт внесён.",
            "/Measures/Catalogue/LegalActs",
            async () =>
            {
                Form = act;
                await LoadAsync(ct);
            }
        );

    private async Task LoadAsync(CancellationToken ct)
    {
        Acts = await acts.LegalActsAsync(ct);
        CanEdit = MeasuresAccess.IsCatalogueEditor(HttpContext.Current());
    }
}
