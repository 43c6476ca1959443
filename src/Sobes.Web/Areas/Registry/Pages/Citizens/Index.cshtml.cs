using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sobes.Domain.Organisations;
using Sobes.Infrastructure.Audit;
using Sobes.Infrastructure.Registry;
using Sobes.Web.Auth;

namespace Sobes.Web.Areas.Registry.Pages.Citizens;

public class IndexModel(RegistryService registry) : PageModel
{
    public string? Q { get; private set; }
    public string? Snils { get; private set; }
    public DateOnly? BirthDate { get; private set; }
    public string? Address { get; private set; }
    public Paged<CitizenListItem> Result { get; private set; } = new([], 0, 1, 20);
    public bool CanWrite { get; private set; }
    public bool SeesRegion { get; private set; }

    public async Task OnGetAsync(string? q, string? snils, DateOnly? birthDate, string? address, int page = 1, CancellationToken ct = default)
    {
        var user = HttpContext.Current();
        (Q, Snils, BirthDate, Address) = (q, snils, birthDate, address);
        CanWrite = user.IsIn(Roles.RegistryWriters);
        SeesRegion = user.SeesWholeRegion;
        Result = await registry.SearchAsync(user, new CitizenSearch(snils, q, birthDate, address, page, 20), ct);
    }

    public string PageUrl(int page) =>
        Url.Page("Index", new { q = Q, snils = Snils, birthDate = BirthDate?.ToString("yyyy-MM-dd"), address = Address, page })!;
}
