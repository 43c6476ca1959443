namespace Sobes.Browser.Tests;

/// <summary>
/// The foundation's "done when" walk: a specialist finds and edits a citizen, sees the change in the
/// card's history; the auditor sees the same change in the audit log filtered by that citizen.
/// </summary>
[Collection(BrowserCollection.Name)]
public class EditCitizenAndSeeHistoryTest(BrowserHost host)
{
    [Fact]
    public async Task Specialist_edits_a_citizen_and_the_change_shows_in_history_and_audit_log()
    {
        var page = await host.SignedInPageAsync("specialist");
        await page.GotoAsync(host.BaseUrl + "/Registry/Citizens?page=2");
        await page.Locator("#results tbody tr a").First.ClickAsync();
        await page.WaitForSelectorAsync("#citizen-name");
        var cardUrl = page.Url;
        var citizenId = cardUrl.Split('/').Last().Split('?')[0];

        await page.ClickAsync("#edit");
        await page.WaitForSelectorAsync("#citizen-form");
        var newPhone = "+7 351 492-" + Random.Shared.Next(10, 99) + "-" + Random.Shared.Next(10, 99);
        await page.FillAsync("#Input_Phone", newPhone);
        await page.ClickAsync("#save");
        await page.WaitForSelectorAsync(".alert.ok");
        Assert.Contains(newPhone, await page.InnerTextAsync("#personal"));

        await page.GotoAsync(cardUrl + "?tab=history");
        var history = await page.InnerTextAsync("#history");
        Assert.Contains("Телефон", history);
        Assert.Contains(newPhone, history);
        await host.ScreenshotAsync(page, "history");

        var auditor = await host.SignedInPageAsync("auditor");
        await auditor.GotoAsync($"{host.BaseUrl}/Admin/Audit?citizenId={citizenId}&action=Update");
        var log = await auditor.InnerTextAsync("#audit");
        Assert.Contains("specialist", log);
        Assert.Contains(newPhone, log);
        await host.ScreenshotAsync(auditor, "audit");
    }

    [Fact]
    public async Task A_wrong_snils_is_refused_with_a_russian_message_next_to_the_field_and_nothing_is_saved()
    {
        var page = await host.SignedInPageAsync("specialist");
        await page.GotoAsync(host.BaseUrl + "/Registry/Citizens/Edit");
        await page.FillAsync("#Input_Surname", "Проверочный");
        await page.FillAsync("#Input_Name", "Тест");
        await page.FillAsync("#Input_BirthDate", "1970-05-06");
        await page.SelectOptionAsync("#Input_Sex", "Male");
        await page.FillAsync("#Input_Snils", "112-233-445 96");
        await page.ClickAsync("#save");
        await page.WaitForSelectorAsync("#errors");
        Assert.Contains("контрольная сумма СНИЛС", await page.InnerTextAsync("#errors"));
        Assert.Contains("input-validation-error", await page.GetAttributeAsync("#Input_Snils", "class") ?? "");
        await host.ScreenshotAsync(page, "snils-error");

        await page.GotoAsync(host.BaseUrl + "/Registry/Citizens?q=" + Uri.EscapeDataString("Проверочный"));
        Assert.Contains("Никого не найдено", await page.InnerTextAsync("main"));
    }
}
