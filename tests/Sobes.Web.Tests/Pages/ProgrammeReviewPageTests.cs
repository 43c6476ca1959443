using System.Net;
using Sobes.Web.Tests.Authorization;
using Sobes.Web.Tests.Hosting;
using Sobes.Web.Tests.Support;

namespace Sobes.Web.Tests.Pages;

/// <summary>The module's home lists programmes due for review (ст. 16 ч. 5 442-ФЗ); the application card reviews the programme and
/// terminates the contract (ст. 18).</summary>
public sealed class ProgrammeReviewPageTests(Hosts hosts) : WebTest(hosts)
{
    [Fact]
    public async Task Home_lists_overdue_reviews_and_the_card_reviews_the_programme_and_terminates_the_contract()
    {
        var host = await HostAsync(Db.Sqlite);
        var context = await MatrixContext.CreateAsync(host);
        var recipient = await context.NewContractAsync(MatrixContext.Provider);
        var kcson = await host.SignInPagesAsync("kcson");

        var home = await (await kcson.GetAsync("/SocialServices").Expect(HttpStatusCode.OK)).Content.ReadAsStringAsync();
        Assert.Contains("Индивидуальные программы к пересмотру", home);
        Assert.Contains("<table class=\"data\" id=\"reviews\">", home); // the demo's 2015 programmes were due for review by 2018

        var url = $"/SocialServices/Applications/Card/{recipient.Application}";
        var card = await (await kcson.GetAsync(url).Expect(HttpStatusCode.OK)).Content.ReadAsStringAsync();
        Assert.Contains("Пересмотреть программу", card);
        Assert.Contains("Прекратить обслуживание", card);
        var department = await (await (await host.SignInPagesAsync("specialist")).GetAsync(url).Expect(HttpStatusCode.OK))
            .Content.ReadAsStringAsync();
        Assert.Contains("Пересмотреть программу", department);      // the programme's author may review it
        Assert.DoesNotContain("Прекратить обслуживание", department); // the contract is the provider's

        var programmeId = System.Text.RegularExpressions.Regex.Match(card, "name=\"programmeId\" value=\"(\\d+)\"").Groups[1].Value;
        await kcson.PostAsync($"{url}?handler=Review", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = LoginForm.AntiforgeryToken(card), ["programmeId"] = programmeId,
            ["review.DrawnUpOn"] = "2025-03-01", ["review.StartsOn"] = "2025-04-01",
        })).Expect(HttpStatusCode.Redirect);
        card = await (await kcson.GetAsync(url).Expect(HttpStatusCode.OK)).Content.ReadAsStringAsync();
        Assert.Contains("Прежние редакции", card);
        Assert.Contains("01.04.2028", card); // the new version is reviewed three years from its start

        await kcson.PostAsync($"{url}?handler=Terminate", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = LoginForm.AntiforgeryToken(card), ["contractId"] = recipient.Contract.ToString(),
            ["termination.TerminatedOn"] = "2025-05-31", ["termination.Ground"] = "RecipientRequest",
        })).Expect(HttpStatusCode.Redirect);
        card = await (await kcson.GetAsync(url).Expect(HttpStatusCode.OK)).Content.ReadAsStringAsync();
        Assert.Contains("Обслуживание прекращено", card);
        Assert.Contains("31.05.2025", card);
    }

    [Fact]
    public async Task The_planner_enters_an_indicator_by_hand_on_its_page()
    {
        var host = await HostAsync(Db.Sqlite);
        // The centre's own copy of the assignment the matrix uses (2040–2042), not the demo's figures.
        var id = (await (await MatrixContext.CreateAsync(host)).FixtureAsync(MatrixContext.Provider)).AssignmentId;
        var kcson = await host.SignInPagesAsync("kcson");
        var assignmentCard = await (await kcson.GetAsync($"/SocialServices/Assignments/Card/{id}").Expect(HttpStatusCode.OK))
            .Content.ReadAsStringAsync();
        Assert.Contains("Ввести показатель", assignmentCard);
        var url = $"/SocialServices/Assignments/AddIndicator/{id}";
        var form = await (await kcson.GetAsync(url).Expect(HttpStatusCode.OK)).Content.ReadAsStringAsync();
        var code = "P1.8-" + Guid.NewGuid().ToString("N")[..6];
        var fields = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = LoginForm.AntiforgeryToken(form),
            ["input.PartCode"] = "1.8",
            ["input.PartTitle"] = "Часть, введённая вручную",
            ["input.PartKind"] = "Services",
            ["input.SectionNumber"] = "8.1",
            ["input.SectionName"] = "Услуга, введённая вручную",
            ["input.Form"] = "AtHome",
            ["input.Code"] = code,
            ["input.Kind"] = "Volume",
            ["input.Name"] = "Число получателей (ввод вручную)",
            ["input.Unit"] = "чел.",
            ["input.Accumulates"] = "true",
            ["input.Plan[2040]"] = "17",
        };
        await kcson.PostAsync(url, new FormUrlEncodedContent(fields)).Expect(HttpStatusCode.Redirect);
        var card = await (await kcson.GetAsync($"/SocialServices/Assignments/Card/{id}").Expect(HttpStatusCode.OK)).Content.ReadAsStringAsync();
        Assert.Contains("Число получателей (ввод вручную)", card);

        // The same code again: the form comes back with the error in Russian.
        var again = await (await kcson.PostAsync(url, new FormUrlEncodedContent(fields)).Expect(HttpStatusCode.OK)).Content.ReadAsStringAsync();
        Assert.Contains("уже есть", again);
    }
}
