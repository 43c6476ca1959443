using Microsoft.AspNetCore.Mvc.RazorPages;
using Sobes.Infrastructure.Guardianship;
using Sobes.Web.Auth;

namespace Sobes.Web.Areas.Guardianship.Pages.Children;

public class IndexModel(ChildRegister register) : PageModel
{
    public IReadOnlyList<ChildListItem> Items { get; private set; } = [];
    public string? Q { get; private set; }
    public ChildCareStatus? Status { get; private set; }
    public bool CanWrite { get; private set; }

    public async Task OnGetAsync(string? q, ChildCareStatus? status, CancellationToken ct)
    {
        (Q, Status) = (q, status);
        (Items, CanWrite) = await register.ListPageAsync(HttpContext.Current(), q, status, ct);
    }
}
