using Microsoft.AspNetCore.Mvc.RazorPages;
using Sobes.Domain.Applications;
using Sobes.Domain.Measures;
using Sobes.Infrastructure.Applications;
using Sobes.Web.Auth;

namespace Sobes.Web.Areas.Applications.Pages;

/// <summary>The journal of applications (seed 002 appendix 7) with filters and paging.</summary>
public class IndexModel(ApplicationReading service, ApplicationIntake intake) : PageModel
{
    public ApplicationFilter Filter { get; private set; } = new();
    public ApplicationPage Result { get; private set; } = new([], 0, 1, 25);
    public IReadOnlyList<Measure> Measures { get; private set; } = [];

    public async Task OnGetAsync(ApplicationStatus? status, bool overdue, int? measureId, string? q, int? p, CancellationToken ct)
    {
        Filter = new ApplicationFilter { Status = status, Overdue = overdue, MeasureId = measureId, Q = q, Page = Math.Max(p ?? 1, 1) };
        Result = await service.ListAsync(HttpContext.Current(), Filter, ct);
        Measures = (await intake.RegulationsAsync(ct)).SelectMany(r => r.Measures).ToList();
    }

    public string Link(int page, ApplicationStatus? status = null, bool keepStatus = true) =>
        "/Applications?" + string.Join("&", new[]
        {
            keepStatus ? (Filter.Status is { } s ? $"status={s}" : null) : status is { } st ? $"status={st}" : null,
            Filter.Overdue ? "overdue=true" : null,
            Filter.MeasureId is { } m ? $"measureId={m}" : null,
            string.IsNullOrWhiteSpace(Filter.Q) ? null : "q=" + Uri.EscapeDataString(Filter.Q),
            page > 1 ? $"p={page}" : null,
        }.Where(x => x is not null));
}
