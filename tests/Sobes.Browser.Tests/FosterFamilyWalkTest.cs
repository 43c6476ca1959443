using System.Diagnostics;
using System.Globalization;
using Microsoft.Playwright;

namespace Sobes.Browser.Tests;

/// <summary>
/// The foster-family issue's "done when" walk in the Varna district (seed 002), as a new user would do it through the pages:
/// the specialist registers a contract for Кузнецова Н. П. with the three demo children in care (Артём is under three, Дарья and Кирилл are schooled,
/// Кирилл turns 18 on 10.12.2026), registers the family's application from the contract, receives the documents, fills the draft from the
/// contract and endorses it; the head signs. The chief accountant opens November 2026 (Varna's first month in the system) and the run pays the
/// six payments of cl. 4 to the kopeck. Дарья's placement into an institution from 20.11.2026 is registered after November was paid (cl. 8.1
/// subcl. 2): December finds the overpayment and recovers all of it, and pays Кирилл up to the day before his 18th birthday with nobody
/// registering it (cl. 8.1 subcl. 1); January pays Артём alone. A complaint about the amount is registered and answered within its 30 days
/// (section V). Every print form downloaded on the way opens in LibreOffice. Varna's payment periods are opened by no other browser test.
/// </summary>
[Collection(BrowserCollection.Name)]
public class FosterFamilyWalkTest(BrowserHost host)
{
    private static readonly CultureInfo Ru = CultureInfo.GetCultureInfo("ru-RU");

    [Clause("002", "4")]
    [Clause("002", "8.1.1")]
    [Clause("002", "8.1.2")]
    [Clause("002", "10.1")]
    [Clause("002", "14")]
    [Clause("002", "15")]
    [Clause("002", "23.1.2")]
    [Clause("002", "23.9")]
    [Clause("002", "V")]
    [Fact]
    public async Task A_foster_family_of_three_is_registered_paid_stopped_recovered_and_its_complaint_answered()
    {
        var specialist = await host.SignedInPageAsync("varna");
        specialist.Dialog += async (_, d) => await d.AcceptAsync();
        var contract = await RegisterContractAsync(specialist);
        var application = await ApplyAndEndorseAsync(specialist);

        var head = await host.SignedInPageAsync("varna.head");
        head.Dialog += async (_, d) => await d.AcceptAsync();
        await head.GotoAsync(application);
        await head.ClickAsync("#sign");
        await Assertions.Expect(head.Locator("#status")).ToContainTextAsync("Решение принято");
        await host.ScreenshotAsync(head, "foster-application-signed");
        await OpensInLibreOfficeAsync(head, application.Replace("/Applications/Card/", "/api/v1/applications/") + "/decision.docx", "решение");
        await OpensInLibreOfficeAsync(head, application.Replace("/Applications/Card/", "/api/v1/applications/") + "/notice.docx", "уведомление");
        await OpensInLibreOfficeAsync(
            head,
            application.Replace("/Applications/Card/", "/api/v1/applications/") + "/application-form.docx?appendix=2",
            "заявление (прил. 2)"
        );
        await OpensInLibreOfficeAsync(head, host.BaseUrl + "/api/v1/applications/journal.docx", "журнал заявлений (прил. 7)");
        await OpensInLibreOfficeAsync(head, host.BaseUrl + "/api/v1/applications/refusals.docx", "журнал отказов (прил. 13)");

        // Seed 002 cl. 4 in November 2026, placed on the 2nd: 29 of 30 days. Per child 4 000 + 172,32 + 1 580 (Varna's housing standard for 2026,
        // demo value), travel 262,65 for the two schooled, furniture 36 669,00 for the two placed for a year or more (Кирилл turns 18 within it),
        // the remuneration 4 260 × (1 + 0,15 × 2 + 0,20 × 1) × 1,15 = 7 348,50.
        decimal Days(decimal monthly, int days, int of) => Math.Round(monthly * days / of, 2, MidpointRounding.AwayFromZero);
        var perChild = Days(4000m, 29, 30) + Days(172.32m, 29, 30) + Days(1580m, 29, 30);
        var november = 3 * perChild + 2 * Days(262.65m, 29, 30) + 2 * 36669.00m + Days(7348.50m, 29, 30);
        Assert.Equal(97631.09m, november);

        var accountant = await host.SignedInPageAsync("varna.buh");
        accountant.Dialog += async (_, d) => await d.AcceptAsync();
        var novemberCard = await OpenAndComputeAsync(accountant, 11, 2026);
        var novLines = await FamilyLinesAsync(accountant, novemberCard);
        Assert.Equal(november, novLines.Sum(l => l.Amount));
        Assert.Equal(14, novLines.Count);  // 3 × 3 per child + 2 travel + 2 furniture + 1 remuneration
        await host.ScreenshotAsync(accountant, "foster-november-lines");
        await SignAsync(accountant, head, novemberCard);

        // Cl. 8.1 subcl. 2, registered late: Дарья went to an institution on 20 November.
        await specialist.GotoAsync(contract);
        await specialist.SelectOptionAsync("#lchild", new SelectOptionValue { Label = "Смирнова Дарья Игоревна" });
        await specialist.SelectOptionAsync("#lground", "STATE-CARE");
        await specialist.FillAsync("#ldate", "2026-11-20");
        await specialist.FillAsync("#ldoc", "Постановление администрации о помещении под надзор № 412 от 20.11.2026");
        await specialist.FillAsync("#linst", "ГКУ «Центр помощи детям, оставшимся без попечения родителей» г. Челябинск");
        await specialist.ClickAsync("#leave-form button[type=submit]");
        await Assertions.Expect(specialist.Locator(".alert").First).ToContainTextAsync("Выбытие");
        await host.ScreenshotAsync(specialist, "foster-leaving-registered");

        // December: Дарья's 20–30 November comes back as an overpayment (11 of the 18 + 11 days she was paid for), the remuneration of
        // 20–30 November drops to Д = 2; Кирилл is paid 1–9 December; the overpayment is withheld from the family's December lines at once.
        var overpaid = new[] { 4000m, 172.32m, 1580m, 262.65m }.Sum(x => Days(x, 29, 30) - Days(x, 18, 30))
                       + (Days(7348.50m, 29, 30) - Math.Round((7348.50m * 18 + 6613.65m * 11) / 30, 2, MidpointRounding.AwayFromZero));
        Assert.Equal(2474.94m, overpaid);
        var decemberCard = await OpenAndComputeAsync(accountant, 12, 2026);
        var decLines = await FamilyLinesAsync(accountant, decemberCard);
        await host.ScreenshotAsync(accountant, "foster-december-lines");
        Assert.Equal(-overpaid, decLines.Where(l => l.Amount < 0).Sum(l => l.Amount));
        Assert.Equal(overpaid, decLines.Sum(l => l.Deduction));
        Assert.Contains(decLines, l => l.Measure.Contains("Содержание") && l.Month == "12.2026" && l.Amount == Days(4000m, 9, 31));  // 1 161,29
        var remunerationDecember = Math.Round((6613.65m * 9 + 5878.80m * 22) / 31, 2, MidpointRounding.AwayFromZero);
        Assert.Contains(decLines, l => l.Measure.Contains("Оплата труда") && l.Month == "12.2026" && l.Amount == remunerationDecember);  // 6 092,14
        Assert.Equal(0m, await OverpaymentBalanceAsync(accountant));
        await SignAsync(accountant, head, decemberCard);

        var januaryCard = await OpenAndComputeAsync(accountant, 1, 2027);
        var janLines = await FamilyLinesAsync(accountant, januaryCard);
        // Артём alone: 4 000 + 172,32 + 1 580 and the remuneration 4 260 × 1,20 × 1,15 = 5 878,80; nothing for Кирилл (18) or Дарья.
        Assert.Equal(5752.32m + 5878.80m, janLines.Sum(l => l.Amount));
        Assert.Equal(4, janLines.Count);

        await ComplaintAnsweredInTimeAsync(specialist, application);
    }

    private async Task<string> RegisterContractAsync(IPage page)
    {
        await page.GotoAsync(host.BaseUrl + "/Guardianship/Contracts");
        await page.ClickAsync("#new-contract");
        await page.FillAsync("#q", "Кузнецова Нат");
        await page.ClickAsync("#search button");
        await page.Locator("#found a").First.ClickAsync();
        await page.FillAsync("#number", "7-ПС");
        await page.FillAsync("#concluded", "2026-11-02");
        await page.FillAsync("#from", "2026-11-02");
        await page.FillAsync("#to", "2029-11-01");
        foreach (var name in new[] { "Смирнов Артём", "Смирнова Дарья", "Волков Кирилл" })
            await page.Locator("#candidates tr", new() { HasText = name }).Locator("input[type=checkbox]").CheckAsync();
        await page.ClickAsync("#save");
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("№ 7-ПС");
        await host.ScreenshotAsync(page, "foster-contract");
        return page.Url;
    }

    /// <summary>Seed 002 cl. 14–15: the application from the contract, documents of cl. 10.1, the draft from the contract, the visa.</summary>
    private async Task<string> ApplyAndEndorseAsync(IPage page)
    {
        await page.ClickAsync("#family-payments-link");
        Assert.Contains("передан(а) на срок менее года", await page.InnerTextAsync("#plan"));
        await host.ScreenshotAsync(page, "foster-family-plan");
        await page.ClickAsync("#apply");
        await page.WaitForSelectorAsync("#checklist");
        var mandatory = page.Locator("#checklist tr", new() { HasText = "· обязательный" }).Locator("form.receive");
        while (await mandatory.CountAsync() > 0)
        {
            var before = await mandatory.CountAsync();
            var form = mandatory.First;
            if (await form.Locator("input[name='receive.IssuedOn']").CountAsync() > 0)
                await form.Locator("input[name='receive.IssuedOn']").FillAsync("2026-11-20");
            await form.Locator("input[name='receive.Details']").FillAsync("предъявлен, копия заверена");
            await form.Locator("button").ClickAsync();
            await Assertions.Expect(mandatory).Not.ToHaveCountAsync(before);
        }
        await page.ClickAsync("#draft-from-contract");
        await Assertions.Expect(page.Locator(".alert").First).ToContainTextAsync("заполнен по договору");
        Assert.Contains("7\u00a0348,50", await page.InnerTextAsync("#draft"));
        await page.ClickAsync("#visa");
        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("подпис");
        return page.Url;
    }

    private async Task<string> OpenAndComputeAsync(IPage page, int month, int year)
    {
        await page.GotoAsync(host.BaseUrl + "/Payments/Periods");
        await page.SelectOptionAsync("#Month", month.ToString(CultureInfo.InvariantCulture));
        await page.FillAsync("#Year", year.ToString(CultureInfo.InvariantCulture));
        await page.ClickAsync("#open-period button");
        await Assertions.Expect(page.Locator("#stage")).ToHaveTextAsync("открыт");
        var card = page.Url;
        await page.ClickAsync("#compute");
        await Assertions.Expect(page.Locator("#stage")).ToHaveTextAsync("рассчитан");
        return card;
    }

    private async Task SignAsync(IPage accountant, IPage head, string card)
    {
        await accountant.GotoAsync(card);
        await accountant.ClickAsync("#approve");
        await Assertions.Expect(accountant.Locator("#stage")).ToContainTextAsync("подписан главным бухгалтером");
        await head.GotoAsync(card);
        await head.ClickAsync("#approve");
        await Assertions.Expect(head.Locator("#stage")).ToHaveTextAsync("подписан");
    }

    private sealed record Line(string Measure, string Month, decimal Amount, decimal Deduction);

    /// <summary>The family's lines of a period: those paid to Кузнецова Н. П.</summary>
    private static async Task<List<Line>> FamilyLinesAsync(IPage page, string card)
    {
        await page.GotoAsync(card + "?q=" + Uri.EscapeDataString("Кузнецова Наталья"));
        var rows = await page.EvalOnSelectorAllAsync<string[][]>("#lines tbody tr", "rs => rs.map(r => [...r.cells].map(c => c.innerText.trim()))");
        return rows.Select(r => new Line(r[2], r[3], Money(r[5]), r[6].Length == 0 ? 0m : Money(r[6]))).ToList();
    }

    private async Task<decimal> OverpaymentBalanceAsync(IPage page)
    {
        await page.GotoAsync(host.BaseUrl + "/Payments/Overpayments");
        var rows = page.Locator("#overpayments tbody tr", new() { HasText = "Кузнецова" });
        var balance = 0m;
        for (var i = 0; i < await rows.CountAsync(); i++) balance += Money((await rows.Nth(i).Locator("td").AllInnerTextsAsync())[5]);
        Assert.True(await rows.CountAsync() > 0, "Переплата семьи не выявлена.");
        return balance;
    }

    /// <summary>Section V: a complaint about the amount (cl. 23.1 subcl. 2), 30 days to answer (cl. 23.9), answered within them.</summary>
    private async Task ComplaintAnsweredInTimeAsync(IPage page, string application)
    {
        await page.GotoAsync(application);
        await page.ClickAsync("#register-complaint");
        await page.FillAsync("#receivedOn", DateTime.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.CheckAsync("input[name='Input.Subject'][value='AmountCorrectness']");
        await page.FillAsync("#text", "Не согласна с размером оплаты труда приёмного родителя за ноябрь: прошу проверить расчёт.");
        await page.ClickAsync("#register");
        await page.WaitForSelectorAsync("#due");
        var due = DateOnly.ParseExact(await page.InnerTextAsync("#due"), "dd.MM.yyyy", Ru);
        Assert.True(due >= DateOnly.FromDateTime(DateTime.Today).AddDays(30), $"Срок ответа {due:dd.MM.yyyy} короче 30 дней.");
        await page.CheckAsync("input[name='answer.Decision'][value='Refused']");
        await page.FillAsync("#answered-on", DateTime.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.FillAsync(
            "#answer-text",
            "Размер оплаты труда рассчитан по п. 4 регламента: 4 260 × (1 + 0,15 × 2 + 0,20 × 1) × 1,15 = 7 348,50 ₽ за полный " +
                "месяц; за ноябрь — 29 дней из 30."
        );
        await page.ClickAsync("#answer-submit");
        await Assertions.Expect(page.Locator("#decision")).Not.ToBeEmptyAsync();
        Assert.Equal(0, await page.Locator("#late").CountAsync());
        await host.ScreenshotAsync(page, "foster-complaint-answered");
        await OpensInLibreOfficeAsync(page, page.Url.Replace("/Appeals/Card/", "/api/v1/appeals/") + "/answer.docx", "ответ на жалобу");
        await OpensInLibreOfficeAsync(page, host.BaseUrl + "/api/v1/appeals/journal.docx", "журнал жалоб");
    }

    /// <summary>Downloads a form with the signed-in user's session and converts it to PDF with LibreOffice Writer.</summary>
    private static async Task OpensInLibreOfficeAsync(IPage page, string url, string what)
    {
        var response = await page.Context.APIRequest.GetAsync(url);
        Assert.True(response.Ok, $"{what}: {url} → {response.Status}");
        var soffice = new[] { "/usr/bin/libreoffice", "/usr/bin/soffice" }.FirstOrDefault(File.Exists);
        Assert.True(soffice is not null, "LibreOffice не установлен: запустите тесты через scripts/test.sh.");
        var dir = Directory.CreateTempSubdirectory("sobes-walk-");
        var docx = Path.Combine(dir.FullName, "form.docx");
        await File.WriteAllBytesAsync(docx, await response.BodyAsync());
        using (var process = Process.Start(new ProcessStartInfo(soffice!, ["--headless", "--convert-to", "pdf", "--outdir", dir.FullName, docx])
        { RedirectStandardOutput = true, RedirectStandardError = true, Environment = { ["HOME"] = dir.FullName } })!)
            await process.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromMinutes(2)).Token);
        var pdf = Path.Combine(dir.FullName, "form.pdf");
        Assert.True(File.Exists(pdf) && new FileInfo(pdf).Length > 1000, $"{what}: LibreOffice не открыл .docx");
        dir.Delete(recursive: true);
    }

    private static decimal Money(string text)
    {
        var digits = new string(text.Where(c => char.IsDigit(c) || c is ',' or '-').ToArray());
        return decimal.Parse(digits.Replace(',', '.'), CultureInfo.InvariantCulture);
    }
}
