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

    public Task<IActionResult> OnPostTariffAsync(TariffInput tariff, CancellationToken ct) =>
        this.ChangeAsync("tariff", () => catalogue.AddTariffAsync(HttpContext.Current(), tariff, ct), "Тариф внесён.", "/SocialServices/Catalogue",
            () => LoadAsync(null, ct));

    public Task<IActionResult> OnPostMinimumAsync(SubsistenceMinimumInput minimum, CancellationToken ct) =>
        this.ChangeAsync("minimum", () => catalogue.AddSubsistenceMinimumAsync(HttpContext.Current(), minimum, ct),
            "Величина прожиточного минимума внесена.", "/SocialServices/Catalogue#minimums", () => LoadAsync(null, ct));

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
