using Microsoft.AspNetCore.Mvc.RazorPages;
using Sobes.Domain.Appeals;
using Sobes.Domain.Common;
using Sobes.Infrastructure.Appeals;
using Sobes.Web.Auth;

namespace Sobes.Web.Areas.Appeals.Pages;

/// <summary>The journal of complaints (seed 002 cl. 23.7): the year's complaints with their terms on the production calendar and the
/// answers.</summary>
public class IndexModel(ComplaintJournal service, RegionClock clock) : PageModel
{
    public ComplaintFilter Filter { get; private set; } = new();
    public IReadOnlyList<ComplaintListItem> Rows { get; private set; } = [];
    public bool CanRegister { get; private set; }
    public int ThisYear { get; private set; }
    /// <summary>The ministry's journal holds every department's complaints.</summary>
    public bool ShowDepartment { get; private set; }

    public async Task OnGetAsync(int? year, ComplaintStatus? status, CancellationToken ct)
    {
        var user = HttpContext.Current();
        ThisYear = clock.Today.Year;
        Filter = new ComplaintFilter
        {
            Year = year is >= 2000 and <= 2100 ? year : ThisYear,
            Status = status is { } s && Enum.IsDefined(s) ? s : null,
        };
        Rows = await service.ListAsync(user, Filter, ct);
        CanRegister = AppealsAccess.IsCaseWorker(user);
        ShowDepartment = user.SeesWholeRegion;
    }

    public string Query(ComplaintStatus? status) => $"year={Filter.Year}" + (status is { } s ? $"&status={s}" : "");
}
