using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sobes.Domain.Common;
using Sobes.Domain.SocialServices;
using Sobes.Infrastructure.SocialServices;
using Sobes.Web.Auth;
using Sobes.Web.Infrastructure;

namespace Sobes.Web.Areas.SocialServices.Pages.Assignments;

/// <summary>The assignment as the planner sees it: parts, services and works, indicators once each (a shared one lists its sections), plan
/// values to edit.</summary>
public class CardModel(StateAssignmentService assignments) : PageModel
{
    public StateAssignment Assignment { get; private set; } = null!;
    public bool CanEdit { get; private set; }
    public IReadOnlyList<int> Years { get; private set; } = [];
    public Dictionary<int, IndicatorEdit> Posted { get; private set; } = [];

    public async Task OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct);

    public Task<IActionResult> OnPostAsync(int id, List<IndicatorEdit> edits, CancellationToken ct) =>
        this.ChangeAsync("", () => assignments.UpdateIndicatorsAsync(HttpContext.Current(), id, edits, ct), "Показатели задания сохранены.",
            $"/SocialServices/Assignments/Card/{id}", () =>
            {
                Posted = edits.GroupBy(e => e.IndicatorId).ToDictionary(g => g.Key, g => g.First());
                return LoadAsync(id, ct);
            });

    private async Task LoadAsync(int id, CancellationToken ct)
    {
        var user = HttpContext.Current();
        Assignment = await assignments.GetAsync(user, id, ct);
        CanEdit =
            user.IsIn(SocialServicesAccess.Writers)
            && (Assignment.OrganisationId == user.OrganisationId || user.Role == Sobes.Domain.Organisations.Role.Administrator);
        Years = Enumerable.Range(Assignment.FinancialYear - 2, Assignment.LastPlanningYear - Assignment.FinancialYear + 3).ToList();
    }

    public string PlanValue(Indicator i, int year) =>
        Posted.TryGetValue(i.Id, out var e) && e.Plan.TryGetValue(year, out var v) ? RussianFormat.Input(v) : RussianFormat.Input(i.PlanFor(year));
}
