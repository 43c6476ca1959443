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
        g.MapGet("/periods", async (HttpContext http, PaymentRunService runs, CancellationToken ct) => await runs.ListAsync(http.Current(), ct))
            .WithSummary("Выплатные периоды вашего управления (министерство — всех): статус, число строк и получателей, сумма к выплате");
        g.MapPost("/periods", async (OpenPeriodInput input, HttpContext http, PaymentRunService runs, CancellationToken ct) =>
            {
                var p = await runs.OpenAsync(http.Current(), input, ct);
                return Results.Created($"{Prefix}/periods/{p.Id}", PeriodDto.From(p));
            })
            .WithSummary("Открыть выплатной период (месяц) управления; месяцы идут по порядку, первый период задаёт месяц начала выплат в системе").Writes();
        g.MapGet("/periods/{id:long}", async (long id, HttpContext http, PaymentRunService runs, CancellationToken ct) =>
                PeriodDto.From(await runs.GetAsync(http.Current(), id, ct)))
            .WithSummary("Выплатной период: этап, подписи, итоги по мерам и уровням бюджета, по способам выплаты, выявленные переплаты").ProducesProblem(404);
        g.MapGet("/periods/{id:long}/lines", async (long id, string? kind, string? method, int? measureId, string? q, int? page, int? pageSize,
                HttpContext http, PaymentRunService runs, CancellationToken ct) =>
                await runs.LinesAsync(http.Current(), id, new LineFilter
                {
                    Kind = QueryEnum.Parse<AccrualKind>(kind, "kind"), Method = QueryEnum.Parse<PaymentMethod>(method, "method"), MeasureId = measureId, Name = q,
                    Page = page ?? 1, PageSize = pageSize ?? 50,
                }, ct))
            .WithSummary("Строки периода (начисления): за какой месяц, вид (текущий, доплата, перерасчёт, повторная выплата), сумма, удержание, к выплате, реквизиты")
            .ProducesValidationProblem().ProducesProblem(404);
        g.MapPost("/periods/{id:long}/compute", async (long id, HttpContext http, PaymentRunService runs, CancellationToken ct) =>
                PeriodDto.From(await runs.ComputeAsync(http.Current(), id, null, ct)))
            .WithSummary("Рассчитать период (или продолжить прерванный расчёт, или пересчитать неподписанный): по каждому назначению — причитающееся за месяцы минус начисленное ранее; удержание переплат; повторная выплата возвратов").Writes();
        g.MapPost("/periods/{id:long}/approve", async (long id, HttpContext http, PaymentRunService runs, CancellationToken ct) =>
                PeriodDto.From(await runs.ApproveAsync(http.Current(), id, ct)))
            .WithSummary("Подписать выплатные документы периода: начальник или главный бухгалтер (п. 19.7 регламента); нужны обе подписи").Writes();
        g.MapPost("/periods/{id:long}/close", async (long id, HttpContext http, PaymentRunService runs, CancellationToken ct) =>
                PeriodDto.From(await runs.CloseAsync(http.Current(), id, ct)))
            .WithSummary("Закрыть подписанный период").Writes();
        g.MapGet("/periods/{id:long}/channels", async (long id, HttpContext http, PaymentFiles files, CancellationToken ct) => await files.ChannelsAsync(http.Current(), id, ct))
            .WithSummary("Банки (по БИК) и отделения почтовой связи (по индексу), через которые выплачивается период: число строк и сумма").ProducesProblem(404);
        g.MapGet("/periods/{id:long}/bank-register", async (long id, string bik, HttpContext http, PaymentFiles files, CancellationToken ct) =>
                File(await files.BankRegisterAsync(http.Current(), id, bik, ct)))
            .WithSummary("Реестр (список) для зачисления на счета в кредитное учреждение с данным БИК — текстовый файл с разделителями, контрольной суммой (формат: docs/PAYMENT_FILES.md)")
            .ProducesProblem(404).ProducesProblem(409);
        g.MapGet("/periods/{id:long}/post-list", async (long id, string index, HttpContext http, PaymentFiles files, CancellationToken ct) =>
                File(await files.PostListAsync(http.Current(), id, index, ct)))
            .WithSummary("Машинограмма для отделения почтовой связи с данным индексом (.xlsx)").ProducesProblem(404).ProducesProblem(409);

        g.MapGet("/returns", async (string? status, HttpContext http, PaymentRunService runs, CancellationToken ct) =>
                (await runs.ReturnsAsync(http.Current(), QueryEnum.Parse<PaymentReturnStatus>(status, "status"), ct)).Select(ReturnDto.From))
            .WithSummary("Возвраты: не зачисленные банком и не оплаченные почтой суммы, их статус (на учёте, выплачен повторно, списан)").ProducesValidationProblem();
        g.MapPost("/returns", async (ReturnInput input, HttpContext http, PaymentRunService runs, CancellationToken ct) =>
            {
                var r = await runs.RegisterReturnAsync(http.Current(), input, ct);
                return Results.Created($"{Prefix}/returns/{r.Id}", new { r.Id, r.Amount, r.Status });
            })
            .WithSummary("Учесть возврат по строке подписанного периода: сумма, причина, дата (п. 19.12–19.14 регламента)").Writes();
        g.MapPost("/returns/{id:long}/repay", async (long id, HttpContext http, PaymentRunService runs, CancellationToken ct) =>
            {
                var r = await runs.RequestRepaymentAsync(http.Current(), id, ct);
                return new { r.Id, r.Status, r.RepayRequested };
            })
            .WithSummary("Реквизиты исправлены: выплатить возврат повторно в следующем рассчитанном периоде (по текущим реквизитам личного дела)").Writes();
        g.MapPost("/returns/{id:long}/write-off", async (long id, WriteOffInput input, HttpContext http, PaymentRunService runs, CancellationToken ct) =>
            {
                var r = await runs.WriteOffReturnAsync(http.Current(), id, input, ct);
                return new { r.Id, r.Status, r.WriteOffReason };
            })
            .WithSummary("Списать возврат с учёта с указанием основания").Writes();

        g.MapGet("/overpayments", async (long? citizenId, bool? open, HttpContext http, PaymentRunService runs, CancellationToken ct) =>
                (await runs.OverpaymentsAsync(http.Current(), citizenId, open ?? false, ct)).Select(OverpaymentDto.From))
            .WithSummary("Переплаты (по гражданину — citizenId): сумма, остаток, возмещения (удержания, добровольные возвраты, списания)");
        g.MapPost("/overpayments/{id:long}/refund", async (long id, RefundInput input, HttpContext http, PaymentRunService runs, CancellationToken ct) =>
                OverpaymentDto.From(await runs.RefundAsync(http.Current(), id, input, ct), null))
            .WithSummary("Добровольный возврат переплаты (полностью или частично) по документу").Writes();
        g.MapPost("/overpayments/{id:long}/write-off", async (long id, WriteOffInput input, HttpContext http, PaymentRunService runs, CancellationToken ct) =>
                OverpaymentDto.From(await runs.WriteOffOverpaymentAsync(http.Current(), id, input, ct), null))
            .WithSummary("Списать остаток переплаты с указанием основания").Writes();

        g.MapGet("/totals", async (int? year, HttpContext http, PaymentRunService runs, Sobes.Domain.Common.RegionClock clock, CancellationToken ct) =>
                await runs.YearTotalsAsync(http.Current(), year ?? clock.Today.Year, ct))
            .WithSummary("Итоги выплат за год по мерам и уровням бюджета, по месяцам и за год: число получателей и суммы (форма раздела VII сида 000)")
            .ProducesValidationProblem();
    }

    private static IResult File(PaymentFile f) => Results.File(f.Content, f.ContentType, f.FileName);

    private static RouteHandlerBuilder Writes(this RouteHandlerBuilder b) =>
        b.RequireAuthorization(Policies.PaymentsWrite).ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
}
