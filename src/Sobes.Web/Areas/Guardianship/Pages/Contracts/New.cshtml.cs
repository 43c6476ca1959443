using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sobes.Domain.Common;
using Sobes.Domain.Guardianship;
using Sobes.Domain.Registry;
using Sobes.Infrastructure.Audit;
using Sobes.Infrastructure.Guardianship;
using Sobes.Infrastructure.Registry;
using Sobes.Web.Auth;
using Sobes.Web.Infrastructure;

namespace Sobes.Web.Areas.Guardianship.Pages.Contracts;

public class NewModel(FosterContractConclusion conclusion, RegistryService registry, RegionClock clock) : PageModel
{
    /// <summary>Children offered on the form: those of the district not in a family or under guardianship now.</summary>
    public const int MaxChildren = 10;

    [BindProperty] public FosterContractInput Input { get; set; } = new();
    /// <summary>Ticked children in care (ids); their dates come from PlacedFrom_{id} / PlannedUntil_{id}.</summary>
    [BindProperty] public List<long> Picked { get; set; } = [];
    public string? Q { get; private set; }
    public Paged<CitizenListItem>? Found { get; private set; }
    public Citizen? Parent { get; private set; }
    public IReadOnlyList<ChildListItem> Candidates { get; private set; } = [];
    public DateOnly Today => clock.Today;

    public async Task OnGetAsync(string? q, long? citizenId, CancellationToken ct)
    {
        Q = q;
        var user = HttpContext.Current();
        if (!string.IsNullOrWhiteSpace(q)) Found = await registry.SearchAsync(user, new CitizenSearch(Q: q, PageSize: 20), ct);
        if (citizenId is { } id)
        {
            Input = new FosterContractInput
            {
                FosterParentCitizenId = id,
                ConcludedOn = Today,
                From = Today,
                GuardianshipBody = FosterContractConclusion.DefaultGuardianshipBody,
            };
            await LoadAsync(ct);
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Input.Children = Picked.Distinct().Select(id => new ContractChildInput
        {
            ChildInCareId = id,
            PlacedFrom = DateOnly.TryParse(Request.Form[$"PlacedFrom_{id}"], out var f) ? f : Input.From,
            PlannedUntil = DateOnly.TryParse(Request.Form[$"PlannedUntil_{id}"], out var u) ? u : null,
        }).ToList();
        FosterContract? created = null;
        if (await ModelState.TryAsync("Input", async () => created = await conclusion.CreateContractAsync(HttpContext.Current(), Input, ct)))
        {
            TempData["Message"] = $"Договор № {created!.Number} зарегистрирован.";
            return Redirect($"/Guardianship/Contracts/Card/{created.Id}");
        }
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        (Parent, Candidates) = await conclusion.FormAsync(HttpContext.Current(), Input.FosterParentCitizenId, MaxChildren * 3, ct);
    }

    public DateOnly? PlacedFromOf(long id) => Input.Children.FirstOrDefault(c => c.ChildInCareId == id)?.PlacedFrom;
    public DateOnly? PlannedUntilOf(long id) => Input.Children.FirstOrDefault(c => c.ChildInCareId == id)?.PlannedUntil;
}
