using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Sobes.Domain.Organisations;
using Sobes.Infrastructure.Organisations;
using Sobes.Web.Auth;
using Sobes.Web.Infrastructure;

namespace Sobes.Web.Areas.Admin.Pages.Users;

[Authorize(Policy = Policies.Administration)]
public class EditModel(UserAdminService users, Microsoft.Extensions.Caching.Memory.IMemoryCache cache) : PageModel
{
    [BindProperty] public UserForm Input { get; set; } = new();
    public int? Id { get; private set; }
    public List<SelectListItem> Organisations { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken ct)
    {
        Id = id;
        await LoadAsync(ct);
        if (id is null) return Page();
        var u = (await users.ListAsync(ct)).FirstOrDefault(x => x.Id == id);
        if (u is null) return NotFound();
        Input = new UserForm
        {
            Login = u.Login,
            FullName = u.FullName,
            Position = u.Position,
            Role = u.Role,
            OrganisationId = u.OrganisationId,
            IsActive = u.IsActive,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken ct)
    {
        Id = id;
        var admin = HttpContext.Current();
        var input = new UserInput(Input.Login, Input.FullName, Input.Position, Input.Role, Input.OrganisationId, Input.IsActive, Input.Password);
        if (ModelState.IsValid && await ModelState.TryAsync("Input", async () =>
            {
                if (id is { } existing)
                {
                    await users.UpdateAsync(admin, existing, input, ct);
                    ActiveUserCheck.Forget(cache, existing);
                }
                else await users.CreateAsync(admin, input, ct);
            }))
        {
            TempData["Message"] = $"Пользователь {Input.Login} сохранён.";
            return Redirect("/Admin/Users");
        }
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct) =>
        Organisations = (await users.OrganisationsAsync(ct)).Select(o => new SelectListItem(o.ShortName, o.Id.ToString())).ToList();

    public sealed class UserForm
    {
        public string? Login { get; set; }
        public string? FullName { get; set; }
        public string? Position { get; set; }
        public Role? Role { get; set; }
        public int? OrganisationId { get; set; }
        public bool IsActive { get; set; } = true;
        public string? Password { get; set; }
    }
}
