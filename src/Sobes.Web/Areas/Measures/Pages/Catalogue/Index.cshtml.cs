using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sobes.Domain.Measures;
using Sobes.Domain.Registry;
using Sobes.Infrastructure.Measures;
using Sobes.Infrastructure.Persistence;
using Sobes.Web.Auth;

namespace Sobes.Web.Areas.Measures.Pages.Catalogue;

public class IndexModel(MeasureCatalogueService catalogue, SobesDbContext db) : PageModel
{
    public MeasureFilter Filter { get; private set; } = new();
    public IReadOnlyList<MeasureListItem> Items { get; private set; } = [];
    public List<CategoryKind> Categories { get; private set; } = [];
    public bool CanEdit { get; private set; }
    public DateOnly Today => catalogue.Today;

    public async Task OnGetAsync(string? q, MeasureKind? kind, FundingLevel? funding, string? category, bool? active, CancellationToken ct)
    {
        Filter = new MeasureFilter { Q = q, Kind = kind, Funding = funding, Category = category, Active = active };
        Items = await catalogue.ListAsync(Filter, ct);
        Categories = await db.CategoryKinds.AsNoTracking().OrderBy(k => k.Name).ToListAsync(ct);
        CanEdit = MeasuresAccess.IsCatalogueEditor(HttpContext.Current());
    }
}
