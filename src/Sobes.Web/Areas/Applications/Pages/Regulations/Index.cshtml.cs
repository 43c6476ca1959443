using Microsoft.AspNetCore.Mvc.RazorPages;
using Sobes.Domain.Applications;
using Sobes.Infrastructure.Applications;
using Sobes.Infrastructure.Measures;

namespace Sobes.Web.Areas.Applications.Pages.Regulations;

public class IndexModel(RegulationService catalogue) : PageModel
{
    public List<(AdministrativeRegulation Regulation, int Measures)> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Items = await catalogue.RegulationsAsync(ct);
}
