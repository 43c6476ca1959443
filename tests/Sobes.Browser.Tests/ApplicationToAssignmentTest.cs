using DocumentFormat.OpenXml.Packaging;
using Microsoft.Playwright;

namespace Sobes.Browser.Tests;

/// <summary>
/// The measures issue's "done when" walk: a specialist registers an application of a demo citizen for a measure of seed 000,
/// sees the missing documents, records an interagency answer, prepares and endorses the decision; the head signs it; the notice
/// downloads as a .docx holding the amount; the assignment appears with its amount. An administrator adds a measure and indexes
/// an existing one from the catalogue pages, and the active assignments are recalculated.
/// </summary>
[Collection(BrowserCollection.Name)]
public class ApplicationToAssignmentTest(BrowserHost host)
{
    [Clause("000", "7.35")]
    [Fact]
    public async Task Specialist_registers_and_head_grants_an_application_and_the_assignment_appears()
    {
        var page = await host.SignedInPageAsync("specialist");
        await page.GotoAsync(host.BaseUrl + "/Applications/New");
        await page.FillAsync("#q", "Смирнов");
        await page.ClickAsync("#search button");
        await page.Locator("#found a").First.ClickAsync();

        var regulation = await page.Locator("#regulation option", new() { HasText = "праздничным" }).First.GetAttributeAsync("value");
        await page.SelectOptionAsync("#regulation", regulation!);
        await page.WaitForSelectorAsync("#application");
        await page.Locator("#measures tr", new() { HasText = "Дню пожилого" }).Locator("input[type=checkbox]").CheckAsync();
        await page.SelectOptionAsync("#paymentMethod", "Post");
        await page.ClickAsync("#register");
        await page.WaitForSelectorAsync("#checklist");
        Assert.Contains("Не хватает", await page.InnerTextAsync("#checklist"));
        await host.ScreenshotAsync(page, "application-registered");

        // The СНИЛС is asked of the pension fund (СФР) by an interagency request; its confirming answer marks the document received.
        await page.Locator("#checklist tr", new() { HasText = "СНИЛС" })
            .Locator("form", new() { HasText = "Запросить" })
            .Locator("button")
            .ClickAsync();
        await page.WaitForSelectorAsync("#requests form.answer");
        await page.FillAsync("#requests form.answer input[name='answer.Answer']", "Сведения о СНИЛС подтверждены");
        await page.ClickAsync("#requests form.answer button");
        await page.WaitForSelectorAsync("#requests .badge.ok");

        var mandatory = page.Locator("#checklist tr", new() { HasText = "· обязательный" }).Locator("form.receive");
        while (await mandatory.CountAsync() > 0)
        {
            var before = await mandatory.CountAsync();
            await mandatory.First.Locator("button").ClickAsync();
            await Assertions.Expect(mandatory).ToHaveCountAsync(before - 1);
        }
        Assert.Contains("осталось", await page.InnerTextAsync("#deadline"));

        await page.SelectOptionAsync("select[name='draft.Items[0].Outcome']", "Grant");
        await page.ClickAsync("#save-draft");
        await page.WaitForSelectorAsync("#visa");
        await page.ClickAsync("#visa");
        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("подпис");
        var card = page.Url;
        var applicationNumber = (await page.Locator("h1").InnerTextAsync()).Split(' ')[1];

        var head = await host.SignedInPageAsync("head");
        await head.GotoAsync(host.BaseUrl + "/Applications/Queue");
        Assert.Contains(applicationNumber, await head.InnerTextAsync("main"));
        await head.GotoAsync(card);
        await head.ClickAsync("#sign");
        await Assertions.Expect(head.Locator("#status")).ToContainTextAsync("Решение принято");
        Assert.Contains("700,00", await head.InnerTextAsync("#draft"));
        await host.ScreenshotAsync(head, "application-signed");

        var download = await head.RunAndWaitForDownloadAsync(() => head.ClickAsync("#notice-docx"));
        var path = await download.PathAsync();
        using (var docx = WordprocessingDocument.Open(path, false))
        {
            var text = docx.MainDocumentPart!.Document!.InnerText;
            Assert.Contains("700,00", text);
        }

        var number = await head.Locator("#draft .badge.ok", new() { HasText = "назначение" }).InnerTextAsync();
        await head.GotoAsync(host.BaseUrl + "/Measures/Assignments?number=" + Uri.EscapeDataString(number.Replace("назначение", "").Trim()));
        var list = await head.InnerTextAsync("main");
        Assert.Contains("700,00", list);
        Assert.Contains("дню пожилого", list, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Administrator_adds_a_measure_and_indexes_an_amount_and_active_assignments_are_recalculated()
    {
        var page = await host.SignedInPageAsync("admin", "Admin-2026");
        await page.GotoAsync(host.BaseUrl + "/Measures/Catalogue/New");
        var code = "EDV-NEW-" + Random.Shared.Next(1000, 9999);
        await page.FillAsync("#code", code);
        await page.FillAsync("#short", "Новая ежемесячная выплата");
        await page.FillAsync("#name", "Ежемесячная денежная выплата, введённая новым законом (проверка)");
        await page.SelectOptionAsync("#kind", "Monthly");
        await page.SelectOptionAsync("#funding", "Regional");
        await page.SelectOptionAsync("#rule", "Fixed");
        await page.FillAsync("#validFrom", "2027-01-01");
        await page.FillAsync("#value", "1500");
        await page.FillAsync("#actNumber", "999-ЗО");
        await page.FillAsync("#actDate", "2026-11-20");
        await page.ClickAsync("#create");
        await page.WaitForSelectorAsync("#indexation");
        Assert.Contains(code, await page.InnerTextAsync("main"));
        Assert.Contains("1\u00a0500,00", await page.InnerTextAsync("main"));

        await page.GotoAsync(host.BaseUrl + "/Measures/Catalogue");
        await page.Locator("a", new() { HasTextString = "ЕДВ ветеранам труда" }).First.ClickAsync();
        await page.WaitForSelectorAsync("#indexation");
        await page.FillAsync("#validFrom", "2027-01-01");
        await page.FillAsync("#value", "1579.26");
        await page.FillAsync("#actNumber", "1000-ЗО");
        await page.FillAsync("#actDate", "2026-11-20");
        await page.FillAsync("#note", "индексация на 1,04");
        await page.ClickAsync("#save-amount");
        await page.WaitForSelectorAsync(".alert");
        var message = await page.InnerTextAsync("main");
        var recalculated = System.Text.RegularExpressions.Regex.Match(message, @"Пересчитано назначений:\s*(\d+)");
        Assert.True(recalculated.Success, message);
        Assert.True(int.Parse(recalculated.Groups[1].Value) > 0, message);
        await host.ScreenshotAsync(page, "measure-indexed");
    }
}
