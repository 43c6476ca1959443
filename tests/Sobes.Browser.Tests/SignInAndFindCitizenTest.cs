using Microsoft.Playwright;

namespace Sobes.Browser.Tests;

/// <summary>A specialist signs in, finds a citizen by surname and opens the card — in a real headless Chromium.</summary>
[Collection(BrowserCollection.Name)]
public class SignInAndFindCitizenTest(BrowserHost host)
{
    [Fact]
    public async Task Specialist_signs_in_finds_a_citizen_and_opens_the_card()
    {
        var page = await host.NewPageAsync();
        await page.GotoAsync(host.BaseUrl + "/Registry/Citizens");
        Assert.Contains("/Account/Login", page.Url);

        await page.FillAsync("#login", "specialist");
        await page.FillAsync("#password", "Demo-2026");
        await page.ClickAsync("#signin");
        // Polls the URL (WaitForURL also awaits a load event that a fast redirect can beat under load).
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Registry/Citizens$"));
        await page.WaitForSelectorAsync("#search");

        await page.FillAsync("#q", "Иванов");
        await page.ClickAsync("#search button[type=submit]");
        await page.WaitForSelectorAsync("#results");
        var first = page.Locator("#results tbody tr a").First;
        var name = (await first.InnerTextAsync()).Trim();
        Assert.StartsWith("Иванов", name);
        await host.ScreenshotAsync(page, "search");

        await first.ClickAsync();
        await page.WaitForSelectorAsync("#citizen-name");
        Assert.Equal(name, (await page.InnerTextAsync("#citizen-name")).Trim());
        Assert.Contains("СНИЛС", await page.InnerTextAsync("#personal"));
        await host.ScreenshotAsync(page, "card");

        await page.ClickAsync("nav.tabs >> text=История изменений");
        await page.WaitForSelectorAsync("#history");
        Assert.Contains("Создание", await page.InnerTextAsync("#history"));
    }

    [Fact]
    public async Task Wrong_password_shows_a_russian_error_and_stays_on_the_sign_in_page()
    {
        var page = await host.NewPageAsync();
        await page.GotoAsync(host.BaseUrl + "/Account/Login");
        await page.FillAsync("#login", "specialist");
        await page.FillAsync("#password", "wrong");
        await page.ClickAsync("#signin");
        await page.WaitForSelectorAsync(".alert.err");
        Assert.Contains("Неверный логин или пароль", await page.InnerTextAsync(".alert.err"));
        Assert.Contains("/Account/Login", page.Url);
    }
}
