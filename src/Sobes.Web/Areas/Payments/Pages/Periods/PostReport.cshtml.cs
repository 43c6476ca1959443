using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sobes.Domain.Common;
using Sobes.Domain.Registry;
using Sobes.Infrastructure.Payments;
using Sobes.Web.Auth;
using Sobes.Web.Infrastructure;

namespace Sobes.Web.Areas.Payments.Pages.Periods;

/// <summary>
/// The post's report of paid and unpaid sums for a period (seed 002 cl. 19.13–19.14): the form to fill, the upload, how far it is reported.
/// </summary>
public class PostReportModel(PaymentPeriodViews views, PostReportService reports) : PageModel
{
    public PeriodDetails Details { get; private set; } = null!;
    public PostReportStatus Status { get; private set; } = new(0, 0, 0, 0, 0, 0);
    public IReadOnlyList<PaymentChannel> Offices { get; private set; } = [];
    public bool CanWork { get; private set; }
    [TempData] public string? Message { get; set; }

    public async Task OnGetAsync(long id, CancellationToken ct) => await LoadAsync(id, ct);

    public async Task<IActionResult> OnPostAsync(long id, IFormFile? file, CancellationToken ct)
    {
        PostReportResult? result = null;
        if (await ModelState.TryAsync("", async () =>
            {
                using var buffer = new MemoryStream();
                if (file is not null) await file.CopyToAsync(buffer, ct);
                result = await reports.ImportFileAsync(HttpContext.Current(), id, file?.FileName ?? "", buffer.ToArray(), ct);
            }))
        {
            Message =
                $"Отчёт почты загружен: строк {result!.Rows}; отмечено выплаченными {result.MarkedPaid} на {RussianFormat.Money(result.PaidSum)}; "
                + $"не выплачено {result.MarkedUnpaid} на {RussianFormat.Money(result.UnpaidSum)} (поставлены на учёт как " +
                    $"возвраты); уже были учтены {result.Unchanged}.";
            return Redirect($"/Payments/Periods/PostReport/{id}");
        }
        await LoadAsync(id, ct);
        return Page();
    }

    private async Task LoadAsync(long id, CancellationToken ct)
    {
        var user = HttpContext.Current();
        (Details, Status, Offices) = await views.PostReportAsync(user, id, ct);
        CanWork = !user.SeesWholeRegion && Details.Period.OrganisationId == user.OrganisationId && user.IsIn(PaymentsAccess.Writers);
    }
}
