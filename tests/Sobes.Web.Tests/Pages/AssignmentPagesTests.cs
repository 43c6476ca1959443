using System.Net;
using Sobes.Web.Tests.Hosting;
using Sobes.Web.Tests.Measures;
using Sobes.Web.Tests.Support;

namespace Sobes.Web.Tests.Pages;

/// <summary>The assignments list and card (/Measures/Assignments) and the «Назначения» tab of the citizen's card.</summary>
public sealed class AssignmentPagesTests(Hosts hosts) : WebTest(hosts)
{
    /// <summary>The page's HTML with Russian digit-group separators (no-break spaces) read as plain spaces.</summary>
    private static async Task<string> PageAsync(HttpClient client, string url) =>
        Plain(await (await client.GetAsync(url).Expect(HttpStatusCode.OK)).Content.ReadAsStringAsync());

    private static string Plain(string html) => html.Replace('\u00A0', ' ').Replace('\u202F', ' ').Replace("&#xA0;", " ").Replace("&nbsp;", " ");

    [Clause("002", "8.1.9")]
    [Fact]
    public async Task The_card_shows_the_schedule_and_stops_on_a_seed002_ground_with_Russian_errors_on_bad_input()
    {
        var host = await HostAsync(Db.Sqlite);
        var id = await AssignmentScenario.FosterAsync(host, new DateOnly(2025, 3, 17), new DateOnly(2015, 6, 1));
        var specialist = await host.SignInPagesAsync("specialist");
        var url = $"/Measures/Assignments/Card/{id}";
        var card = await PageAsync(specialist, url + "?year=2025");
        Assert.Contains("Выплата по месяцам, 2025 год", card);
        Assert.Contains("2 143,74 ₽", card); // 4430.40 × 15 / 31 = 66456 / 31 = 2143.7419… (March 2025, from the 17th)
        Assert.Contains("п. 8.1 подп. 9: усыновления (удочерения) ребенка", card);

        // No ground and no event date: the form comes back with Russian messages and nothing is stopped.
        var bad = await (await specialist.PostAsync($"{url}?handler=Stop", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = LoginForm.AntiforgeryToken(card), ["stop.Document"] = "без основания",
        })).Expect(HttpStatusCode.OK)).Content.ReadAsStringAsync();
        bad = Plain(bad);
        Assert.Contains("Выберите основание прекращения из перечня меры.", bad);
        Assert.Contains("Укажите дату события, которое прекращает выплату.", bad);
        Assert.Contains("выплачивается", bad);

        await specialist.PostAsync($"{url}?handler=Stop", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = LoginForm.AntiforgeryToken(card), ["stop.GroundCode"] = AssignmentScenario.GroundCode(9),
            ["stop.EventDate"] = "2025-08-05", ["stop.Document"] = "Решение суда об усыновлении № 2-115/2025", ["stop.RegisteredOn"] = "2025-08-11",
        })).Expect(HttpStatusCode.Redirect);
        card = await PageAsync(specialist, url);
        Assert.Contains("прекращена с 01.09.2025", card);
        Assert.Contains("Решение суда об усыновлении № 2-115/2025", card);
        Assert.DoesNotContain("id=\"stop-form\"", card);

        // Read-only and other organisations: no forms; another district does not see the card.
        Assert.DoesNotContain("id=\"suspend-form\"", await PageAsync(await host.SignInPagesAsync("inspector"), url));
        await (await host.SignInPagesAsync("varna")).GetAsync(url).Expect(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_list_filters_and_totals_and_the_citizen_card_has_an_assignments_tab()
    {
        var host = await HostAsync(Db.Sqlite);
        var recipient = await AssignmentScenario.CitizenAsync(host, new DateOnly(1979, 7, 7));
        var id = await AssignmentScenario.GrantAsync(
            host,
            "head",
            AssignmentScenario.PerChild,
            recipient,
            null,
            new DateOnly(2025, 1, 1),
            null,
            children: 3
        );
        var head = await host.SignInPagesAsync("head");
        var list = await PageAsync(head, $"/Measures/Assignments?citizenId={recipient}&status=Active");
        Assert.Contains($"/Measures/Assignments/Card/{id}", list);
        Assert.Contains("3 000,00 ₽", list);
        Assert.Contains("<div class=\"value\">1</div>", list);
        var tab = await PageAsync(head, $"/Registry/Citizens/Card/{recipient}?tab=assignments");
        Assert.Contains($"/Measures/Assignments/Card/{id}", tab);
        Assert.Contains("получатель", tab);
    }
}
