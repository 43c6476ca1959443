using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sobes.Infrastructure.Payments;
using Sobes.Web.Auth;

namespace Sobes.Web.Areas.Payments.Pages;

public class TotalsModel(PaymentTotals totals, Sobes.Domain.Common.RegionClock clock) : PageModel
{
    public YearTotals Totals { get; private set; } = null!;
    /// <summary>Whose figures the printed page shows.</summary>
    public string Organisation { get; private set; } = "";

    public Task OnGetAsync(int? year, CancellationToken ct) => LoadAsync(year, ct);

    /// <summary>The same table as .xlsx, for the yearly report.</summary>
    public async Task<IActionResult> OnGetXlsxAsync(int? year, CancellationToken ct)
    {
        await LoadAsync(year, ct);
        return File(PaymentJournalFiles.YearTotals(Organisation, Totals), PostList.ContentType, $"Итоги выплат за {Totals.Year} год.xlsx");
    }

    private async Task LoadAsync(int? year, CancellationToken ct)
    {
        var user = HttpContext.Current();
        Organisation = user.SeesWholeRegion ? "Все управления социальной защиты населения области" : User.OrganisationName();
        Totals = await totals.YearTotalsAsync(user, year is >= 2000 and <= 2100 ? year.Value : clock.Today.Year, ct);
    }
}
