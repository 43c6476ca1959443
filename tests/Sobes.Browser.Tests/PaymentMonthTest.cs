using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.Playwright;
using Sobes.Domain.Common;

namespace Sobes.Browser.Tests;

/// <summary>
/// The payments issue's "done when" walk on the demo data: the accountant opens November 2026 (the department's first month in the system),
/// computes it, downloads the bank register and a post list, both signatures are put; a returned sum is registered on a line; a specialist
/// registers a stop ground dated before the paid month (the ground became known late); December finds the overpayment and withholds part of
/// it from the recipient's other December payments, January withholds more (the overpayment's balance decreases by exactly what the lines
/// show as withheld); the yearly totals of 2026 show per
/// measure the recipients and the sums paid in the signed months, net of the return. Nothing else in the browser tests opens payment periods,
/// so the months are free in the shared demo database; every figure is computed from what the pages show.
/// </summary>
[Collection(BrowserCollection.Name)]
public class PaymentMonthTest(BrowserHost host)
{
    [Clause("002", "19.7")]
    [Clause("002", "19.12")]
    [Fact]
    public async Task Accountant_pays_a_month_and_a_late_stop_is_recovered_from_the_next_month_and_totalled_for_the_year()
    {
        var accountant = await host.SignedInPageAsync("accountant");
        accountant.Dialog += async (_, d) => await d.AcceptAsync();
        await accountant.ClickAsync("#payment-reminders a[href='/Payments/Periods']");
        var november = await OpenAndComputeAsync(accountant, 11, 2026);
        await host.ScreenshotAsync(accountant, "payments-november-computed");
        var novLines = await LinesAsync(accountant);
        Assert.Equal(await StatAsync(accountant, "к выплате"), novLines.Sum(l => l.ToPay));

        // The bank register: header, one D line per payment to the bank, trailer with the count, the total and the weighted control sum.
        var bank = accountant.Locator("#files tbody tr", new() { HasText = "Банк:" }).First;
        var bik = (await bank.Locator("td").Nth(1).InnerTextAsync()).Trim();
        var bankCount = int.Parse(await bank.Locator("td").Nth(2).InnerTextAsync());
        var bankSum = Money(await bank.Locator("td").Nth(3).InnerTextAsync());
        Assert.Equal(novLines.Where(l => l.Details.Contains($"БИК {bik}") && l.ToPay > 0).Sum(l => l.ToPay), bankSum);
        var register = await accountant.RunAndWaitForDownloadAsync(() => bank.Locator("a[href*='handler=Bank']").ClickAsync());
        Assert.Equal($"reestr_{bik}_202611.txt", register.SuggestedFilename);
        var records = (await File.ReadAllTextAsync(await register.PathAsync()))
            .Split("\r\n", StringSplitOptions.RemoveEmptyEntries)
            .Select(r => r.Split('|'))
            .ToList();
        var (header, details, trailer) = (records[0], records[1..^1], records[^1]);
        Assert.Equal(new[] { "H", "1", "2026-11", bik }, new[] { header[0], header[1], header[4], header[5] });
        Assert.Equal(bankCount.ToString(CultureInfo.InvariantCulture), header[8]);
        Assert.Equal(bankCount, details.Count);
        Assert.All(details, d => Assert.Equal("D", d[0]));
        var sums = details.Select(d => decimal.Parse(d[5], CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(bankSum, sums.Sum());
        Assert.Equal("T", trailer[0]);
        Assert.Equal(bankCount.ToString(CultureInfo.InvariantCulture), trailer[1]);
        Assert.Equal(bankSum, decimal.Parse(trailer[2], CultureInfo.InvariantCulture));
        Assert.Equal(header[9], trailer[2]);
        Assert.Equal(sums.Select((s, i) => (i + 1L) * (long)(s * 100m)).Sum().ToString(CultureInfo.InvariantCulture), trailer[3]);

        // A post list (машинограмма) of one office: an .xlsx that opens, named in Russian, with the office's recipients and total.
        var post = accountant.Locator("#files tbody tr", new() { HasText = "Почта:" }).First;
        var index = (await post.Locator("td").Nth(1).InnerTextAsync()).Trim();
        var postSum = Money(await post.Locator("td").Nth(3).InnerTextAsync());
        var list = await accountant.RunAndWaitForDownloadAsync(() => post.Locator("a[href*='handler=Post']").ClickAsync());
        Assert.Equal($"Машинограмма ОПС {index} за ноябрь 2026.xlsx", list.SuggestedFilename);
        var cells = SheetCells(await list.PathAsync(), out var sheetName);
        Assert.Equal("Машинограмма", sheetName);
        Assert.Contains(cells, c => c.Contains(index));
        var postLines = novLines.Where(l => l.Details.Contains($"отделение {index}") && l.ToPay > 0).ToList();
        Assert.Equal(postSum, postLines.Sum(l => l.ToPay));
        Assert.All(postLines, l => Assert.Contains(l.Name, cells));
        Assert.Contains(cells, c => decimal.TryParse(c, NumberStyles.Number, CultureInfo.InvariantCulture, out var v) && v == postSum);

        await SignAsync(accountant, november);

        // The stop: a recipient paid by two assignments in November loses the right to one of them from before November.
        var stopped = novLines.GroupBy(l => l.CitizenId).First(g => g.Count() >= 2).OrderBy(l => l.Assignment).First();
        // The return: a bank payment of another recipient came back (account closed).
        await accountant.GotoAsync(november + "?method=Bank");
        var returnRow = accountant.Locator("#lines tbody tr", new() { Has = accountant.Locator("form.inline-return") })
            .Filter(new() { HasNot = accountant.Locator($"a[href='/Payments/Overpayments?citizenId={stopped.CitizenId}']") }).First;
        var returnedAssignment = (await returnRow.Locator("td").First.InnerTextAsync()).Trim();
        var returned = novLines.Single(l => l.Assignment == returnedAssignment && l.ToPay > 0);
        await returnRow.Locator("input[name=reason]").FillAsync("Счёт закрыт");
        await returnRow.Locator("button").ClickAsync();
        await Assertions.Expect(accountant.Locator(".alert.ok")).ToContainTextAsync("Возврат поставлен на учёт");

        var specialist = await host.SignedInPageAsync("specialist");
        await specialist.GotoAsync(november + "?q=" + Uri.EscapeDataString(stopped.Assignment));
        await specialist.Locator("#lines tbody tr a", new() { HasText = stopped.Assignment }).ClickAsync();
        await specialist.SelectOptionAsync("#groundCode", "NO-RIGHT");
        await specialist.FillAsync("#eventDate", "2026-10-20");
        await specialist.FillAsync("#document", "Решение об утрате права от 20.10.2026");
        await specialist.ClickAsync("#stop-form button");
        var warning = await specialist.Locator(".alert.ok").InnerTextAsync();
        Assert.Contains("За 11.2026 уже начислено " + Rub(stopped.Amount), warning);
        Assert.Contains("переплатой", warning);
        await host.ScreenshotAsync(specialist, "payments-late-stop");
        // The card shows November due 0,00 against what was accrued: the difference the next period recovers.
        var november2026 = specialist.Locator("#schedule tr.differs", new() { HasText = "ноябрь" });
        await Assertions.Expect(november2026).ToContainTextAsync(Rub(stopped.Amount));

        // December: the next month is offered; the run finds November overpaid by the whole November line of the stopped assignment and
        // withholds from the recipient's other December payments in the same run, each by no more than 20 % (the demo's parameter «УДЕРЖ»).
        await accountant.GotoAsync(host.BaseUrl + "/Payments/Periods");
        Assert.Equal("12", await accountant.InputValueAsync("#Month"));
        var december = await OpenAndComputeAsync(accountant, 12, 2026);
        await Assertions
            .Expect(accountant.Locator(".alert.warn", new() { HasText = "Выявлено переплат" }))
            .ToContainTextAsync($"1 на {Rub(stopped.Amount)}");
        await host.ScreenshotAsync(accountant, "payments-december-deduction");
        // The returned recipient is paid again to the same account in December: the card asks to check the details first (cl. 19.12).
        await Assertions.Expect(accountant.Locator("#details-in-doubt")).ToContainTextAsync("Получателей с невыясненным возвратом: 1");
        var decLines = await LinesAsync(accountant);
        var adjustment = Assert.Single(decLines, l => l.Assignment == stopped.Assignment);
        Assert.Equal(("11.2026", -stopped.Amount, 0m), (adjustment.Month, adjustment.Amount, adjustment.ToPay));
        Assert.Equal(decLines.Where(l => l.Amount > 0).Sum(l => l.Amount), await StatAsync(accountant, "начислено"));
        var left = AssertWithheld(decLines, stopped.CitizenId, stopped.Amount);
        Assert.True(left < stopped.Amount);
        Assert.Equal(decLines.Sum(l => l.Deduction), await StatAsync(accountant, "удержано (переплаты)"));
        await SignAsync(accountant, december);
        Assert.Equal(left, await BalanceAsync(accountant, stopped.CitizenId));

        // The details were corrected: the returned sum is paid again in January.
        await accountant.GotoAsync(host.BaseUrl + "/Payments/Returns?status=OnBooks");
        await accountant
            .Locator("#returns tr", new() { HasText = returnedAssignment })
            .Locator("button", new() { HasText = "Выплатить повторно" })
            .ClickAsync();
        await Assertions.Expect(accountant.Locator("#returns tr", new() { HasText = returnedAssignment })).ToContainTextAsync("к повторной выплате");

        // January withholds again from what is left, and pays the returned sum again.
        await accountant.GotoAsync(host.BaseUrl + "/Payments/Periods");
        await OpenAndComputeAsync(accountant, 1, 2027);
        await host.ScreenshotAsync(accountant, "payments-january-deduction");
        var janLines = await LinesAsync(accountant);
        var rest = AssertWithheld(janLines, stopped.CitizenId, left);
        Assert.Equal(janLines.Sum(l => l.Deduction), await StatAsync(accountant, "удержано (переплаты)"));
        var repaid = Assert.Single(janLines, l => l.Kind == "повторная выплата возврата");
        Assert.Equal((returned.Assignment, returned.ToPay), (repaid.Assignment, repaid.ToPay));
        Assert.Equal(rest, await BalanceAsync(accountant, stopped.CitizenId));

        // The yearly totals of 2026: the signed November and December, per measure; the returned sum is not counted as paid.
        await accountant.GotoAsync(host.BaseUrl + "/Payments/Totals?year=2026");
        await host.ScreenshotAsync(accountant, "payments-year-totals");
        var paid = novLines
            .Concat(decLines)
            .Where(l => l.ToPay > 0)
            .Select(l =>
                l with
                {
                    ToPay =
                        l.Assignment == returned.Assignment && l.Month == returned.Month && l.Kind == returned.Kind
                            ? l.ToPay - returned.ToPay
                            : l.ToPay,
                }
            )
            .Where(l => l.ToPay > 0)
            .ToList();
        var rows = await accountant.EvalOnSelectorAllAsync<string[][]>(
            "#year-totals tbody tr",
            "rs => rs.map(r => [...r.cells].map(c => c.innerText.trim()))"
        );
        var byMeasure = paid.GroupBy(l => l.Measure).ToList();
        Assert.Equal(byMeasure.Count + 1, rows.Length);
        foreach (var g in byMeasure)
        {
            var row = Assert.Single(rows, r => r[2] == g.Key);
            Assert.Equal(g.Select(l => l.CitizenId).Distinct().Count(), int.Parse(row[4]));
            Assert.Equal(g.Sum(l => l.ToPay), Money(row[5]));
        }
        var total = rows[^1];
        Assert.Equal("Итого", total[2]);
        Assert.Equal(paid.Select(l => l.CitizenId).Distinct().Count(), int.Parse(total[4]));
        Assert.Equal(paid.Sum(l => l.ToPay), Money(total[5]));
    }

    /// <summary>The citizen's positive lines are each withheld from by 20 % (rounded half away from zero), up to the balance; returns what
    /// is left.</summary>
    private static decimal AssertWithheld(IReadOnlyList<Line> lines, long citizenId, decimal balance)
    {
        var own = lines.Where(l => l.CitizenId == citizenId && l.Amount > 0).ToList();
        Assert.NotEmpty(own);
        foreach (var l in own)
        {
            var expected = Math.Min(Math.Round(l.Amount * 0.20m, 2, MidpointRounding.AwayFromZero), balance);
            Assert.Equal(expected, l.Deduction);
            Assert.Equal(l.Amount - l.Deduction, l.ToPay);
            balance -= expected;
        }
        return balance;
    }

    private sealed record Line(string Assignment, long CitizenId, string Name, string Measure, string Month, string Kind, decimal Amount,
        decimal Deduction, decimal ToPay, string Details);

    /// <summary>Opens the month on the periods page and computes it; returns the period card's address.</summary>
    private static async Task<string> OpenAndComputeAsync(IPage page, int month, int year)
    {
        await page.SelectOptionAsync("#Month", month.ToString(CultureInfo.InvariantCulture));
        await page.FillAsync("#Year", year.ToString(CultureInfo.InvariantCulture));
        await page.ClickAsync("#open-period button");
        await Assertions.Expect(page.Locator("#stage")).ToHaveTextAsync("открыт");
        var card = page.Url;
        await page.ClickAsync("#compute");
        await Assertions.Expect(page.Locator("#stage")).ToHaveTextAsync("рассчитан");
        return card;
    }

    /// <summary>The chief accountant and then the head sign (seed 002 cl. 19.7): only then a return can be registered on its lines.</summary>
    private async Task SignAsync(IPage accountant, string card)
    {
        await accountant.GotoAsync(card);
        await accountant.ClickAsync("#approve");
        await Assertions.Expect(accountant.Locator("#stage")).ToHaveTextAsync("рассчитан, подписан главным бухгалтером");
        var head = await host.SignedInPageAsync("head");
        head.Dialog += async (_, d) => await d.AcceptAsync();
        await Assertions.Expect(head.Locator("#payment-reminders")).ToContainTextAsync("ждёт вашей подписи");
        await head.GotoAsync(card);
        await head.ClickAsync("#approve");
        await Assertions.Expect(head.Locator("#stage")).ToHaveTextAsync("подписан");
        await head.Context.CloseAsync();
        await accountant.GotoAsync(card);
    }

    /// <summary>Every line of the period card (a demo month has fewer than a page of them; checked against the card's count).</summary>
    private static async Task<List<Line>> LinesAsync(IPage page)
    {
        var rows = await page.EvalOnSelectorAllAsync<string[][]>("#lines tbody tr",
            "rs => rs.map(r => [...r.cells].map(c => c.innerText.trim()).concat([r.cells[1].querySelector('a').getAttribute('href')]))");
        var lines = rows.Select(r => new Line(
                r[0],
                long.Parse(r[^1].Split('=')[1], CultureInfo.InvariantCulture),
                r[1],
                r[2],
                r[3],
                r[4],
                Money(r[5]),
                r[6].Length == 0 ? 0m : Money(r[6]),
                Money(r[7]),
                r[8]
            ))
            .ToList();
        Assert.Equal((int)await StatAsync(page, "строк"), lines.Count);
        return lines;
    }

    private static async Task<decimal> StatAsync(IPage page, string label) =>
        Money(
            await page.Locator("#period-totals .stat", new() { Has = page.Locator(".label", new() { HasTextString = label }) })
                .First.Locator(".value")
                .InnerTextAsync()
        );

    private async Task<decimal> BalanceAsync(IPage page, long citizenId)
    {
        await page.GotoAsync($"{host.BaseUrl}/Payments/Overpayments?citizenId={citizenId}");
        var cells = await page.Locator("#overpayments tbody tr").First.Locator("td").AllInnerTextsAsync();
        return Money(cells[5]);
    }

    private static decimal Money(string text)
    {
        var digits = new string(text.Where(c => char.IsDigit(c) || c is ',' or '-').ToArray());
        return decimal.Parse(digits.Replace(',', '.'), CultureInfo.InvariantCulture);
    }

    private static string Rub(decimal v) => RussianFormat.Money(v);

    private static List<string> SheetCells(string path, out string sheetName)
    {
        using var xlsx = SpreadsheetDocument.Open(path, false);
        var book = xlsx.WorkbookPart!;
        var sheet = book.Workbook.Descendants<Sheet>().First();
        sheetName = sheet.Name!.Value!;
        var strings = book.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
        var part = (WorksheetPart)book.GetPartById(sheet.Id!.Value!);
        return part
            .Worksheet.Descendants<Cell>()
            .Select(c =>
                c.DataType?.Value == CellValues.SharedString ? strings[int.Parse(c.CellValue!.Text, CultureInfo.InvariantCulture)]
                : c.DataType?.Value == CellValues.InlineString ? c.InnerText
                : c.CellValue?.Text ?? ""
            )
            .ToList();
    }
}
