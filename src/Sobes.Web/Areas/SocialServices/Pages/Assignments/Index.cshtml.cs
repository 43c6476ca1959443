using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sobes.Domain.SocialServices;
using Sobes.Infrastructure.SocialServices;
using Sobes.Web.Auth;
using Sobes.Web.Infrastructure;

namespace Sobes.Web.Areas.SocialServices.Pages.Assignments;

public class IndexModel(StateAssignmentService assignments) : PageModel
{
    public IReadOnlyList<StateAssignmentListItem> Items { get; private set; } = [];
    public bool CanWrite { get; private set; }
    public int SeedYear => 2015;

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostImportAsync(int? financialYear, CancellationToken ct)
    {
        StateAssignment? a = null;
        if (await ModelState.TryAsync("", async () => a = await assignments.ImportSeedAsync(HttpContext.Current(), financialYear, ct)))
            return Imported(a!);
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostUploadAsync(IFormFile? file, int? financialYear, CancellationToken ct)
    {
        if (file is null || file.Length == 0) ModelState.AddModelError("file", "Выберите файл задания (.json).");
        else if (file.Length > 5_000_000) ModelState.AddModelError("file", "Файл больше 5 МБ — это не файл задания.");
        else
        {
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, ct);
            buffer.Position = 0;
            StateAssignment? a = null;
            if (await ModelState.TryAsync("", async () => a = await assignments.ImportFileAsync(HttpContext.Current(), buffer, financialYear, ct)))
                return Imported(a!);
        }
        await LoadAsync(ct);
        return Page();
    }

    private IActionResult Imported(StateAssignment a)
    {
        TempData["Message"] =
            $"Задание № {a.Number} на {a.FinancialYear}–{a.LastPlanningYear} гг. загружено: частей {a.Parts.Count}, показателей " +
                $"{a.Indicators.Count}.";
        return Redirect($"/SocialServices/Assignments/Card/{a.Id}");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var user = HttpContext.Current();
        CanWrite = user.IsIn(SocialServicesAccess.Writers);
        Items = await assignments.ListAsync(user, ct);
    }
}
