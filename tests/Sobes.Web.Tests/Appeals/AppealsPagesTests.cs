using System.Net;
using System.Text.RegularExpressions;
using Sobes.Domain.Common;
using Sobes.Web.Tests.Applications;
using Sobes.Web.Tests.Hosting;
using Sobes.Web.Tests.Support;

namespace Sobes.Web.Tests.Appeals;

/// <summary>The pages of the module: registration with Russian field errors, the card with the head's extension and the answer, the
/// journal, the home page.</summary>
public sealed class AppealsPagesTests(Hosts hosts) : WebTest(hosts)
{
    private static string Plain(string html) => System.Net.WebUtility.HtmlDecode(html).Replace('\u00A0', ' ');

    [Fact]
    public async Task The_specialist_registers_on_the_page_the_head_extends_on_the_card_and_the_journal_lists_it()
    {
        var host = await HostAsync(Db.Sqlite);
        var today = host.Service<RegionClock>().Today;
        var citizen = (await host.CreateCitizenAsync()).Id;
        var page = await host.SignInPagesAsync("specialist");

        var form = await (await page.GetAsync($"/Appeals/New?citizenId={citizen}").Expect(HttpStatusCode.OK)).Content.ReadAsStringAsync();
        Assert.Contains("Некомпетентная консультация", Plain(form));
        Assert.Equal(5, Regex.Matches(form, "name=\"Input.Subject\"").Count);
        var fields = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = LoginForm.AntiforgeryToken(form),
            ["Input.CitizenId"] = citizen.ToString(),
            ["Input.Channel"] = "Representative",
            ["Input.ReceivedOn"] = today.ToString("yyyy-MM-dd"),
            ["Input.Text"] = "",
        };
        var invalid = Plain(
            await (await page.PostAsync("/Appeals/New", new FormUrlEncodedContent(fields)).Expect(HttpStatusCode.OK))
                .Content.ReadAsStringAsync()
        );
        Assert.Contains("Данные не сохранены", invalid);
        Assert.Contains("один из пяти видов п. 23.1", invalid);
        Assert.Contains("укажите его фамилию, имя, отчество (п. 23.2)", invalid);

        fields["Input.Subject"] = "IncompetentConsultation";
        fields["Input.Text"] = "Специалист дал неверную консультацию о перечне документов.";
        fields["Input.RepresentativeName"] = "Петров Пётр Петрович";
        var posted = await page.PostAsync("/Appeals/New", new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var card = posted.Headers.Location!.OriginalString;
        Assert.StartsWith("/Appeals/Card/", card);
        var html = Plain(await (await page.GetAsync(card).Expect(HttpStatusCode.OK)).Content.ReadAsStringAsync());
        Assert.Contains("зарегистрирована", html);
        Assert.Contains("п. 23.1 подп. 5", html);
        Assert.DoesNotContain("id=\"extend-form\"", html);                 // the specialist does not extend
        Assert.Contains("id=\"answer-form\"", html);

        var head = await host.SignInPagesAsync("head");
        html = await (await head.GetAsync(card).Expect(HttpStatusCode.OK)).Content.ReadAsStringAsync();
        Assert.Contains("id=\"extend-form\"", html);
        var version = Regex.Match(html, "name=\"extend.Version\" value=\"(\\d+)\"").Groups[1].Value;
        var tooLong = Plain(await (await head.PostAsync(card + "?handler=Extend", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = LoginForm.AntiforgeryToken(html), ["extend.Version"] = version, ["extend.Days"] = "16",
            ["extend.Reason"] = "проверка", ["extend.NotifiedOn"] = today.ToString("yyyy-MM-dd"),
        })).Expect(HttpStatusCode.OK)).Content.ReadAsStringAsync());
        Assert.Contains("Данные не сохранены", tooLong);
        Assert.Contains("укажите от 1 до 15", tooLong);
        var extended = await head.PostAsync(card + "?handler=Extend", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = LoginForm.AntiforgeryToken(html), ["extend.Version"] = version, ["extend.Days"] = "15",
            ["extend.Reason"] = "требуется проверка консультации", ["extend.NotifiedOn"] = today.ToString("yyyy-MM-dd"),
        }));
        Assert.Equal(HttpStatusCode.Redirect, extended.StatusCode);
        html = Plain(await (await head.GetAsync(card).Expect(HttpStatusCode.OK)).Content.ReadAsStringAsync());
        Assert.Contains("Срок продлён", html);
        Assert.Contains("id=\"extension-docx\"", html);
        Assert.DoesNotContain("id=\"extend-form\"", html);

        var journal = Plain(
            await (await page.GetAsync($"/Appeals?year={today.Year}&status=Extended").Expect(HttpStatusCode.OK)).Content.ReadAsStringAsync()
        );
        Assert.Contains(card, journal);
        Assert.Contains("Некомпетентная консультация", journal);
        var home = Plain(await (await page.GetAsync("/").Expect(HttpStatusCode.OK)).Content.ReadAsStringAsync());
        Assert.Contains("Жалобы на рассмотрении", home);
        Assert.Contains("href=\"/Appeals\"", home);

        await (await host.SignInPagesAsync("varna")).GetAsync(card).Expect(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_application_card_links_to_a_complaint_about_it_with_the_citizen_and_the_application_filled_in()
    {
        var host = await HostAsync(Db.Sqlite);
        var r = await host.CreateRegulationAsync();
        var (applicant, child) = await host.FamilyAsync();
        var application = await (await host.LoginAsync("specialist")).RegisterAsync(r, applicant, child, "2026-01-20");
        var page = await host.SignInPagesAsync("specialist");
        var card = await (await page.GetAsync($"/Applications/Card/{application.Id()}").Expect(HttpStatusCode.OK)).Content.ReadAsStringAsync();
        var link = $"/Appeals/New?citizenId={applicant}&amp;applicationId={application.Id()}";
        Assert.Contains(link, card);

        var form = Plain(await (await page.GetAsync(System.Net.WebUtility.HtmlDecode(link)).Expect(HttpStatusCode.OK)).Content.ReadAsStringAsync());
        Assert.Contains(application["number"]!.GetValue<string>(), form);
        var posted = await page.PostAsync(
            "/Appeals/New",
            new FormUrlEncodedContent(
                new Dictionary<string, string>
                {
                    ["__RequestVerificationToken"] = LoginForm.AntiforgeryToken(form),
                    ["Input.CitizenId"] = applicant.ToString(),
                    ["Input.Channel"] = "Post",
                    ["Input.ApplicationId"] = application.Id().ToString(),
                    ["Input.Subject"] = "DeadlineViolation",
                    ["Input.Text"] = "Решение не принято в срок.",
                }
            )
        );
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var id = posted.Headers.Location!.OriginalString.Split('/').Last();
        var complaint = await (await host.LoginAsync("specialist")).GetAsync($"{AppealsWebTests.Url}/{id}").Json();
        Assert.Equal(application["number"]!.GetValue<string>(), complaint["applicationNumber"]!.GetValue<string>());
        // The complaint concerns the application's regulation (the tests' own, not the default one).
        Assert.Equal(r.Code, complaint["regulation"]!.GetValue<string>());
    }
}
