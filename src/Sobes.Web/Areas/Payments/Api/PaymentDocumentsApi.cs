using Sobes.Domain.Common;
using Sobes.Domain.Registry;
using Sobes.Infrastructure.Payments;
using Sobes.Web.Auth;
using Sobes.Web.Infrastructure;

namespace Sobes.Web.Areas.Payments.Api;

public sealed record ActDto(PaymentMethod Method, string? Code, string Name, string Title, int SentCount, decimal Sent, int RepaidCount, decimal Repaid,
    int ReturnedCount, decimal Returned, int NetCount, decimal Net, decimal? RatePercent, DateOnly? RateFrom, decimal? Fee, decimal? Total)
{
    public static ActDto From(CounterpartAct a)
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
        g.MapGet("/one-time-journal", async (long id, string? method, HttpContext http, PaymentDocuments docs, CancellationToken ct) =>
                File(await docs.OneTimeJournalAsync(http.Current(), id, Method(method), ct)))
            .WithSummary("Журнал учёта разовых поручений (method=post) или разовых выплат через кредитные учреждения (method=bank), .xlsx: единовременные и ежегодные меры, доплаты, перерасчёты, повторные выплаты")
            .ProducesValidationProblem().ProducesProblem(404).ProducesProblem(409);
        g.MapGet("/one-time-orders", async (long id, string? index, HttpContext http, PaymentDocuments docs, CancellationToken ct) =>
                File(await docs.OneTimeOrdersAsync(http.Current(), id, Blank(index), ct)))
            .WithSummary("Разовые поручения на выплату через почту (.docx; index — одно отделение): лицевой счёт, ФИО, адрес, паспорт, период, сумма, дата получения, подписи (п. 19.5 регламента)")
            .ProducesProblem(404).ProducesProblem(409);
        g.MapGet("/payment-order", async (long id, string? method, string? code, HttpContext http, PaymentDocuments docs, CancellationToken ct) =>
                File(await docs.PaymentOrderAsync(http.Current(), id, Method(method), Blank(code), ct)))
            .WithSummary("Поручение на выплату контрагенту (.docx): банку (method=bank, code=БИК), отделению почты (method=post, code=индекс) или почтамту в целом (method=post без code)")
            .ProducesValidationProblem().ProducesProblem(404).ProducesProblem(409);
        g.MapGet("/reconciliation", async (long id, HttpContext http, PaymentDocuments docs, CancellationToken ct) =>
                (await docs.ActsAsync(http.Current(), id, ct)).Select(ActDto.From))
            .WithSummary("Акты сверки периода по банкам и отделениям почты: перечислено, повторные выплаты, возвращено (не выплачено), выплачено, ставка и сумма вознаграждения")
            .ProducesProblem(404).ProducesProblem(409);
        g.MapGet("/reconciliation-act", async (long id, string? method, string? code, HttpContext http, PaymentDocuments docs, CancellationToken ct) =>
                File(await docs.ReconciliationActAsync(http.Current(), id, Method(method), Blank(code), ct)))
            .WithSummary("Акт сверки с контрагентом (.docx) с подписями обеих сторон: банк (method=bank, code=БИК), отделение почты (method=post, code=индекс) или почтамт (method=post)")
            .ProducesValidationProblem().ProducesProblem(404).ProducesProblem(409);
        g.MapGet("/post-report-form", async (long id, string? index, HttpContext http, PostReportService reports, CancellationToken ct) =>
                File(await reports.FormAsync(http.Current(), id, Blank(index), ct)))
            .WithSummary("Бланк отчёта почты о выплаченных и невыплаченных суммах (.xlsx) со строками периода через почту (формат: docs/PAYMENT_FILES.md)")
            .ProducesProblem(404);
        g.MapGet("/post-report", async (long id, HttpContext http, PostReportService reports, CancellationToken ct) => await reports.StatusAsync(http.Current(), id, ct))
            .WithSummary("Сколько строк через почту отмечено выплаченными, невыплаченными и ещё не вошло в отчёт почты").ProducesProblem(404);
        g.MapPost("/post-report", async (long id, PostReportInput input, HttpContext http, PostReportService reports, CancellationToken ct) =>
                await reports.ImportJsonAsync(http.Current(), id, input, ct))
            .WithSummary("Ввести отчёт почты (JSON): невыплаченные строки ставятся на учёт как возвраты, остальные отмечаются выплаченными; повторная загрузка ничего не удваивает; при любой ошибке ничего не меняется")
            .RequireAuthorization(Policies.PaymentsWrite).ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        g.MapPost("/post-report/file", async (long id, HttpRequest request, HttpContext http, PostReportService reports, CancellationToken ct) =>
            {
                var (name, content) = await ReadUploadAsync(request, ct);
                return await reports.ImportFileAsync(http.Current(), id, name, content, ct);
            })
            .WithSummary("Загрузить заполненный бланк отчёта почты (.xlsx, multipart/form-data поле file или тело запроса): как POST /post-report")
            .RequireAuthorization(Policies.PaymentsWrite).ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
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
            var file = form.Files.GetFile("file") ?? form.Files.FirstOrDefault() ?? throw new DomainValidationException([new("file", "Приложите файл отчёта почты (.xlsx).")]);
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
            ? m : throw new DomainValidationException([new("method", "Укажите способ выплаты: bank (кредитное учреждение) или post (почта).")]);

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static IResult File(PaymentFile f) => Results.File(f.Content, f.ContentType, f.FileName);
}
