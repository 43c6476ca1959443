using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using Sobes.Infrastructure.Payments;
using Sobes.Infrastructure.Persistence;
using Sobes.Web.Tests.Authorization;
using Sobes.Web.Tests.Hosting;
using Sobes.Web.Tests.Support;

namespace Sobes.Web.Tests.Payments;

/// <summary>
/// The payment documents of seed 002 cl. 19.4–19.5, 19.10–19.11 — a register per credit institution, a list per post office — and the accountant's
/// pages, on a Kasli period of the demo data (a month of the shared counter, see MatrixContext.Payments).
/// </summary>
public sealed class PaymentFilesAndPagesTests(Hosts hosts) : WebTest(hosts)
{
    private static string Plain(string html) => html.Replace('\u00A0', ' ').Replace('\u202F', ' ').Replace("&#xA0;", " ").Replace("&nbsp;", " ");

    [Clause("002", "19.10")]
    [Fact]
    public void The_bank_register_has_a_header_a_line_per_payment_and_a_trailer_with_a_weighted_control_sum()
    {
        var header = new BankRegisterHeader(
            "Управление социальной защиты населения",
            "7409001234",
            2026,
            11,
            "047501602",
            "Сбербанк",
            new DateOnly(2026, 11, 24)
        );
        var lines = new[] { 4430.40m, 2067.52m }
            .Select(
                (s, i) =>
                    new Sobes.Domain.Payments.Accrual
                    {
                        AssignmentNumber = $"Н-{i}",
                        RecipientName = "Иванова Мария Петровна",
                        Account = "40817810872000012345",
                        ToPay = s,
                        ForMonth = new DateOnly(2026, 11, 1),
                        Kind = Sobes.Domain.Payments.AccrualKind.Regular,
                    }
            )
            .ToList();
        var text = BankRegister.Build(header, lines).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("H|1|7409001234|Управление социальной защиты населения|2026-11|047501602|Сбербанк|2026-11-24|2|6497.92", text[0]);
        Assert.Equal("D|1|Н-0|Иванова Мария Петровна|40817810872000012345|4430.40|2026-11|1", text[1]);
        // 1 × 443040 + 2 × 206752 = 856544.
        Assert.Equal("T|2|6497.92|856544", text[3]);
    }

    [Clause("002", "19.4")]
    [Clause("002", "19.5")]
    [Clause("002", "19.8")]
    [Clause("002", "19.10")]
    [Clause("002", "19.11")]
    [Clause("002", "19.12")]
    [Clause("000", "VII")]
    [Theory, ClassData(typeof(AllDatabases))]
    public async Task An_accountant_computes_a_month_signs_it_and_downloads_the_bank_registers_and_post_lists(Db db)
    {
        var host = await HostAsync(db);
        var context = await MatrixContext.CreateAsync(host);
        var period = await context.ComputedPeriodAsync();
        var accountant = await host.SignInPagesAsync("accountant");
        var card = Plain(await (await accountant.GetAsync($"/Payments/Periods/Card/{period}").Expect(HttpStatusCode.OK)).Content.ReadAsStringAsync());
        Assert.Contains("рассчитан", card);
        Assert.Contains("Итоги по мерам и уровням бюджета", card);
        Assert.Contains("id=\"approve\"", card);

        await (await host.LoginAsync("head")).PostJson($"/api/v1/payments/periods/{period}/approve", new { }).Expect(HttpStatusCode.OK);
        var token = LoginForm.AntiforgeryToken(card);
        await accountant.PostAsync($"/Payments/Periods/Card/{period}?handler=Approve",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        card = Plain(await (await accountant.GetAsync($"/Payments/Periods/Card/{period}").Expect(HttpStatusCode.OK)).Content.ReadAsStringAsync());
        Assert.Contains("подписан", card);

        var channels = (await (await host.LoginAsync("accountant")).GetAsync($"/api/v1/payments/periods/{period}/channels").Json()).AsArray();
        var bank = channels.First(c => c!["method"]!.GetValue<string>() == "bank")!;
        var register = await accountant.GetAsync($"/Payments/Periods/Card/{period}?handler=Bank&bik={bank["code"]}").Expect(HttpStatusCode.OK);
        var rows = Encoding.UTF8.GetString(await register.Content.ReadAsByteArrayAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(bank["count"]!.GetValue<int>(), rows.Count(r => r.StartsWith("D|")));
        Assert.Equal(bank["sum"]!.GetValue<decimal>(), decimal.Parse(rows[^1].Split('|')[2], System.Globalization.CultureInfo.InvariantCulture));

        var post = channels.First(c => c!["method"]!.GetValue<string>() == "post")!;
        var list = await accountant.GetAsync($"/Payments/Periods/Card/{period}?handler=Post&index={post["code"]}").Expect(HttpStatusCode.OK);
        Assert.Equal(PostList.ContentType, list.Content.Headers.ContentType?.MediaType);
        using var xlsx = new MemoryStream(await list.Content.ReadAsByteArrayAsync());
        var cells = xlsx.Query(useHeaderRow: false).Cast<IDictionary<string, object?>>().ToList();
        Assert.StartsWith("Машинограмма на выплату через отделение почтовой связи", cells[0]["A"]?.ToString());
        // One-time payments of the office go on one-time orders, not on the machinegram (seed 002 cl. 19.5): the list states how many.
        var oneTime = cells.Where(r => r["A"]?.ToString()?.StartsWith("Разовые выплаты через это отделение") == true)
            .Select(r => int.Parse(r["B"]!.ToString()!.Split(' ')[0])).SingleOrDefault();
        Assert.Equal(post["count"]!.GetValue<int>(), cells.Count(r => r["A"] is double or int or long) + oneTime);

        // Seed 002 cl. 19.8 and 19.4: the funding request and the movement journal hold the period's total to pay.
        var totalToPay = channels.Sum(c => c!["sum"]!.GetValue<decimal>());
        var funding = await XlsxAsync(await accountant.GetAsync($"/Payments/Periods/Card/{period}?handler=Funding").Expect(HttpStatusCode.OK));
        Assert.StartsWith("Заявка на финансирование выплат", funding[0]["A"]?.ToString());
        var grand = funding.Single(r => r["A"]?.ToString() == "Всего к финансированию");
        Assert.Equal(totalToPay, Convert.ToDecimal(grand["D"]) + Convert.ToDecimal(grand["E"]));
        var movement = await XlsxAsync(await accountant.GetAsync($"/Payments/Periods/Card/{period}?handler=Movement").Expect(HttpStatusCode.OK));
        Assert.StartsWith("Журнал движения получателей (форма П-7)", movement[0]["A"]?.ToString());
        var closing = movement.Single(r => r["A"]?.ToString() == "Итого");
        Assert.True(Convert.ToDecimal(closing["I"]) >= totalToPay);

        // Seed 002 cl. 19.12: a part of a line came back on a given day — registered from the card with its sum and date.
        long lineId;
        using (var scope = host.Services.CreateScope())
            lineId = (await scope.ServiceProvider.GetRequiredService<SobesDbContext>().Accruals.Where(l => l.PeriodId == period && l.Method != null)
                .Select(l => new { l.Id, l.ToPay }).ToListAsync()).Where(l => l.ToPay > 200).OrderBy(l => l.Id).First().Id;
        card = await (await accountant.GetAsync($"/Payments/Periods/Card/{period}").Expect(HttpStatusCode.OK)).Content.ReadAsStringAsync();
        await accountant.PostAsync($"/Payments/Periods/Card/{period}?handler=Return", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = LoginForm.AntiforgeryToken(card), ["accrualId"] = lineId.ToString(), ["reason"] = "Неверный номер счёта",
            ["amount"] = "100.50", ["returnedOn"] = "2026-11-20",
        }));
        var returns = (await (await host.LoginAsync("accountant")).GetAsync("/api/v1/payments/returns").Json()).AsArray();
        var registered = returns.Single(r => r!["accrualId"]!.GetValue<long>() == lineId)!;
        Assert.Equal((100.50m, "2026-11-20"), (registered["amount"]!.GetValue<decimal>(), registered["returnedOn"]!.GetValue<string>()));

        // Seed 000 section VII: the year's totals as .xlsx hold the same recipients and sum as the API.
        var year = (await (await host.LoginAsync("accountant")).GetAsync("/api/v1/payments/totals?year=2040").Json());
        var sheet = await XlsxAsync(await accountant.GetAsync("/Payments/Totals?handler=Xlsx&year=2040").Expect(HttpStatusCode.OK));
        Assert.Equal("Выплаты мер социальной поддержки за 2040 год", sheet[0]["A"]?.ToString());
        var all = sheet.Single(r => r["C"]?.ToString() == "Итого");
        Assert.Equal(
            (year["recipients"]!.GetValue<int>(), year["sum"]!.GetValue<decimal>()),
            (Convert.ToInt32(all["E"]), Convert.ToDecimal(all["F"]))
        );

        foreach (var page in new[] { "/Payments/Periods", "/Payments/Returns", "/Payments/Overpayments", "/Payments/Totals?year=2040" })
            Assert.Contains("Выплаты", await (await accountant.GetAsync(page).Expect(HttpStatusCode.OK)).Content.ReadAsStringAsync());
    }

    private static async Task<List<IDictionary<string, object?>>> XlsxAsync(HttpResponseMessage response)
    {
        Assert.Equal(PostList.ContentType, response.Content.Headers.ContentType?.MediaType);
        using var xlsx = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        return xlsx.Query(useHeaderRow: false).Cast<IDictionary<string, object?>>().ToList();
    }
}
