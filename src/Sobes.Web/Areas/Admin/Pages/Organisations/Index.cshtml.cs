using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sobes.Domain.Organisations;
using Sobes.Infrastructure.Organisations;
using Sobes.Web.Auth;

namespace Sobes.Web.Areas.Admin.Pages.Organisations;

[Authorize(Policy = Policies.Administration)]
public class IndexModel(OrganisationAdminService organisations) : PageModel
{
    public List<Organisation> Organisations { get; private set; } = [];
    public async Task OnGetAsync(CancellationToken ct) => Organisations = await organisations.ListAsync(ct);
}
