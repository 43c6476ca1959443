using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sobes.Domain.Common;
using Sobes.Domain.SocialServices;
using Sobes.Infrastructure.SocialServices;
using Sobes.Web.Auth;
using Sobes.Web.Infrastructure;

namespace Sobes.Web.Areas.SocialServices.Pages.Reports;

/// <summary>The execution report in the seven columns of seed 004, with reasons, the explanatory note, submission and the founder's review.</summary>
public class CardModel(ReportService reports, RegionClock clock) : PageModel
{
    public AssignmentReport Report { get; private set; } = null!;
    public StateAssignment Assignment { get; private set; } = null!;
    public IReadOnlyList<ValidationError> Problems { get; private set; } = [];
    public bool CanEdit { get; private set; }
    public bool CanReview { get; private set; }
    public ReportEditInput? Posted { get; private set; }
    public DateOnly Today { get; private set; }

    public async Task OnGetAsync(long id, CancellationToken ct) => await LoadAsync(id, ct);

    public Task<IActionResult> OnPostSaveAsync(long id, ReportEditInput edit, CancellationToken ct) =>
        RunAsync(id, edit, "Отчёт сохранён, факт пересчитан.", () => reports.UpdateAsync(HttpContext.Current(), id, edit, ct), ct);

    public Task<IActionResult> OnPostRecomputeAsync(long id, CancellationToken ct) =>
        RunAsync(
            id,
            null,
            "Факт пересчитан по учётным данным; введённые причины сохранены.",
            () => reports.RecomputeAsync(HttpContext.Current(), id, ct),
            ct
        );

    public Task<IActionResult> OnPostSubmitAsync(long id, ReportEditInput edit, CancellationToken ct) =>
        RunAsync(id, edit, "Отчёт представлен учредителю.", () => reports.SubmitAsync(HttpContext.Current(), id, edit, ct), ct);

    public Task<IActionResult> OnPostReviewAsync(long id, bool accept, string? remarks, CancellationToken ct) =>
        RunAsync(id, null, accept ? "Камеральная проверка проведена, отчёт принят." : "Отчёт возвращён на доработку.",
            () => reports.ReviewAsync(HttpContext.Current(), id, accept, remarks, ct), ct);

    private Task<IActionResult> RunAsync(long id, ReportEditInput? edit, string message, Func<Task> action, CancellationToken ct) =>
        this.ChangeAsync("edit", action, message, $"/SocialServices/Reports/Card/{id}", () =>
        {
            Posted = edit;
            return LoadAsync(id, ct);
        });

    private async Task LoadAsync(long id, CancellationToken ct)
    {
        var user = HttpContext.Current();
        Today = clock.Today;
        (Report, Assignment, Problems) = await reports.GetAsync(user, id, ct);
        CanEdit = Report.Status.IsEditable() && user.IsIn(SocialServicesAccess.Writers) &&
                  (Assignment.OrganisationId == user.OrganisationId || user.Role == Sobes.Domain.Organisations.Role.Administrator);
        CanReview = Report.Status == ReportStatus.Submitted && SocialServicesAccess.IsReviewer(user);
    }

    public string? Reason(AssignmentReportRow row) =>
        Posted?.Reasons.TryGetValue(row.IndicatorCode, out var r) == true ? r : row.DeviationReason;

    public string ManualValue(AssignmentReportRow row) =>
        Posted?.ManualValues.TryGetValue(row.IndicatorCode, out var v) == true ? RussianFormat.Input(v) : RussianFormat.Input(row.ManualValue);

    public IEnumerable<string> RowErrors(AssignmentReportRow row) =>
        ModelState
            .Where(kv => kv.Key.Contains($"[{row.IndicatorCode}]", StringComparison.Ordinal))
            .SelectMany(kv => kv.Value!.Errors)
            .Select(e => e.ErrorMessage);
}
