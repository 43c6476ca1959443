using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sobes.Domain.Appeals;
using Sobes.Domain.Common;
using Sobes.Domain.Registry;
using Sobes.Infrastructure.Appeals;
using Sobes.Infrastructure.Audit;
using Sobes.Infrastructure.Registry;
using Sobes.Web.Auth;
using Sobes.Web.Infrastructure;

namespace Sobes.Web.Areas.Appeals.Pages;

/// <summary>
/// Registration of a complaint (seed 002 cl. 23.7): find the complainant in the registry (their name and postal address are taken from
/// there,
/// cl. 23.7.1, 23.7.3), then the channel, the regulation, the application or assignment, the subject of cl. 23.1 and the essence.
/// The application card links here with the citizen and the application filled in.
/// </summary>
[Authorize(Policy = Policies.MeasuresWrite)]
public class NewModel(ComplaintRegistration service, RegistryService registry, RegionClock clock) : PageModel
{
    public string? Q { get; private set; }
    public Paged<CitizenListItem>? Found { get; private set; }
    public Citizen? Complainant { get; private set; }
    public IReadOnlyList<RegulationOption> Regulations { get; private set; } = [];
    public string? ApplicationNumber { get; private set; }

    [BindProperty] public RegisterComplaintInput Input { get; set; } = new();

    public async Task OnGetAsync(string? q, long? citizenId, long? applicationId, CancellationToken ct)
    {
        Q = q;
        if (!string.IsNullOrWhiteSpace(q)) Found = await registry.SearchAsync(HttpContext.Current(), new CitizenSearch(Q: q, PageSize: 20), ct);
        if (citizenId is { } id)
        {
            Input = new RegisterComplaintInput { CitizenId = id, ReceivedOn = clock.Today, ApplicationId = applicationId };
            await LoadAsync(ct);
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Complaint? created = null;
        if (
            ModelState.IsValid
            && await ModelState.TryAsync("Input", async () => created = await service.RegisterAsync(HttpContext.Current(), Input, ct))
        )
        {
            TempData["Message"] = $"Жалоба {created!.Number} зарегистрирована; ответ — не позднее {created.DueOn:dd.MM.yyyy}.";
            return Redirect($"/Appeals/Card/{created.Id}");
        }
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        (Complainant, Regulations, ApplicationNumber) = await service.FormAsync(HttpContext.Current(), Input.CitizenId, Input.ApplicationId, ct);
    }
}
