using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sobes.Domain.Organisations;
using Sobes.Domain.Payments;
using Sobes.Domain.Registry;
using Sobes.Infrastructure.Payments;
using Sobes.Web.Auth;
using Sobes.Web.Infrastructure;

namespace Sobes.Web.Areas.Payments.Pages.Periods;

public class CardModel(PaymentPeriodViews views, PaymentRun run, PaymentPeriodSigning signing, PaymentReturns returns, PaymentFiles files,
    PaymentDocuments documents, PostReportService reports) : PageModel
{
    public PeriodDetails Details { get; private set; } = null!;
    public IReadOnlyList<PaymentChannel> Channels { get; private set; } = [];
    /// <summary>
    /// One-time payments by channel (seed 002 cl. 19.5): they go on one-time orders and journals, not on the month's lists.
    /// </summary>
    public IReadOnlyDictionary<PaymentMethod, (int Count, decimal Sum)> OneTime { get; private set; } =
        new Dictionary<PaymentMethod, (int, decimal)>();
    public DetailsInDoubt InDoubt { get; private set; } = new(0, 0, 0);
    public LinePage Lines { get; private set; } = new([], 0, 1, 100);
    public AccrualKind? Kind { get; private set; }
    public PaymentMethod? Method { get; private set; }
    public string? Q { get; private set; }
    public bool CanWork { get; private set; }
    public bool CanSign { get; private set; }
    /// <summary>The user's role has already signed: the head and the chief accountant sign once each.</summary>
    public bool SignedByMe { get; private set; }
    [TempData] public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(long id, AccrualKind? kind, PaymentMethod? method, string? q, int? p, CancellationToken ct)
    {
        (Kind, Method, Q) = (kind, method, q);
        await LoadAsync(id, p ?? 1, ct);
        return Page();
    }

    public Task<IActionResult> OnPostComputeAsync(long id, CancellationToken ct) =>
        ActAsync(id, "Период рассчитан.", () => run.ComputeAsync(HttpContext.Current(), id, null, ct), ct);

    public Task<IActionResult> OnPostApproveAsync(long id, CancellationToken ct) =>
        ActAsync(id, "Подпись поставлена.", () => signing.ApproveAsync(HttpContext.Current(), id, ct), ct);

    public Task<IActionResult> OnPostCloseAsync(long id, CancellationToken ct) =>
        ActAsync(id, "Период закрыт.", () => signing.CloseAsync(HttpContext.Current(), id, ct), ct);

    /// <summary>A sum returned in whole or in part (empty amount: the whole line), on the day given (empty: today).</summary>
    public async Task<IActionResult> OnPostReturnAsync(
        long id,
        long accrualId,
        string? reason,
        decimal? amount,
        DateOnly? returnedOn,
        CancellationToken ct
    ) =>
        await ActAsync(
            id,
            "Возврат поставлен на учёт.",
            () => returns.RegisterReturnAsync(HttpContext.Current(), new ReturnInput(accrualId, amount, reason, returnedOn), ct),
            ct
        );

    public async Task<IActionResult> OnGetBankAsync(long id, string bik, CancellationToken ct)
    {
        var f = await files.BankRegisterAsync(HttpContext.Current(), id, bik, ct);
        return File(f.Content, f.ContentType, f.FileName);
    }

    public async Task<IActionResult> OnGetMovementAsync(long id, CancellationToken ct) =>
        Download(await files.MovementJournalAsync(HttpContext.Current(), id, ct));

    public async Task<IActionResult> OnGetFundingAsync(long id, CancellationToken ct) =>
        Download(await files.FundingRequestAsync(HttpContext.Current(), id, ct));

    /// <summary>
    /// The documents of seed 002 cl. 19.4–19.5, 19.9–19.11, 19.13, 19.15: one handler, the document named by <paramref name="doc"/>.
    /// </summary>
    public async Task<IActionResult> OnGetDocAsync(long id, string doc, PaymentMethod? method, string? code, CancellationToken ct)
    {
        var user = HttpContext.Current();
        code = string.IsNullOrWhiteSpace(code) ? null : code;
        return Download(doc switch
        {
            "journal" => await documents.OneTimeJournalAsync(user, id, method ?? PaymentMethod.Post, ct),
            "orders" => await documents.OneTimeOrdersAsync(user, id, code, ct),
            "order" => await documents.PaymentOrderAsync(user, id, method ?? PaymentMethod.Post, code, ct),
            "act" => await documents.ReconciliationActAsync(user, id, method ?? PaymentMethod.Post, code, ct),
            "report-form" => await reports.FormAsync(user, id, code, ct),
            _ => throw new Sobes.Domain.Common.NotFoundException($"Документа «{doc}» нет."),
        });
    }

    private FileContentResult Download(PaymentFile f) => File(f.Content, f.ContentType, f.FileName);

    public async Task<IActionResult> OnGetPostAsync(long id, string index, CancellationToken ct)
    {
        var f = await files.PostListAsync(HttpContext.Current(), id, index, ct);
        return File(f.Content, f.ContentType, f.FileName);
    }

    private async Task<IActionResult> ActAsync<T>(long id, string done, Func<Task<T>> action, CancellationToken ct)
    {
        if (await ModelState.TryAsync("", action))
        {
            Message = done;
            return Redirect($"/Payments/Periods/Card/{id}");
        }
        await LoadAsync(id, 1, ct);
        return Page();
    }

    private async Task LoadAsync(long id, int page, CancellationToken ct)
    {
        var user = HttpContext.Current();
        var card = await views.CardAsync(user, id, new LineFilter { Kind = Kind, Method = Method, Name = Q, Page = page, PageSize = 100 }, ct);
        (Details, Channels, OneTime, InDoubt, Lines) = card;
        var own = !user.SeesWholeRegion && Details.Period.OrganisationId == user.OrganisationId;
        CanWork = own && user.IsIn(PaymentsAccess.Writers);
        CanSign = own && user.IsIn(Role.Head, Role.Accountant);
        SignedByMe = user.Role == Role.Head ? Details.Period.HeadApprovedAtUtc is not null : Details.Period.AccountantApprovedAtUtc is not null;
    }

    public string PageUrl(int page) =>
        $"/Payments/Periods/Card/{Details.Period.Id}?kind={Kind}&method={Method}&q={Uri.EscapeDataString(Q ?? "")}&p={page}";
}
