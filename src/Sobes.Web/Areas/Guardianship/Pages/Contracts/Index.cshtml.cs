using Microsoft.AspNetCore.Mvc.RazorPages;
using Sobes.Infrastructure.Guardianship;
using Sobes.Web.Auth;

namespace Sobes.Web.Areas.Guardianship.Pages.Contracts;

public class IndexModel(FosterContractRegister register) : PageModel
{
    public IReadOnlyList<FosterContractListItem> Items { get; private set; } = [];
    public string? Q { get; private set; }
    public bool? Active { get; private set; }
    public bool CanWrite { get; private set; }

    public async Task OnGetAsync(string? q, bool? active, CancellationToken ct)
    {
        (Q, Active) = (q, active);
        (Items, CanWrite) = await register.ListPageAsync(HttpContext.Current(), active, q, ct);
    }
}
