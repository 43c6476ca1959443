using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sobes.Domain.Payments;
using Sobes.Infrastructure.Persistence;
using Sobes.Web.Tests.Support;

namespace Sobes.Web.Tests.Authorization;

/// <summary>
/// Payment periods of the Kasli department for the probes. Months of a department only go forward, so each period takes the next month of a
/// counter far from the demo's (from January 2040); the department's accountant and head prepare them through the API.
/// </summary>
public sealed partial class MatrixContext
{
    private const string PaymentsUrl = "/api/v1/payments";
    private static int _paymentMonth;
    private Task<long>? _readablePeriod;
    private Task<long>? _linesPeriod;
    private readonly Queue<long> _paidLines = new();

    /// <summary>The next month of the shared counter (every test that opens a Kasli period takes it from here).</summary>
    public static (int Year, int Month) NextPaymentMonth()
    {
        var n = Interlocked.Increment(ref _paymentMonth) - 1;
        return (2040 + n / 12, n % 12 + 1);
    }

    public async Task<long> OpenPeriodAsync()
    {
        var (year, month) = NextPaymentMonth();
        return (await (await ClientAsync("accountant")).PostJson($"{PaymentsUrl}/periods", new { year, month }).Json(HttpStatusCode.Created)).Id();
    }

    public async Task<long> ComputedPeriodAsync()
    {
        var id = await OpenPeriodAsync();
        await (await ClientAsync("accountant")).PostJson($"{PaymentsUrl}/periods/{id}/compute", new { }).Expect(HttpStatusCode.OK);
        return id;
    }

    /// <summary>Computed and signed by the head and the chief accountant (not closed).</summary>
    public async Task<long> SignedPeriodAsync()
    {
        var id = await ComputedPeriodAsync();
        await (await ClientAsync("head")).PostJson($"{PaymentsUrl}/periods/{id}/approve", new { }).Expect(HttpStatusCode.OK);
        await (await ClientAsync("accountant")).PostJson($"{PaymentsUrl}/periods/{id}/approve", new { }).Expect(HttpStatusCode.OK);
        return id;
    }

    public Task<long> ReadablePeriodAsync() => _readablePeriod ??= SignedPeriodAsync();

    /// <summary>The BIK of a bank or the index of a post office the readable period pays through.</summary>
    public async Task<string> ChannelAsync(string method)
    {
        var channels = (
            await (await ClientAsync("accountant")).GetAsync($"{PaymentsUrl}/periods/{await ReadablePeriodAsync()}/channels").Json()
        ).AsArray();
        return channels.First(c => c!["method"]!.GetValue<string>() == method)!["code"]!.GetValue<string>();
    }

    /// <summary>A paid line of a signed period that has no return yet.</summary>
    public async Task<long> PaidLineAsync()
    {
        _linesPeriod ??= SignedPeriodAsync();
        var period = await _linesPeriod;
        if (_paidLines.Count == 0)
        {
            using var scope = Host.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<SobesDbContext>();
            var returned = db.PaymentReturns.Select(r => r.AccrualId);
            foreach (
                var id in await db
                    .Accruals.Where(l => l.PeriodId == period && l.ToPay > 0 && !returned.Contains(l.Id))
                    .OrderBy(l => l.Id)
                    .Select(l => l.Id)
                    .ToListAsync()
            )
                _paidLines.Enqueue(id);
        }
        return _paidLines.Dequeue();
    }

    public async Task<long> NewReturnAsync() =>
        (
            await (await ClientAsync("accountant"))
                .PostJson($"{PaymentsUrl}/returns", new { accrualId = await PaidLineAsync(), reason = "Неверный номер счёта" })
                .Json(HttpStatusCode.Created)
        ).Id();

    /// <summary>An overpayment of the Kasli department stored directly (a late stop needs a stop date after the far-future months used
    /// here).</summary>
    public async Task<long> NewOverpaymentAsync()
    {
        var period = await ReadablePeriodAsync();
        var assignment = await ReadableAssignmentAsync();
        using var scope = Host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SobesDbContext>();
        var a = await db.Assignments.AsNoTracking().SingleAsync(x => x.Id == assignment);
        var o = new Overpayment
        {
            OrganisationId = a.OrganisationId, CitizenId = a.CitizenId, AssignmentId = a.Id, AssignmentNumber = a.Number, MeasureId = a.MeasureId,
            ForMonth = new DateOnly(2040, 1, 1).AddMonths(Interlocked.Increment(ref _overpaymentMonth)), Amount = 1000m, Balance = 1000m,
            Reason = "Проверка прав доступа", DetectedOn = new DateOnly(2026, 1, 1), DetectedInPeriodId = period,
        };
        db.Overpayments.Add(o);
        await db.SaveChangesAsync();
        return o.Id;
    }

    private static int _overpaymentMonth;

    /// <summary>A post line of the readable period as a row of the post's report, marked paid (seed 002 cl. 19.13).</summary>
    public async Task<(long Period, string Key, PostReportLine Line)> ReportedPostLineAsync()
    {
        var period = await ReadablePeriodAsync();
        using var scope = Host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SobesDbContext>();
        var p = await db.PaymentPeriods.AsNoTracking().SingleAsync(x => x.Id == period);
        var l = await db
            .Accruals.AsNoTracking()
            .Where(x => x.PeriodId == period && x.ToPay > 0 && x.Method == Sobes.Domain.Registry.PaymentMethod.Post)
            .OrderBy(x => x.Id)
            .FirstAsync();
        return (period, $"{p.Year:0000}-{p.Month:00}", new PostReportLine(l.Id, l.AssignmentNumber, l.ToPay, true, null, null));
    }

    /// <summary>The post's report in the layout of docs/PAYMENT_FILES.md: the period in B2, data rows from row 5 with their number in
    /// column A.</summary>
    public static byte[] PostReportXlsx(string period, IEnumerable<PostReportLine> lines)
    {
        static Dictionary<string, object?> Row(params object?[] cells) =>
            "ABCDEFGHI".Select((k, i) => (k.ToString(), i < cells.Length ? cells[i] : null)).ToDictionary(x => x.Item1, x => x.Item2);
        var rows = new List<Dictionary<string, object?>> { Row("Отчёт почты"), Row("Период", period), Row(""), Row("№ п/п", "Код строки") };
        rows.AddRange(
            lines.Select(
                (l, i) =>
                    Row(
                        i + 1,
                        l.LineId,
                        l.AssignmentNumber,
                        "получатель",
                        "",
                        l.Amount,
                        l.Paid switch
                        {
                            true => "Выплачено",
                            false => "Не выплачено",
                            _ => "",
                        },
                        l.PaidOn?.ToString("dd.MM.yyyy"),
                        l.Reason
                    )
            )
        );
        using var stream = new MemoryStream();
        MiniExcelLibs.MiniExcel.SaveAs(stream, rows, printHeader: false);
        return stream.ToArray();
    }
}

/// <summary>A row of the post's report as the API takes it.</summary>
public sealed record PostReportLine(long LineId, string AssignmentNumber, decimal Amount, bool? Paid, DateOnly? PaidOn, string? Reason);
