using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sobes.Domain.Common;
using Sobes.Infrastructure.Audit;
using Sobes.Infrastructure.Registry;
using Sobes.Infrastructure.SocialServices;
using Sobes.Web.Auth;
using Sobes.Web.Infrastructure;

namespace Sobes.Web.Areas.SocialServices.Pages.Applications;

/// <summary>Registering an application: find the citizen in the register (own territory), then the form with the household's incomes.</summary>
[Authorize(Policy = Policies.SocialServicesWrite)]
public class NewModel(RecipientPathService path, RegistryService registry, RegionClock clock) : PageModel
{
    public const int MaxMembers = 4;

    [BindProperty] public ServiceApplicationInput Input { get; set; } = new();
    public string? Q { get; private set; }
    public Paged<CitizenListItem>? Found { get; private set; }
    public string? CitizenName { get; private set; }

    public async Task OnGetAsync(string? q, long? citizenId, CancellationToken ct)
    {
        var user = HttpContext.Current();
        Q = q;
        if (!string.IsNullOrWhiteSpace(q)) Found = await registry.SearchAsync(user, new CitizenSearch(Q: q, PageSize: 20), ct);
        if (citizenId is { } id)
        {
            var c = await registry.GetAsync(user, id, ct);
            CitizenName = $"{c.FullName}, {c.BirthDate:dd.MM.yyyy} г. р.";
            Input = new ServiceApplicationInput { CitizenId = id, SubmittedOn = clock.Today };
        }
        Pad();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var user = HttpContext.Current();
        // Empty rows of the form are not members; the first row is always the applicant.
        Input.Household = Input.Household.Where((m, i) => i == 0 || !string.IsNullOrWhiteSpace(m.FullName) || m.MonthlyAmount is > 0).ToList();
        long id = 0;
        if (ModelState.IsValid && await ModelState.TryAsync("Input", async () => id = (await path.CreateAsync(user, Input, ct)).Id))
        {
            TempData["Message"] = "Заявление зарегистрировано; срок решения рассчитан по производственному календарю.";
            return Redirect($"/SocialServices/Applications/Card/{id}");
        }
        var c = await registry.GetAsync(user, Input.CitizenId, ct);
        CitizenName = $"{c.FullName}, {c.BirthDate:dd.MM.yyyy} г. р.";
        Pad();
        return Page();
    }

    private void Pad()
    {
        while (Input.Household.Count < MaxMembers)
            Input.Household.Add(new HouseholdMemberInput { IncomeKind = Input.Household.Count == 0 ? "страховая пенсия по старости" : null });
    }
}
