using Microsoft.AspNetCore.Mvc.RazorPages;
using Sobes.Infrastructure.Guardianship;
using Sobes.Web.Auth;

namespace Sobes.Web.Areas.Guardianship.Pages.Contracts;

public class IndexModel(GuardianshipService service) : PageModel
{
    public IReadOnlyList<ContractListItem> Items { get; private set; } = [];
    public string? Q { get; private set; }
    public bool? Active { get; private set; }
    public bool CanWrite { get; private set; }

    public async Task OnGetAsync(string? q, bool? active, CancellationToken ct)
    {
        (Q, Active) = (q, active);
        var user = HttpContext.Current();
        CanWrite = await service.CanWriteAsync(user, ct);
        Items = await service.ListContractsAsync(user, active, q, ct);
    }
}
