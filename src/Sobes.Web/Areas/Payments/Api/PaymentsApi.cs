using Sobes.Domain.Common;
using Sobes.Domain.Payments;
using Sobes.Domain.Registry;
using Sobes.Infrastructure.Payments;
using Sobes.Web.Auth;
using Sobes.Web.Infrastructure;

namespace Sobes.Web.Areas.Payments.Api;

/// <summary>Payments under /api/v1/payments: periods and their lines and files, returns, overpayments, yearly totals.</summary>
internal static class PaymentsApi
{
    public const string Prefix = "/api/v1/payments";

    public static void MapPaymentsEndpoints(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup(Prefix).WithTags("Выплаты");
        g.MapGet("/periods", ListPeriodsAsync).WithSummary(PaymentsApiDocs.ListPeriods);
        g.MapPost("/periods", OpenPeriodAsync).WithSummary(PaymentsApiDocs.OpenPeriod).Writes();
        g.MapGet("/periods/{id:long}", GetPeriodAsync).WithSummary(PaymentsApiDocs.GetPeriod).ProducesProblem(404);
        g.MapGet("/periods/{id:long}/lines", LinesAsync).WithSummary(PaymentsApiDocs.Lines).ProducesValidationProblem().ProducesProblem(404);
        g.MapPost("/periods/{id:long}/compute", ComputeAsync).WithSummary(PaymentsApiDocs.Compute).Writes();
        g.MapPost("/periods/{id:long}/approve", ApproveAsync).WithSummary(PaymentsApiDocs.Approve).Writes();
        g.MapPost("/periods/{id:long}/close", CloseAsync).WithSummary(PaymentsApiDocs.Close).Writes();
        g.MapGet("/periods/{id:long}/channels", ChannelsAsync).WithSummary(PaymentsApiDocs.Channels).ProducesProblem(404);
        g.MapGet("/periods/{id:long}/bank-register", BankRegisterAsync).WithSummary(PaymentsApiDocs.BankRegister).Downloads();
        g.MapGet("/periods/{id:long}/post-list", PostListAsync).WithSummary(PaymentsApiDocs.PostList).Downloads();
        g.MapGet("/periods/{id:long}/movement-journal", MovementJournalAsync).WithSummary(PaymentsApiDocs.MovementJournal).Downloads();
        g.MapGet("/periods/{id:long}/funding-request", FundingRequestAsync).WithSummary(PaymentsApiDocs.FundingRequest).Downloads();

        g.MapGet("/returns", ListReturnsAsync).WithSummary(PaymentsApiDocs.ListReturns).ProducesValidationProblem();
        g.MapPost("/returns", RegisterReturnAsync).WithSummary(PaymentsApiDocs.RegisterReturn).Writes();
        g.MapPost("/returns/{id:long}/repay", RepayReturnAsync).WithSummary(PaymentsApiDocs.RepayReturn).Writes();
        g.MapPost("/returns/{id:long}/write-off", WriteOffReturnAsync).WithSummary(PaymentsApiDocs.WriteOffReturn).Writes();

        g.MapGet("/overpayments", ListOverpaymentsAsync).WithSummary(PaymentsApiDocs.ListOverpayments);
        g.MapPost("/overpayments/{id:long}/refund", RefundAsync).WithSummary(PaymentsApiDocs.Refund).Writes();
        g.MapPost("/overpayments/{id:long}/write-off", WriteOffOverpaymentAsync).WithSummary(PaymentsApiDocs.WriteOffOverpayment).Writes();

        g.MapGet("/totals", TotalsAsync).WithSummary(PaymentsApiDocs.Totals).ProducesValidationProblem();
    }

    private static Task<IReadOnlyList<PeriodListItem>> ListPeriodsAsync(HttpContext http, PaymentPeriodReader periods, CancellationToken ct) =>
        periods.ListAsync(http.Current(), ct);

    private static async Task<IResult> OpenPeriodAsync(OpenPeriodInput input, HttpContext http, PaymentPeriodOpening opening, CancellationToken ct)
    {
        var p = await opening.OpenAsync(http.Current(), input, ct);
        return Results.Created($"{Prefix}/periods/{p.Id}", PeriodDto.From(p));
    }

    private static async Task<PeriodDto> GetPeriodAsync(long id, HttpContext http, PaymentPeriodReader periods, CancellationToken ct) =>
        PeriodDto.From(await periods.GetAsync(http.Current(), id, ct));

    private static Task<LinePage> LinesAsync(
        long id,
        string? kind,
        string? method,
        int? measureId,
        string? q,
        int? page,
        int? pageSize,
        HttpContext http,
        PaymentPeriodReader periods,
        CancellationToken ct
    ) =>
        periods.LinesAsync(
            http.Current(),
            id,
            new LineFilter
            {
                Kind = QueryEnum.Parse<AccrualKind>(kind, "kind"),
                Method = QueryEnum.Parse<PaymentMethod>(method, "method"),
                MeasureId = measureId,
                Name = q,
                Page = page ?? 1,
                PageSize = pageSize ?? 50,
            },
            ct
        );

    private static async Task<PeriodDto> ComputeAsync(long id, HttpContext http, PaymentRun run, CancellationToken ct) =>
        PeriodDto.From(await run.ComputeAsync(http.Current(), id, null, ct));

    private static async Task<PeriodDto> ApproveAsync(long id, HttpContext http, PaymentPeriodSigning signing, CancellationToken ct) =>
        PeriodDto.From(await signing.ApproveAsync(http.Current(), id, ct));

    private static async Task<PeriodDto> CloseAsync(long id, HttpContext http, PaymentPeriodSigning signing, CancellationToken ct) =>
        PeriodDto.From(await signing.CloseAsync(http.Current(), id, ct));

    private static Task<IReadOnlyList<PaymentChannel>> ChannelsAsync(long id, HttpContext http, PaymentFiles files, CancellationToken ct) =>
        files.ChannelsAsync(http.Current(), id, ct);

    private static async Task<IResult> BankRegisterAsync(long id, string bik, HttpContext http, PaymentFiles files, CancellationToken ct) =>
        File(await files.BankRegisterAsync(http.Current(), id, bik, ct));

    private static async Task<IResult> PostListAsync(long id, string index, HttpContext http, PaymentFiles files, CancellationToken ct) =>
        File(await files.PostListAsync(http.Current(), id, index, ct));

    private static async Task<IResult> MovementJournalAsync(long id, HttpContext http, PaymentFiles files, CancellationToken ct) =>
        File(await files.MovementJournalAsync(http.Current(), id, ct));

    private static async Task<IResult> FundingRequestAsync(long id, HttpContext http, PaymentFiles files, CancellationToken ct) =>
        File(await files.FundingRequestAsync(http.Current(), id, ct));

    private static async Task<IEnumerable<ReturnDto>> ListReturnsAsync(
        string? status,
        HttpContext http,
        PaymentReturns returns,
        CancellationToken ct
    ) => (await returns.ReturnsAsync(http.Current(), QueryEnum.Parse<PaymentReturnStatus>(status, "status"), ct)).Select(ReturnDto.From);

    private static async Task<IResult> RegisterReturnAsync(ReturnInput input, HttpContext http, PaymentReturns returns, CancellationToken ct)
    {
        var r = await returns.RegisterReturnAsync(http.Current(), input, ct);
        return Results.Created($"{Prefix}/returns/{r.Id}", new ReturnRegisteredDto(r.Id, r.Amount, r.Status));
    }

    private static async Task<ReturnRepayDto> RepayReturnAsync(long id, HttpContext http, PaymentReturns returns, CancellationToken ct)
    {
        var r = await returns.RequestRepaymentAsync(http.Current(), id, ct);
        return new ReturnRepayDto(r.Id, r.Status, r.RepayRequested);
    }

    private static async Task<ReturnWrittenOffDto> WriteOffReturnAsync(long id, WriteOffInput input, HttpContext http, PaymentReturns returns,
        CancellationToken ct)
    {
        var r = await returns.WriteOffReturnAsync(http.Current(), id, input, ct);
        return new ReturnWrittenOffDto(r.Id, r.Status, r.WriteOffReason);
    }

    private static async Task<IEnumerable<OverpaymentDto>> ListOverpaymentsAsync(long? citizenId, bool? open, HttpContext http,
        OverpaymentRecovery recovery, CancellationToken ct) =>
        (await recovery.OverpaymentsAsync(http.Current(), citizenId, open ?? false, ct)).Select(OverpaymentDto.From);

    private static async Task<OverpaymentDto> RefundAsync(long id, RefundInput input, HttpContext http, OverpaymentRecovery recovery,
        CancellationToken ct) =>
        OverpaymentDto.From(await recovery.RefundAsync(http.Current(), id, input, ct), null);

    private static async Task<OverpaymentDto> WriteOffOverpaymentAsync(long id, WriteOffInput input, HttpContext http, OverpaymentRecovery recovery,
        CancellationToken ct) =>
        OverpaymentDto.From(await recovery.WriteOffOverpaymentAsync(http.Current(), id, input, ct), null);

    private static Task<YearTotals> TotalsAsync(int? year, HttpContext http, PaymentTotals totals, RegionClock clock, CancellationToken ct) =>
        totals.YearTotalsAsync(http.Current(), year ?? clock.Today.Year, ct);

    internal static IResult File(PaymentFile f) => Results.File(f.Content, f.ContentType, f.FileName);

    private static RouteHandlerBuilder Writes(this RouteHandlerBuilder b) =>
        b.RequireAuthorization(Policies.PaymentsWrite).ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);

    internal static RouteHandlerBuilder Downloads(this RouteHandlerBuilder b) => b.ProducesProblem(404).ProducesProblem(409);
}
