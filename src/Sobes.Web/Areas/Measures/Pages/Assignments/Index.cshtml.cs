using Microsoft.AspNetCore.Mvc.RazorPages;
using Sobes.Domain.Measures;
using Sobes.Infrastructure.Measures;
using Sobes.Web.Auth;

namespace Sobes.Web.Areas.Measures.Pages.Assignments;

public class IndexModel(AssignmentService assignments) : PageModel
{
    public AssignmentFilter Filter { get; private set; } = new();
    public AssignmentPage Result { get; private set; } = new([], 0, 0m, 1, 50);
    public IReadOnlyList<(int Id, string Name)> Measures { get; private set; } = [];

    public async Task OnGetAsync(
        AssignmentStatus? status,
        int? measureId,
        long? citizenId,
        long? beneficiaryId,
        string? number,
        string? recipient,
        int? p,
        CancellationToken ct
    )
    {
        Filter = new AssignmentFilter
        {
            Status = status,
            MeasureId = measureId,
            CitizenId = citizenId,
            BeneficiaryId = beneficiaryId,
            Number = number,
            Recipient = recipient,
            Page = p ?? 1,
            PageSize = 50,
        };
        Measures = await assignments.MeasuresAsync(ct);
        Result = await assignments.ListAsync(HttpContext.Current(), Filter, ct);
    }

    public int Pages => Math.Max(1, (Result.Total + Result.PageSize - 1) / Result.PageSize);

    public string PageUrl(int page) =>
        $"/Measures/Assignments?status={Filter.Status}&measureId={Filter.MeasureId}&citizenId={Filter.CitizenId}"
        + $"&beneficiaryId={Filter.BeneficiaryId}&number={Uri.EscapeDataString(Filter.Number ?? "")}"
        + $"&recipient={Uri.EscapeDataString(Filter.Recipient ?? "")}&p={page}";
}
