using Sobes.Domain.Common;
using Sobes.Domain.Registry;
using Sobes.Infrastructure.Payments;
using Sobes.Web.Auth;
using Sobes.Web.Infrastructure;

namespace Sobes.Web.Areas.Payments.Api;

/// <summary>
/// A reconciliation act of a period with one bank or post office (seed 002 cl. 19.15–19.16), with the fee at the dated rate.
/// </summary>
public sealed record ReconciliationActDto(PaymentMethod Method, string? Code, string Name, string Title, int SentCount, decimal Sent, int RepaidCount,
    decimal Repaid, int ReturnedCount, decimal Returned, int NetCount, decimal Net, decimal? RatePercent, DateOnly? RateFrom, decimal? Fee,
    decimal? Total)
{
    public static ReconciliationActDto From(CounterpartAct a)
    {
        var f = a.Act.Figures;
        return new(a.Counterpart.Method, a.Counterpart.Code, a.Counterpart.Name, a.Counterpart.Title, f.SentCount, f.Sent, f.RepaidCount, f.Repaid,
            f.ReturnedCount, f.Returned, a.Act.NetCount, a.Act.Net, a.Act.RatePercent, a.RateFrom, a.Act.Fee, a.Act.Total);
    }
}

/// <summary>
/// The period's further documents under /api/v1/payments/periods/{id}: journals of one-time payments, one-time orders, payment orders,
/// reconciliation acts (seed 002 cl. 19.4–19.5, 19.9–19.11, 19.15–19.16) and the post's report of paid and unpaid sums (cl. 19.13–19.14).
/// </summary>
internal static class PaymentDocumentsApi
{
    public static void MapPaymentDocumentsEndpoints(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup(PaymentsApi.Prefix + "/periods/{id:long}").WithTags("Выплаты");
        g.MapGet("/one-time-journal", OneTimeJournalAsync).WithSummary(PaymentsApiDocs.OneTimeJournal).ProducesValidationProblem().Downloads();
        g.MapGet("/one-time-orders", OneTimeOrdersAsync).WithSummary(PaymentsApiDocs.OneTimeOrders).Downloads();
        g.MapGet("/payment-order", PaymentOrderAsync).WithSummary(PaymentsApiDocs.PaymentOrder).ProducesValidationProblem().Downloads();
        g.MapGet("/reconciliation", ActsAsync).WithSummary(PaymentsApiDocs.Reconciliation).Downloads();
        g.MapGet("/reconciliation-act", ReconciliationActAsync)
            .WithSummary(PaymentsApiDocs.ReconciliationAct)
            .ProducesValidationProblem()
            .Downloads();
        g.MapGet("/post-report-form", PostReportFormAsync).WithSummary(PaymentsApiDocs.PostReportForm).ProducesProblem(404);
        g.MapGet("/post-report", PostReportStatusAsync).WithSummary(PaymentsApiDocs.PostReportStatus).ProducesProblem(404);
        g.MapPost("/post-report", ImportPostReportAsync).WithSummary(PaymentsApiDocs.ImportPostReport).Imports();
        g.MapPost("/post-report/file", ImportPostReportFileAsync).WithSummary(PaymentsApiDocs.ImportPostReportFile).Imports();
    }

    private static async Task<IResult> OneTimeJournalAsync(long id, string? method, HttpContext http, PaymentDocuments docs, CancellationToken ct) =>
        PaymentsApi.File(await docs.OneTimeJournalAsync(http.Current(), id, Method(method), ct));

    private static async Task<IResult> OneTimeOrdersAsync(long id, string? index, HttpContext http, PaymentDocuments docs, CancellationToken ct) =>
        PaymentsApi.File(await docs.OneTimeOrdersAsync(http.Current(), id, Blank(index), ct));

    private static async Task<IResult> PaymentOrderAsync(long id, string? method, string? code, HttpContext http, PaymentDocuments docs,
        CancellationToken ct) =>
        PaymentsApi.File(await docs.PaymentOrderAsync(http.Current(), id, Method(method), Blank(code), ct));

    private static async Task<IEnumerable<ReconciliationActDto>> ActsAsync(long id, HttpContext http, PaymentDocuments docs, CancellationToken ct) =>
        (await docs.ActsAsync(http.Current(), id, ct)).Select(ReconciliationActDto.From);

    private static async Task<IResult> ReconciliationActAsync(long id, string? method, string? code, HttpContext http, PaymentDocuments docs,
        CancellationToken ct) =>
        PaymentsApi.File(await docs.ReconciliationActAsync(http.Current(), id, Method(method), Blank(code), ct));

    private static async Task<IResult> PostReportFormAsync(
        long id,
        string? index,
        HttpContext http,
        PostReportService reports,
        CancellationToken ct
    ) => PaymentsApi.File(await reports.FormAsync(http.Current(), id, Blank(index), ct));

    private static Task<PostReportStatus> PostReportStatusAsync(long id, HttpContext http, PostReportService reports, CancellationToken ct) =>
        reports.StatusAsync(http.Current(), id, ct);

    private static Task<PostReportResult> ImportPostReportAsync(long id, PostReportInput input, HttpContext http, PostReportService reports,
        CancellationToken ct) =>
        reports.ImportJsonAsync(http.Current(), id, input, ct);

    private static async Task<PostReportResult> ImportPostReportFileAsync(long id, HttpRequest request, HttpContext http, PostReportService reports,
        CancellationToken ct)
    {
        var (name, content) = await ReadUploadAsync(request, ct);
        return await reports.ImportFileAsync(http.Current(), id, name, content, ct);
    }

    /// <summary>A multipart form's first file, or the raw body; at most 20 MB (a district's month through the post is far below).</summary>
    private static async Task<(string Name, byte[] Content)> ReadUploadAsync(HttpRequest request, CancellationToken ct)
    {
        const long limit = 20 * 1024 * 1024;
        if (request.ContentLength > limit) throw new DomainValidationException([new("file", "Файл больше 20 МБ.")]);
        using var buffer = new MemoryStream();
        string name;
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(ct);
            var file = form.Files.GetFile("file") ?? form.Files.FirstOrDefault()
                       ?? throw new DomainValidationException([new("file", "Приложите файл отчёта почты (.xlsx).")]);
            await file.CopyToAsync(buffer, ct);
            name = file.FileName;
        }
        else
        {
            await request.Body.CopyToAsync(buffer, ct);
            name = "отчёт почты.xlsx";
        }
        return (name, buffer.ToArray());
    }

    private static PaymentMethod Method(string? method) =>
        QueryEnum.Parse<PaymentMethod>(method, "method") is PaymentMethod m and (PaymentMethod.Bank or PaymentMethod.Post)
            ? m
            : throw new DomainValidationException([new("method", "Укажите способ выплаты: bank (кредитное учреждение) или post (почта).")]);

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static RouteHandlerBuilder Imports(this RouteHandlerBuilder b) =>
        b.RequireAuthorization(Policies.PaymentsWrite).ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
}
