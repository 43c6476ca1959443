using Microsoft.AspNetCore.Mvc;
using Sobes.Infrastructure.Measures;
using Sobes.Web.Auth;

namespace Sobes.Web.Areas.Measures.Components;

/// <summary>The model of the «Назначения» tab: the citizen's assignments as recipient or child.</summary>
public sealed record CitizenAssignments(long CitizenId, AssignmentPage Page);

/// <summary>
/// The «Назначения» tab of the citizen's card: assignments where the citizen is the recipient or the child (the user's organisation's;
/// the ministry's: all). Invoked by name from the registry's card (<c>Component.InvokeAsync("CitizenAssignments", …)</c>), so the
/// registry knows no Measures type.
/// </summary>
public sealed class CitizenAssignmentsViewComponent(AssignmentService assignments) : ViewComponent
{
    public const string ViewPath = "/Areas/Measures/Pages/Shared/Components/CitizenAssignments/Default.cshtml";

    public async Task<IViewComponentResult> InvokeAsync(long citizenId)
    {
        var page = await assignments.ListAsync(HttpContext.Current(),
            new AssignmentFilter { PersonId = citizenId, PageSize = AssignmentService.MaxPageSize }, HttpContext.RequestAborted);
        return View(ViewPath, new CitizenAssignments(citizenId, page));
    }
}
