using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sobes.Domain.Common;
using Sobes.Domain.SocialServices;
using Sobes.Infrastructure.SocialServices;
using Sobes.Web.Auth;
using Sobes.Web.Infrastructure;

namespace Sobes.Web.Areas.SocialServices.Pages.Assignments;

/// <summary>The planner enters an assignment by hand: a part, a service (section of works) and an indicator with its plan values.</summary>
public class AddIndicatorModel(StateAssignmentService assignments) : PageModel
{
    public StateAssignment Assignment { get; private set; } = null!;
    public ManualIndicatorInput Input { get; private set; } = new();
    public IReadOnlyList<int> Years { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(int id, ManualIndicatorInput input, CancellationToken ct)
    {
        if (ModelState.IsValid && await ModelState.TryAsync("input", () => assignments.AddIndicatorAsync(HttpContext.Current(), id, input, ct)))
        {
            TempData["Message"] = $"Показатель {input.Code?.Trim()} введён в задание.";
            return Redirect($"/SocialServices/Assignments/Card/{id}");
        }
        Input = input;
        return await LoadAsync(id, ct) ?? Page();
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        var user = HttpContext.Current();
        Assignment = await assignments.GetAsync(user, id, ct);
        if (
            !user.IsIn(SocialServicesAccess.Writers)
            || (Assignment.OrganisationId != user.OrganisationId && user.Role != Sobes.Domain.Organisations.Role.Administrator)
        )
            throw new ForbiddenException("Изменять задание может только учреждение, которому оно выдано.");
        Years = Enumerable.Range(Assignment.FinancialYear, Assignment.LastPlanningYear - Assignment.FinancialYear + 1).ToList();
        return null;
    }
}
