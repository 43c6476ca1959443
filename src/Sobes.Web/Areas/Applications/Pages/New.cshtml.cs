using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sobes.Domain.Applications;
using Sobes.Domain.Common;
using Sobes.Domain.Measures;
using Sobes.Domain.Registry;
using Sobes.Infrastructure.Applications;
using Sobes.Infrastructure.Audit;
using Sobes.Infrastructure.Registry;
using Sobes.Web.Auth;
using Sobes.Web.Infrastructure;

namespace Sobes.Web.Areas.Applications.Pages;

/// <summary>
/// Intake (seed 002 cl. 13.1, 14.3) in three steps: find the applicant in the registry; choose the regulation, its measures and the children
/// from the applicant's family ties, the payment method; register — and go to the card.
/// </summary>
[Authorize(Policy = Policies.MeasuresWrite)]
public class NewModel(ApplicationIntake service, RegistryService registry, RegionClock clock) : PageModel
{
    public string? Q { get; private set; }
    public Paged<CitizenListItem>? Found { get; private set; }
    public Citizen? Applicant { get; private set; }
    public IReadOnlyList<(AdministrativeRegulation Regulation, IReadOnlyList<Measure> Measures)> Regulations { get; private set; } = [];
    public IReadOnlyList<ChildOption> Children { get; private set; } = [];

    [BindProperty] public RegisterApplicationInput Input { get; set; } = new();
    /// <summary>Chosen measures as «measureId» or «measureId:childId».</summary>
    [BindProperty] public List<string> Picks { get; set; } = [];

    public string IntakeIso =>
        Input.IntakeStartedAtUtc is { } t ? DateTime.SpecifyKind(t, DateTimeKind.Utc).ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ") : "";

    public string? IntakeLocal =>
        Input.IntakeStartedAtUtc is { } t ? clock.ToLocal(DateTime.SpecifyKind(t, DateTimeKind.Utc).ToUniversalTime()).ToString("HH:mm") : null;

    public int Step => Applicant is null ? 1 : 2;
    public (AdministrativeRegulation Regulation, IReadOnlyList<Measure> Measures)? Chosen =>
        Regulations.FirstOrDefault(r => r.Regulation.Id == Input.RegulationId) is { Regulation: not null } x ? x : null;

    /// <summary>The intake starts when the applicant is chosen; the moment travels with the form (seed 002 cl. 7.4: at most 30 minutes).</summary>
    public async Task OnGetAsync(string? q, long? citizenId, int? regulationId, DateTime? intake, CancellationToken ct)
    {
        var user = HttpContext.Current();
        Q = q;
        if (!string.IsNullOrWhiteSpace(q)) Found = await registry.SearchAsync(user, new CitizenSearch(Q: q, PageSize: 20), ct);
        if (citizenId is { } id)
        {
            Input = new RegisterApplicationInput { CitizenId = id, RegisteredOn = clock.Today, IntakeStartedAtUtc = intake ?? clock.NowUtc };
            await LoadAsync(regulationId, ct);
            Input.PaymentMethod = Applicant!.PaymentDetails.Method;
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Input.Items = Picks
            .Select(p => p.Split(':'))
            .Where(p => int.TryParse(p[0], out _))
            .Select(p => new ApplicationItemInput
            {
                MeasureId = int.Parse(p[0]),
                BeneficiaryCitizenId = p.Length > 1 && long.TryParse(p[1], out var c) ? c : null,
            })
            .ToList();
        RegisterResult? result = null;
        if (
            ModelState.IsValid
            && await ModelState.TryAsync("Input", async () => result = await service.RegisterAsync(HttpContext.Current(), Input, ct))
        )
        {
            TempData["Message"] =
                $"Заявление {result!.Application.Number} зарегистрировано."
                + (result.Warnings.Count > 0 ? " " + string.Join(" ", result.Warnings) : "");
            return Redirect($"/Applications/Card/{result.Application.Id}");
        }
        await LoadAsync(Input.RegulationId, ct);
        return Page();
    }

    private async Task LoadAsync(int? regulationId, CancellationToken ct)
    {
        var user = HttpContext.Current();
        Applicant = await registry.GetAsync(user, Input.CitizenId, ct);
        Regulations = (await service.RegulationsAsync(ct)).Where(r => r.Measures.Count > 0).ToList();
        Input.RegulationId = regulationId is > 0 ? regulationId.Value : Regulations.Count == 1 ? Regulations[0].Regulation.Id : Input.RegulationId;
        Children = await service.ChildrenOfAsync(user, Input.CitizenId, ct);
    }
}
