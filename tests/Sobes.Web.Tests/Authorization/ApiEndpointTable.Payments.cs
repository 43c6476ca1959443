using System.Net;
using static Sobes.Web.Tests.Authorization.Probe;

namespace Sobes.Web.Tests.Authorization;

/// <summary>
/// Payments (/api/v1/payments). Lists are open to every role and show the user's own department's records (the ministry's: all);
/// a period by id is read by the ministry and its department; the department's specialist, head and accountant work it;
/// the head and the chief accountant sign and close it. Each change gets a fresh Kasli period in a month of its own (see MatrixContext.Payments).
/// </summary>
public static partial class ApiEndpointTable
{
    private const string PaymentsApi = "/api/v1/payments";

    private static Dictionary<string, Probe> Payments() =>
        new()
        {
            [$"GET {PaymentsApi}/periods"] = Get(Access.Read, _ => $"{PaymentsApi}/periods"),
            [$"POST {PaymentsApi}/periods"] = Send(Access.PaymentOpen, HttpStatusCode.Created, HttpMethod.Post, c =>
            {
                var (year, month) = MatrixContext.NextPaymentMonth();
                return Task.FromResult<(string, object?)>(($"{PaymentsApi}/periods", new { year, month }));
            }),
            [$"GET {PaymentsApi}/periods/{{id:long}}"] = GetFor(Access.PaymentRecord, async (c, _) =>
                $"{PaymentsApi}/periods/{await c.ReadablePeriodAsync()}"
            ),
            [$"GET {PaymentsApi}/periods/{{id:long}}/lines"] = GetFor(Access.PaymentRecord, async (c, _) =>
                $"{PaymentsApi}/periods/{await c.ReadablePeriodAsync()}/lines?kind=regular&pageSize=5"
            ),
            [$"GET {PaymentsApi}/periods/{{id:long}}/channels"] = GetFor(Access.PaymentRecord, async (c, _) =>
                $"{PaymentsApi}/periods/{await c.ReadablePeriodAsync()}/channels"
            ),
            [$"GET {PaymentsApi}/periods/{{id:long}}/bank-register"] = GetFor(Access.PaymentRecord, async (c, _) =>
                $"{PaymentsApi}/periods/{await c.ReadablePeriodAsync()}/bank-register?bik={await c.ChannelAsync("bank")}"
            ),
            [$"GET {PaymentsApi}/periods/{{id:long}}/post-list"] = GetFor(Access.PaymentRecord, async (c, _) =>
                $"{PaymentsApi}/periods/{await c.ReadablePeriodAsync()}/post-list?index={await c.ChannelAsync("post")}"
            ),
            [$"GET {PaymentsApi}/periods/{{id:long}}/movement-journal"] = GetFor(Access.PaymentRecord, async (c, _) =>
                $"{PaymentsApi}/periods/{await c.ReadablePeriodAsync()}/movement-journal"
            ),
            [$"GET {PaymentsApi}/periods/{{id:long}}/funding-request"] = GetFor(Access.PaymentRecord, async (c, _) =>
                $"{PaymentsApi}/periods/{await c.ReadablePeriodAsync()}/funding-request"
            ),
            [$"POST {PaymentsApi}/periods/{{id:long}}/compute"] = Send(Access.PaymentWrite, HttpStatusCode.OK, HttpMethod.Post, async c =>
                ($"{PaymentsApi}/periods/{await c.OpenPeriodAsync()}/compute", null)
            ),
            [$"POST {PaymentsApi}/periods/{{id:long}}/approve"] = Send(Access.PaymentSign, HttpStatusCode.OK, HttpMethod.Post, async c =>
                ($"{PaymentsApi}/periods/{await c.ComputedPeriodAsync()}/approve", null)
            ),
            [$"POST {PaymentsApi}/periods/{{id:long}}/close"] = Send(Access.PaymentSign, HttpStatusCode.OK, HttpMethod.Post, async c =>
                ($"{PaymentsApi}/periods/{await c.SignedPeriodAsync()}/close", null)
            ),

            [$"GET {PaymentsApi}/periods/{{id:long}}/one-time-journal"] = GetFor(Access.PaymentRecord, async (c, _) =>
                $"{PaymentsApi}/periods/{await c.ReadablePeriodAsync()}/one-time-journal?method=post"
            ),
            [$"GET {PaymentsApi}/periods/{{id:long}}/one-time-orders"] = GetFor(Access.PaymentRecord, async (c, _) =>
                $"{PaymentsApi}/periods/{await c.ReadablePeriodAsync()}/one-time-orders"
            ),
            [$"GET {PaymentsApi}/periods/{{id:long}}/payment-order"] = GetFor(Access.PaymentRecord, async (c, _) =>
                $"{PaymentsApi}/periods/{await c.ReadablePeriodAsync()}/payment-order?method=post"
            ),
            [$"GET {PaymentsApi}/periods/{{id:long}}/reconciliation"] = GetFor(Access.PaymentRecord, async (c, _) =>
                $"{PaymentsApi}/periods/{await c.ReadablePeriodAsync()}/reconciliation"
            ),
            [$"GET {PaymentsApi}/periods/{{id:long}}/reconciliation-act"] = GetFor(Access.PaymentRecord, async (c, _) =>
                $"{PaymentsApi}/periods/{await c.ReadablePeriodAsync()}/reconciliation-act?method=bank&code={await c.ChannelAsync("bank")}"
            ),
            [$"GET {PaymentsApi}/periods/{{id:long}}/post-report-form"] = GetFor(Access.PaymentRecord, async (c, _) =>
                $"{PaymentsApi}/periods/{await c.ReadablePeriodAsync()}/post-report-form"
            ),
            [$"GET {PaymentsApi}/periods/{{id:long}}/post-report"] = GetFor(Access.PaymentRecord, async (c, _) =>
                $"{PaymentsApi}/periods/{await c.ReadablePeriodAsync()}/post-report"
            ),
            // The same line reported paid by every role that may: the import is idempotent, so each call succeeds and changes nothing after
            // the first.
            [$"POST {PaymentsApi}/periods/{{id:long}}/post-report"] = Send(Access.PaymentWrite, HttpStatusCode.OK, HttpMethod.Post, async c =>
            {
                var (period, key, line) = await c.ReportedPostLineAsync();
                return ($"{PaymentsApi}/periods/{period}/post-report", new { period = key, rows = new[] { line } });
            }),
            [$"POST {PaymentsApi}/periods/{{id:long}}/post-report/file"] = new Probe(Access.PaymentWrite, HttpStatusCode.OK, async (c, _) =>
            {
                var (period, key, line) = await c.ReportedPostLineAsync();
                var form = new MultipartFormDataContent();
                form.Add(new ByteArrayContent(MatrixContext.PostReportXlsx(key, [line])), "file", "otchet.xlsx");
                return new HttpRequestMessage(HttpMethod.Post, $"{PaymentsApi}/periods/{period}/post-report/file") { Content = form };
            }),

            [$"GET {PaymentsApi}/returns"] = Get(Access.Read, _ => $"{PaymentsApi}/returns?status=onBooks"),
            [$"POST {PaymentsApi}/returns"] = Send(Access.PaymentWrite, HttpStatusCode.Created, HttpMethod.Post, async c =>
                ($"{PaymentsApi}/returns", new { accrualId = await c.PaidLineAsync(), reason = "Счёт закрыт (проверка прав доступа)" })
            ),
            [$"POST {PaymentsApi}/returns/{{id:long}}/repay"] = Send(Access.PaymentWrite, HttpStatusCode.OK, HttpMethod.Post, async c =>
                ($"{PaymentsApi}/returns/{await c.NewReturnAsync()}/repay", null)
            ),
            [$"POST {PaymentsApi}/returns/{{id:long}}/write-off"] = Send(Access.PaymentWrite, HttpStatusCode.OK, HttpMethod.Post, async c =>
                ($"{PaymentsApi}/returns/{await c.NewReturnAsync()}/write-off", new { reason = "Проверка прав доступа" })
            ),

            [$"GET {PaymentsApi}/overpayments"] = Get(Access.Read, _ => $"{PaymentsApi}/overpayments?open=true"),
            [$"POST {PaymentsApi}/overpayments/{{id:long}}/refund"] = Send(Access.PaymentWrite, HttpStatusCode.OK, HttpMethod.Post, async c =>
                (
                    $"{PaymentsApi}/overpayments/{await c.NewOverpaymentAsync()}/refund",
                    new { amount = 100m, document = "Квитанция (проверка прав доступа)" }
                )
            ),
            [$"POST {PaymentsApi}/overpayments/{{id:long}}/write-off"] = Send(
                Access.PaymentWrite,
                HttpStatusCode.OK,
                HttpMethod.Post,
                async c => ($"{PaymentsApi}/overpayments/{await c.NewOverpaymentAsync()}/write-off", new { reason = "Проверка прав доступа" })
            ),

            [$"GET {PaymentsApi}/totals"] = Get(Access.Read, _ => $"{PaymentsApi}/totals?year=2040"),
        };
}
