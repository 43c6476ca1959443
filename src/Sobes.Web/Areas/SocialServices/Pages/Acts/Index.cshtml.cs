using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sobes.Domain.Common;
using Sobes.Infrastructure.SocialServices;
using Sobes.Web.Auth;
using Sobes.Web.Infrastructure;

namespace Sobes.Web.Areas.SocialServices.Pages.Acts;

public class IndexModel(ServiceActService acts, RegionClock clock) : PageModel
{
    public int Year { get; private set; }
    public int Month { get; private set; }
    public IReadOnlyList<ServiceActListItem> Items { get; private set; } = [];
    public bool CanWrite { get; private set; }

    public async Task OnGetAsync(int? year, int? month, CancellationToken ct) => await LoadAsync(year, month, ct);

    public async Task<IActionResult> OnPostGenerateAsync(int year, int month, CancellationToken ct)
    {
        ServiceActGenerationResult? result = null;
        if (await ModelState.TryAsync("", async () => result = await acts.GenerateMonthAsync(HttpContext.Current(), year, month, ct)))
        {
            TempData["Message"] =
                $"Акты за {RussianFormat.MonthAndYear(year, month)}: составлено {result!.Created}, пересоставлено " +
                    $"{result.Replaced}, подписанных не изменено {result.SkippedSigned}."
                + (result.Problems.Count > 0 ? " Не составлены: " + string.Join(" ", result.Problems) : "");
            return Redirect($"/SocialServices/Acts?year={year}&month={month}");
        }
        await LoadAsync(year, month, ct);
        return Page();
    }

    private async Task LoadAsync(int? year, int? month, CancellationToken ct)
    {
        var user = HttpContext.Current();
        var today = clock.Today;
        Year = year ?? today.Year;
        Month = Math.Clamp(month ?? today.Month, 1, 12);
        CanWrite = await acts.IsProviderAsync(user, ct);
        Items = await acts.ListAsync(user, Year, Month, ct);
    }
}
