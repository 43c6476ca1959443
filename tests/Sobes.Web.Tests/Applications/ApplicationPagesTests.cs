using System.Net;
using Sobes.Web.Tests.Hosting;
using Sobes.Web.Tests.Support;
using static Sobes.Web.Tests.Applications.ApplicationsTestData;

namespace Sobes.Web.Tests.Applications;

/// <summary>The pages of the module: the intake wizard registers, the card shows the checklist and refuses bad input in Russian, the head
/// signs.</summary>
public sealed class ApplicationPagesTests(Hosts hosts) : WebTest(hosts)
{
    [Fact]
    public async Task Intake_wizard_registers_and_the_card_takes_documents_shows_Russian_errors_and_the_head_signs()
    {
        var host = await HostAsync(Db.Sqlite);
        var r = await host.CreateRegulationAsync();
        var (applicant, child) = await host.FamilyAsync();
        var page = await host.SignInPagesAsync("specialist");

        var step2 = await (await page.GetAsync($"/Applications/New?citizenId={applicant}&regulationId={r.Id}").Expect(HttpStatusCode.OK))
            .Content.ReadAsStringAsync();
        Assert.Contains("Мария Петровна", step2);                                   // the child offered from the family ties
        Assert.Contains($"value=\"{r.ChildMeasure}:{child}\"", step2);
        var posted = await page.PostAsync(
            "/Applications/New",
            new FormUrlEncodedContent(
                new Dictionary<string, string>
                {
                    ["__RequestVerificationToken"] = LoginForm.AntiforgeryToken(step2),
                    ["Input.CitizenId"] = applicant.ToString(),
                    ["Input.RegulationId"] = r.Id.ToString(),
                    ["Picks"] = $"{r.ChildMeasure}:{child}",
                    ["Input.PaymentMethod"] = "Post",
                    ["Input.Channel"] = "InPerson",
                    ["Input.RegisteredOn"] = "2026-03-02",
                }
            )
        );
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var card = posted.Headers.Location!.OriginalString;
        Assert.StartsWith("/Applications/Card/", card);

        var html = await (await page.GetAsync(card).Expect(HttpStatusCode.OK)).Content.ReadAsStringAsync();
        Assert.Contains("Справка о совместном проживании", html);
        Assert.Contains("Принят", html);
        var version = System.Text.RegularExpressions.Regex.Match(html, "name=\"receive.Version\" value=\"(\\d+)\"").Groups[1].Value;
        var bad = page.PostAsync(card + "?handler=Receive", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = LoginForm.AntiforgeryToken(html), ["receive.RegulationDocumentId"] = r.Doc("residence").ToString(),
            ["receive.Version"] = version, ["receive.ReceivedOn"] = "2026-03-05", ["receive.IssuedOn"] = "2026-01-10",
        }));
        var error = await (await bad.Expect(HttpStatusCode.OK)).Content.ReadAsStringAsync();
        Assert.Contains("Данные не сохранены", error);
        Assert.Contains("действителен 30 дней", error);

        var id = long.Parse(card.Split('/').Last());
        var api = await host.LoginAsync("specialist");
        await api.CompleteAsync(r, id, "2026-03-05");
        await api.PutJson(
                $"{Url}/{id}/draft",
                new { items = new[] { new { itemId = (await api.GetAsync($"{Url}/{id}").Json())["items"]![0]!.Id(), outcome = "grant" } } }
            )
            .Expect(HttpStatusCode.OK);
        await api.PostJson($"{Url}/{id}/visa", new { }).Expect(HttpStatusCode.OK);

        var head = await host.SignInPagesAsync("head");
        var queue = await (await head.GetAsync("/Applications/Queue").Expect(HttpStatusCode.OK)).Content.ReadAsStringAsync();
        Assert.Contains(card, queue);
        html = await (await head.GetAsync(card).Expect(HttpStatusCode.OK)).Content.ReadAsStringAsync();
        Assert.Contains("Подписать решение", html);
        version = System.Text.RegularExpressions.Regex.Match(html, "name=\"step.Version\" value=\"(\\d+)\"").Groups[1].Value;
        var signed = await head.PostAsync(card + "?handler=Sign", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = LoginForm.AntiforgeryToken(html), ["step.Version"] = version,
        }));
        Assert.Equal(HttpStatusCode.Redirect, signed.StatusCode);
        html = await (await head.GetAsync(card).Expect(HttpStatusCode.OK)).Content.ReadAsStringAsync();
        Assert.Contains("Решение принято", html);
        Assert.Contains("Уведомление (.docx)", html);
        Assert.Contains("260,00", html);

        foreach (
            var url in new[]
            {
                "/Applications",
                "/Applications?status=Decided&overdue=true",
                "/Applications/Refusals",
                "/Applications/New?q=Проверкин",
            }
        )
            await head.GetAsync(url).Expect(HttpStatusCode.OK);
    }
}
