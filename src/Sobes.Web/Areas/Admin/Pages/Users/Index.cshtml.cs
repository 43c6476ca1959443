using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sobes.Domain.Organisations;
using Sobes.Infrastructure.Organisations;
using Sobes.Web.Auth;

namespace Sobes.Web.Areas.Admin.Pages.Users;

[Authorize(Policy = Policies.Administration)]
public class IndexModel(UserAdminService users) : PageModel
{
    public List<User> Users { get; private set; } = [];
    public async Task OnGetAsync(CancellationToken ct) => Users = await users.ListAsync(ct);
}
