using System.Net;
using System.Net.Http.Json;
using DocumentFormat.OpenXml.Packaging;
using MiniExcelLibs;
using Sobes.Domain.Common;
using Sobes.Domain.Registry;
using Sobes.Infrastructure.Payments;
using Sobes.Web.Tests.Authorization;
using Sobes.Web.Tests.Hosting;
using Sobes.Web.Tests.Support;

namespace Sobes.Web.Tests.Payments;

/// <summary>
/// The documents of seed 002 cl. 19.4–19.5, 19.9–19.11, 19.13–19.16: journals of one-time payments, one-time orders, payment orders, the post's
/// report of paid and unpaid sums, reconciliation acts — through the API and the pages on a Kasli period, and on a department of its own.
/// </summary>
public sealed class PaymentOutputsWebTests(Hosts hosts) : WebTest(hosts)
{
    private const string Api = "/api/v1/payments";

    [Clause("002", "19.13")]
    [Clause("002", "19.14")]
    [Clause("002", "19.15")]
    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Seed_002_cl_19_13_the_post_report_marks_paid_lines_puts_unpaid_ones_on_the_books_once_and_a_bad_report_changes_nothing(Db db)
    {
        var host = await HostAsync(db);
        var context = await MatrixContext.CreateAsync(host);
        var period = await context.SignedPeriodAsync();
        var api = await host.LoginAsync("accountant");
        var key = (await api.GetAsync($"{Api}/periods/{period}").Json()) is var p
            ? $"{p["year"]!.GetValue<int>():0000}-{p["month"]!.GetValue<int>():00}"
            : "";
        var form = await api.GetAsync($"{Api}/periods/{period}/post-report-form").Expect(HttpStatusCode.OK);
        Assert.Equal(PostList.ContentType, form.Content.Headers.ContentType?.MediaType);
        var (formPeriod, formRows) = PostReport.Read(await form.Content.ReadAsByteArrayAsync());
        Assert.Equal(key, formPeriod);
        Assert.True(formRows.Count >= 2);
        var lines = formRows
            .Select(
                (r, i) =>
                    new PostReportLine(
                        r.LineId!.Value,
                        r.AssignmentNumber!,
                        r.Amount!.Value,
                        i > 0,
                        i > 0 ? new DateOnly(2026, 11, 5) : null,
                        i == 0 ? "адресат выбыл" : null
                    )
            )
            .ToList();

        Task<HttpResponseMessage> Upload(string periodKey, IEnumerable<PostReportLine> rows) =>
            api.PostAsync($"{Api}/periods/{period}/post-report/file",
                new MultipartFormDataContent { { new ByteArrayContent(MatrixContext.PostReportXlsx(periodKey, rows)), "file", "otchet.xlsx" } });
        async Task<(int Paid, int Unpaid)> Status()
        {
            var s = await api.GetAsync($"{Api}/periods/{period}/post-report").Json();
            return (s["paid"]!.GetValue<int>(), s["unpaid"]!.GetValue<int>());
        }

        // Bad input: a changed sum, another period, an unknown line — a clear Russian error, and nothing is marked or returned.
        var wrongSum = lines.Select((l, i) => i == 1 ? l with { Amount = l.Amount + 1 } : l).ToList();
        Assert.Contains(
            "не совпадает с суммой к выплате",
            await (await Upload(key, wrongSum).Expect(HttpStatusCode.BadRequest)).Content.ReadAsStringAsync()
        );
        Assert.Contains("загружается в период", await (await Upload("2001-01", lines)).Content.ReadAsStringAsync());
        Assert.Contains(
            "в этом периоде нет",
            await (await Upload(key, lines.Append(lines[1] with { LineId = long.MaxValue / 2 }))).Content.ReadAsStringAsync()
        );
        Assert.Equal((0, 0), await Status());

        var result = await (await Upload(key, lines).Expect(HttpStatusCode.OK)).Json();
        Assert.Equal(lines.Count - 1, result["markedPaid"]!.GetValue<int>());
        Assert.Equal(1, result["markedUnpaid"]!.GetValue<int>());
        Assert.Equal(lines[0].Amount, result["unpaidSum"]!.GetValue<decimal>());
        Assert.Equal((lines.Count - 1, 1), await Status());
        var returns = (await api.GetAsync($"{Api}/returns?status=onBooks").Json())
            .AsArray()
            .Where(r => r!["accrualId"]!.GetValue<long>() == lines[0].LineId)
            .ToList();
        Assert.Contains("адресат выбыл", Assert.Single(returns)!["reason"]!.GetValue<string>());

        // The same report again (as a file and as JSON) doubles nothing.
        var again = await (await Upload(key, lines).Expect(HttpStatusCode.OK)).Json();
        Assert.Equal(0, again["markedPaid"]!.GetValue<int>() + again["markedUnpaid"]!.GetValue<int>());
        Assert.Equal(lines.Count, again["unchanged"]!.GetValue<int>());
        await api.PostAsJsonAsync($"{Api}/periods/{period}/post-report", new { period = key, rows = lines }).Expect(HttpStatusCode.OK);
        Assert.Equal((lines.Count - 1, 1), await Status());
        Assert.Single((await api.GetAsync($"{Api}/returns").Json()).AsArray(), r => r!["accrualId"]!.GetValue<long>() == lines[0].LineId);

        // A line reported unpaid cannot be turned into paid by another report: the correction goes through the returns.
        var flip = await api.PostAsJsonAsync(
                $"{Api}/periods/{period}/post-report",
                new { period = key, rows = new[] { lines[0] with { Paid = true, Reason = null } } }
            )
            .Expect(HttpStatusCode.BadRequest);
        Assert.Contains("уже учтена невыплата", await flip.Content.ReadAsStringAsync());

        // Seed 002 cl. 19.15: the act with the post counts the unpaid line as returned, and the fee is on what was paid.
        var acts = (await api.GetAsync($"{Api}/periods/{period}/reconciliation").Json()).AsArray();
        var post = acts.Where(a => a!["method"]!.GetValue<string>() == "post").ToList();
        Assert.Equal(lines[0].Amount, post.Sum(a => a!["returned"]!.GetValue<decimal>()));
        foreach (var a in acts)
        {
            var net = a!["sent"]!.GetValue<decimal>() - a["returned"]!.GetValue<decimal>();
            Assert.Equal(net, a["net"]!.GetValue<decimal>());
            Assert.Equal(
                Math.Round(net * a["ratePercent"]!.GetValue<decimal>() / 100m, 2, MidpointRounding.AwayFromZero),
                a["fee"]!.GetValue<decimal>()
            );
        }

        var pages = await host.SignInPagesAsync("accountant");
        var page = await (await pages.GetAsync($"/Payments/Periods/PostReport/{period}").Expect(HttpStatusCode.OK)).Content.ReadAsStringAsync();
        Assert.Contains("Отчёт почты за", page);
        Assert.Contains("Бланк на все отделения", page);
    }

    [Clause("002", "19.4")]
    [Clause("002", "19.5")]
    [Clause("002", "19.9")]
    [Clause("002", "19.10")]
    [Clause("002", "19.11")]
    [Clause("002", "19.16")]
    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Seed_002_cl_19_4_the_period_card_gives_the_journals_orders_and_acts_and_they_download(Db db)
    {
        var host = await HostAsync(db);
        var context = await MatrixContext.CreateAsync(host);
        var period = await context.SignedPeriodAsync();
        var pages = await host.SignInPagesAsync("accountant");
        var card = await (await pages.GetAsync($"/Payments/Periods/Card/{period}").Expect(HttpStatusCode.OK)).Content.ReadAsStringAsync();
        Assert.Contains("Разовые выплаты", card);
        Assert.Contains("id=\"journal-post\"", card);
        Assert.Contains("акт сверки (.docx)", card);

        var doc = $"/Payments/Periods/Card/{period}?handler=Doc";
        var journal = await Xlsx(await pages.GetAsync($"{doc}&doc=journal&method=Post").Expect(HttpStatusCode.OK));
        Assert.StartsWith("Журнал учёта разовых поручений", journal[0]["A"]?.ToString());
        var bankJournal = await Xlsx(await pages.GetAsync($"{doc}&doc=journal&method=Bank").Expect(HttpStatusCode.OK));
        Assert.StartsWith("Журнал учёта разовых выплат через кредитные учреждения", bankJournal[0]["A"]?.ToString());

        var api = await host.LoginAsync("accountant");
        var channels = (await api.GetAsync($"{Api}/periods/{period}/channels").Json()).AsArray();
        var bank = channels.First(c => c!["method"]!.GetValue<string>() == "bank")!;
        var order = await Docx(await pages.GetAsync($"{doc}&doc=order&method=Bank&code={bank["code"]}").Expect(HttpStatusCode.OK));
        Assert.Contains("ПОРУЧЕНИЕ НА ВЫПЛАТУ", order);
        Assert.Contains($"БИК {bank["code"]}", order);
        Assert.Contains(bank["sum"]!.GetValue<decimal>().ToString("#,0.00", System.Globalization.CultureInfo.GetCultureInfo("ru-RU")), order);
        var postOrder = await Docx(await pages.GetAsync($"{doc}&doc=order&method=Post").Expect(HttpStatusCode.OK));
        Assert.Contains("почтамт", postOrder);
        var act = await Docx(await pages.GetAsync($"{doc}&doc=act&method=Bank&code={bank["code"]}").Expect(HttpStatusCode.OK));
        Assert.Contains("АКТ СВЕРКИ РАСЧЁТОВ", act);
        Assert.Contains("КОМБАНК", act);
        Assert.Contains("От кредитного учреждения", act);
        var orders = await Docx(await pages.GetAsync($"{doc}&doc=orders").Expect(HttpStatusCode.OK));
        Assert.Matches("Разов(ое поручение|ые поручения)", orders);
        await pages.GetAsync($"{doc}&doc=report-form").Expect(HttpStatusCode.OK);

        var acts = await (await pages.GetAsync($"/Payments/Acts?period={period}").Expect(HttpStatusCode.OK)).Content.ReadAsStringAsync();
        Assert.Contains("Акты сверки", acts);
        Assert.Contains("Почта, всего (почтамт)", acts);
        await api.GetAsync($"{Api}/periods/{period}/one-time-journal?method=cash").Expect(HttpStatusCode.BadRequest);
    }

    [Clause("002", "19.5")]
    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Seed_002_cl_19_5_arrears_go_on_a_one_time_order_and_leave_the_machinegram(Db db)
    {
        var host = await HostAsync(db);
        var s = await PaymentScenario.CreateAsync(host);
        await s.RunAsync(2026, 1);
        // Decided after the department's first period for a start a month before it: the February period pays January as arrears.
        var late = await s.CitizenAsync(PaymentMethod.Post, postIndex: "456836");
        await s.AssignAsync(late, new DateOnly(2026, 1, 1), decided: new DateOnly(2026, 2, 10));
        await s.AssignAsync(await s.CitizenAsync(PaymentMethod.Post, postIndex: "456836"), new DateOnly(2026, 2, 1));
        var february = await s.RunAsync(2026, 2);

        var oneTime = await s.WithServiceAsync<PaymentDocuments, PaymentFile>(d => d.OneTimeJournalAsync(s.Accountant, february, PaymentMethod.Post));
        using (var x = new MemoryStream(oneTime.Content))
        {
            var rows = x.Query(useHeaderRow: false).Cast<IDictionary<string, object?>>().Where(r => r["A"] is double).ToList();
            var row = Assert.Single(rows);
            Assert.Equal("01.2026", row["E"]);
            Assert.Equal("доплата за прошлый месяц", row["F"]);
            Assert.Equal((double)PaymentScenario.Foster2025, row["G"]);
        }
        var list = await s.WithServiceAsync<PaymentFiles, PaymentFile>(f => f.PostListAsync(s.Accountant, february, "456836"));
        using (var x = new MemoryStream(list.Content))
        {
            var cells = x.Query(useHeaderRow: false).Cast<IDictionary<string, object?>>().ToList();
            Assert.Equal(2, cells.Count(r => r["A"] is double));
            Assert.Contains(cells, r => r["A"]?.ToString()?.StartsWith("Разовые выплаты через это отделение") == true);
        }
        var orders = await s.WithServiceAsync<PaymentDocuments, PaymentFile>(d => d.OneTimeOrdersAsync(s.Accountant, february, "456836"));
        var text = DocxText(orders.Content);
        foreach (
            var field in new[]
            {
                "Лицевой счёт",
                "Фамилия, имя, отчество",
                "Адрес",
                "Данные паспорта",
                "Период выплаты",
                "Сумма к выплате",
                "Дата получения",
                "Подпись получателя",
                "Подпись доставщика",
            }
        )
            Assert.Contains(field, text);
        Assert.Contains("01.2026", text);

        // The payment order to the office carries the whole sum: two regular lines by the list and one by a one-time order.
        var order = DocxText(
            (
                await s.WithServiceAsync<PaymentDocuments, PaymentFile>(d =>
                    d.PaymentOrderAsync(s.Accountant, february, PaymentMethod.Post, "456836")
                )
            ).Content
        );
        Assert.Contains(RussianFormat.Money(3 * PaymentScenario.Foster2025), order);
    }

    private static async Task<List<IDictionary<string, object?>>> Xlsx(HttpResponseMessage response)
    {
        Assert.Equal(PostList.ContentType, response.Content.Headers.ContentType?.MediaType);
        using var xlsx = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        return xlsx.Query(useHeaderRow: false).Cast<IDictionary<string, object?>>().ToList();
    }

    private static async Task<string> Docx(HttpResponseMessage response)
    {
        Assert.Equal(PaymentDocumentForms.DocxType, response.Content.Headers.ContentType?.MediaType);
        return DocxText(await response.Content.ReadAsByteArrayAsync());
    }

    private static string DocxText(byte[] content)
    {
        using var stream = new MemoryStream(content);
        using var doc = WordprocessingDocument.Open(stream, false);
        return string.Join(
            "\n",
            doc.MainDocumentPart!.Document.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText)
        );
    }
}
