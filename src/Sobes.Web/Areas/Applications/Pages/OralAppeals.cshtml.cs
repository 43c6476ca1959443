using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sobes.Infrastructure.Applications;
using Sobes.Infrastructure.Measures;
using Sobes.Web.Auth;
using Sobes.Web.Infrastructure;

namespace Sobes.Web.Areas.Applications.Pages;

/// <summary>The journal of oral appeals (seed 002 appendix 6, cl. 14.2 subcl. 5) with the form to record one.</summary>
public class OralAppealsModel(OralAppealJournal service) : PageModel
{
    public int? Year { get; private set; }
    public IReadOnlyList<OralAppealRow> Items { get; private set; } = [];
    public bool CanWork { get; private set; }
    public OralAppealInput Appeal { get; private set; } = new();

    public async Task OnGetAsync(int? year, CancellationToken ct) => await LoadAsync(year, ct);

    public Task<IActionResult> OnPostAsync(OralAppealInput appeal, CancellationToken ct)
    {
        Appeal = appeal;
        return this.ChangeAsync(
            "appeal",
            () => service.RecordOralAppealAsync(HttpContext.Current(), appeal, ct),
            "Устное обращение записано в журнал.",
            "/Applications/OralAppeals",
            () => LoadAsync(null, ct)
        );
    }

    private async Task LoadAsync(int? year, CancellationToken ct)
    {
        var user = HttpContext.Current();
        Year = year;
        CanWork = user.IsIn(MeasuresAccess.CaseWorkers) && !user.SeesWholeRegion;
        Items = await service.OralAppealsAsync(user, year, ct);
    }
}
