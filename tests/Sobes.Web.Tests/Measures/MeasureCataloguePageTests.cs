using System.Net;
using Sobes.Web.Tests.Hosting;
using Sobes.Web.Tests.Support;

namespace Sobes.Web.Tests.Measures;

/// <summary>The catalogue pages: the administrator's indexation form reports how many assignments were recalculated; a district user only
/// reads.</summary>
public sealed class MeasureCataloguePageTests(Hosts hosts) : WebTest(hosts)
{
    [Fact]
    public async Task Administrator_indexes_a_measure_on_its_card_and_sees_the_recalculated_count()
    {
        var host = await HostAsync(Db.Sqlite);
        var api = await host.LoginAsync("admin");
        var code = "СТР-" + Guid.NewGuid().ToString("N")[..8];
        var id = (
            await api.PostJson(
                    "/api/v1/measures/",
                    new
                    {
                        code,
                        name = "Мера страницы " + code,
                        kind = "monthly",
                        funding = "regional",
                        amountRule = "fixed",
                        firstAmount = new
                        {
                            validFrom = "2031-01-01",
                            value = 500m,
                            newLegalAct = new
                            {
                                type = "departmentOrder",
                                number = "С-" + code,
                                adoptedOn = "2030-12-01",
                            },
                        },
                    }
                )
                .Json(HttpStatusCode.Created)
        ).Id();
        var admin = await host.SignInPagesAsync("admin");
        var url = $"/Measures/Catalogue/Card/{id}";
        var card = await (await admin.GetAsync(url).Expect(HttpStatusCode.OK)).Content.ReadAsStringAsync();
        Assert.Contains("Новый размер (индексация)", card);

        var empty = await admin.PostAsync($"{url}?handler=Amount", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = LoginForm.AntiforgeryToken(card), ["amount.ValidFrom"] = "", ["amount.Value"] = "",
        })).Expect(HttpStatusCode.OK);
        var errors = await empty.Content.ReadAsStringAsync();
        Assert.Contains("Укажите дату, с которой действует размер.", errors);
        Assert.Contains("Укажите акт, которым установлен размер", errors);

        await admin
            .PostAsync(
                $"{url}?handler=Amount",
                new FormUrlEncodedContent(
                    new Dictionary<string, string>
                    {
                        ["__RequestVerificationToken"] = LoginForm.AntiforgeryToken(card),
                        ["amount.ValidFrom"] = "2031-07-01",
                        ["amount.Value"] = "520.50",
                        ["amount.LegalActId"] = "",
                        ["amount.NewActType"] = "DepartmentOrder",
                        ["amount.NewActNumber"] = "И-" + code,
                        ["amount.NewActAdoptedOn"] = "2031-06-20",
                    }
                )
            )
            .Expect(HttpStatusCode.Redirect);
        card = await (await admin.GetAsync(url).Expect(HttpStatusCode.OK)).Content.ReadAsStringAsync();
        Assert.Contains("Пересчитано назначений: 0", card);
        Assert.Contains("520,50", card);
        Assert.Contains("№ И-" + code, card);
    }

    [Fact]
    public async Task A_district_specialist_reads_the_catalogue_and_the_regulation_without_edit_forms()
    {
        var host = await HostAsync(Db.Sqlite);
        var varna = await host.SignInPagesAsync("varna");
        var list = await (await varna.GetAsync("/Measures/Catalogue?category=PRIEM").Expect(HttpStatusCode.OK)).Content.ReadAsStringAsync();
        Assert.Contains("Оплата труда приёмного родителя", list);
        Assert.DoesNotContain("Новая мера", list);
        var id = System.Text.RegularExpressions.Regex.Match(list, "/Measures/Catalogue/Card/(\\d+)\">Оплата труда").Groups[1].Value;
        var card = await (await varna.GetAsync($"/Measures/Catalogue/Card/{id}").Expect(HttpStatusCode.OK)).Content.ReadAsStringAsync();
        Assert.Contains("7 348,50", card);
        Assert.DoesNotContain("Новый размер (индексация)", card);
        var regulationId = System.Text.RegularExpressions.Regex.Match(card, "/Applications/Regulations/Card/(\\d+)").Groups[1].Value;
        var regulation = await (await varna.GetAsync($"/Applications/Regulations/Card/{regulationId}").Expect(HttpStatusCode.OK))
            .Content.ReadAsStringAsync();
        Assert.Contains("10 календ. дн.", regulation);
        Assert.Contains("один из 8 на выбор", regulation);
        Assert.Contains("действителен 30 дн. со дня выдачи", regulation);
        Assert.DoesNotContain("Добавить документ", regulation);
        await varna.GetAsync("/Measures/Catalogue/New").Expect(HttpStatusCode.Redirect); // forbidden: to the access-denied page
    }
}
