using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sobes.Domain.Common;
using Sobes.Domain.SocialServices;
using Sobes.Infrastructure.SocialServices;
using Sobes.Web.Auth;
using Sobes.Web.Infrastructure;

namespace Sobes.Web.Areas.SocialServices.Pages.Catalogue;

public class IndexModel(CatalogueService catalogue, RegionClock clock) : PageModel
{
    public DateOnly On { get; private set; }
    public IReadOnlyList<CatalogueItem> Items { get; private set; } = [];
    public List<ServiceTariff> Tariffs { get; private set; } = [];
    public List<SubsistenceMinimum> Minimums { get; private set; } = [];
    public List<FeeRule> Rules { get; private set; } = [];
    public bool CanEdit { get; private set; }

    public async Task OnGetAsync(DateOnly? on, CancellationToken ct) => await LoadAsync(on, ct);

    public async Task<IActionResult> OnPostTariffAsync(TariffInput tariff, CancellationToken ct)
    {
        if (ModelState.IsValid && await ModelState.TryAsync("tariff", () => catalogue.AddTariffAsync(HttpContext.Current(), tariff, ct)))
        {
            TempData["Message"] = "Тариф внесён.";
            return Redirect("/SocialServices/Catalogue");
        }
        await LoadAsync(null, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostMinimumAsync(SubsistenceMinimumInput minimum, CancellationToken ct)
    {
        if (
            ModelState.IsValid
            && await ModelState.TryAsync("minimum", () => catalogue.AddSubsistenceMinimumAsync(HttpContext.Current(), minimum, ct))
        )
        {
            TempData["Message"] = "Величина прожиточного минимума внесена.";
            return Redirect("/SocialServices/Catalogue#minimums");
        }
        await LoadAsync(null, ct);
        return Page();
    }

    private async Task LoadAsync(DateOnly? on, CancellationToken ct)
    {
        On = on ?? clock.Today;
        CanEdit = SocialServicesAccess.IsReferenceEditor(HttpContext.Current());
        Items = await catalogue.ListAsync(On, ct: ct);
        Tariffs = await catalogue.TariffsAsync(ct);
        Minimums = await catalogue.SubsistenceMinimumsAsync(ct);
        Rules = await catalogue.FeeRulesAsync(ct);
    }
}
