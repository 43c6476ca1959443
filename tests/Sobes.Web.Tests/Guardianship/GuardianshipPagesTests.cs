using System.Net;
using Sobes.Web.Tests.Hosting;
using Sobes.Web.Tests.Support;
using static Sobes.Web.Tests.Guardianship.GuardianshipData;

namespace Sobes.Web.Tests.Guardianship;

/// <summary>The «Опека» pages: the demo register of Varna, the contract card with its forms, scope and read-only roles.</summary>
public sealed class GuardianshipPagesTests(Hosts hosts) : WebTest(hosts)
{
    private static async Task<string> PageAsync(HttpClient client, string url) =>
        await (await client.GetAsync(url).Expect(HttpStatusCode.OK)).Content.ReadAsStringAsync();

    [Fact]
    public async Task Varna_sees_its_demo_children_and_families_and_registers_a_leaving_on_the_contract_card()
    {
        var host = await HostAsync(Db.Sqlite);
        var varna = await host.SignInPagesAsync("varna");
        var children = await PageAsync(varna, "/Guardianship/Children?status=Institution");
        foreach (var name in new[] { "Смирнов Артём Игоревич", "Смирнова Дарья Игоревна", "Волков Кирилл Андреевич" })
            Assert.Contains(name, children);
        Assert.DoesNotContain("Журавлёв", children);
        Assert.Contains("№ 3-ПС", await PageAsync(varna, "/Guardianship/Contracts?active=true"));

        var (contract, kids) = await ContractAsync(host, "varna", children: 2);
        var url = $"/Guardianship/Contracts/Card/{contract}";
        var card = await PageAsync(varna, url);
        Assert.Contains("id=\"family-payments\"", card);
        Assert.Contains("п. 8.1 подп. 2: устройства ребенка", card);
        var version = (await GetContractAsync(host, contract, "varna"))["version"]!.GetValue<int>().ToString();

        // No ground, no date: Russian messages, nothing registered.
        var bad = await (
            await varna
                .PostAsync(
                    $"{url}?handler=Leave",
                    new FormUrlEncodedContent(
                        new Dictionary<string, string>
                        {
                            ["__RequestVerificationToken"] = LoginForm.AntiforgeryToken(card),
                            ["Leave.ChildInCareId"] = kids[0].ToString(),
                            ["Leave.Version"] = version,
                        }
                    )
                )
                .Expect(HttpStatusCode.OK)
        )
            .Content.ReadAsStringAsync();
        Assert.Contains("Выберите основание выбытия (п. 8.1 регламента).", bad);
        Assert.Contains("Укажите дату события.", bad);

        await varna
            .PostAsync(
                $"{url}?handler=Leave",
                new FormUrlEncodedContent(
                    new Dictionary<string, string>
                    {
                        ["__RequestVerificationToken"] = LoginForm.AntiforgeryToken(card),
                        ["Leave.ChildInCareId"] = kids[0].ToString(),
                        ["Leave.Version"] = version,
                        ["Leave.GroundCode"] = "STATE-CARE",
                        ["Leave.EventDate"] = "2025-10-01",
                        ["Leave.Document"] = "Приказ № 12",
                        ["Leave.Institution"] = "ГКУ «Центр помощи детям» г. Челябинск",
                    }
                )
            )
            .Expect(HttpStatusCode.Redirect);
        Assert.Contains("выбыл(а) 01.10.2025", await PageAsync(varna, url));
        Assert.Contains("ГКУ «Центр помощи детям» г. Челябинск", await PageAsync(varna, $"/Guardianship/Children/Card/{kids[0]}"));

        // Kasli does not see the Varna contract; the ministry's inspector reads it without forms.
        var kasli = await host.SignInPagesAsync("specialist");
        await kasli.GetAsync(url).Expect(HttpStatusCode.NotFound);
        var inspector = await PageAsync(await host.SignInPagesAsync("inspector"), url);
        Assert.Contains("Дети в семье", inspector);
        Assert.DoesNotContain("end-form", inspector);
        Assert.Contains("id=\"family-payments\"", inspector);

        // The Kasli centre reads a Kasli contract (the family is in its district's registry) but not the department's payments.
        var (kasliContract, _) = await ContractAsync(host, "specialist");
        var centre = await PageAsync(await host.SignInPagesAsync("kcson"), $"/Guardianship/Contracts/Card/{kasliContract}");
        Assert.Contains("Дети в семье", centre);
        Assert.DoesNotContain("id=\"family-payments\"", centre);
    }
}
