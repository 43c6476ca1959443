using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sobes.Domain.SocialServices;
using Sobes.Infrastructure.SocialServices;
using Sobes.Web.Auth;
using Sobes.Web.Infrastructure;

namespace Sobes.Web.Areas.SocialServices.Pages.Reports;

public class IndexModel(ReportService reports, StateAssignmentService assignments) : PageModel
{
    public IReadOnlyList<ReportListItem> Items { get; private set; } = [];
    public IReadOnlyList<StateAssignmentListItem> Assignments { get; private set; } = [];
    public StateAssignment? Selected { get; private set; }
    public ReportCreateInput Input { get; private set; } = new();
    public bool CanWrite { get; private set; }
    public bool IsReviewer { get; private set; }

    public async Task OnGetAsync(int? assignmentId, CancellationToken ct) => await LoadAsync(assignmentId, null, ct);

    public async Task<IActionResult> OnPostAsync(ReportCreateInput input, string? period, CancellationToken ct)
    {
        // «Q1».. «Q4» or «Y»: one select for the period keeps the form short on a phone.
        input.Quarter = period is ['Q', var q] && char.IsAsciiDigit(q) ? q - '0' : null;
        AssignmentReport? created = null;
        if (await ModelState.TryAsync("", async () => created = await reports.CreateAsync(HttpContext.Current(), input, ct)))
        {
            TempData["Message"] = "Отчёт составлен: фактические значения рассчитаны по учётным данным.";
            return Redirect($"/SocialServices/Reports/Card/{created!.Id}");
        }
        await LoadAsync(input.StateAssignmentId, input, ct);
        return Page();
    }

    private async Task LoadAsync(int? assignmentId, ReportCreateInput? input, CancellationToken ct)
    {
        var user = HttpContext.Current();
        CanWrite = user.IsIn(SocialServicesAccess.Writers);
        IsReviewer = SocialServicesAccess.IsReviewer(user);
        Assignments = await assignments.ListAsync(user, ct);
        var chosen = Assignments.FirstOrDefault(a => a.Id == assignmentId) ?? Assignments.FirstOrDefault();
        if (chosen is not null) Selected = await assignments.GetAsync(user, chosen.Id, ct);
        Items = await reports.ListAsync(user, assignmentId, ct);
        Input = input
            ?? new ReportCreateInput
            {
                StateAssignmentId = chosen?.Id ?? 0,
                Year = Selected?.FinancialYear ?? 0,
                PartCode = Selected?.Parts.FirstOrDefault()?.Code,
                Quarter = 2,
            };
    }
}
