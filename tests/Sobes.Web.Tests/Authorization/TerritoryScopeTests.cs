using System.Net;
using Sobes.Web.Tests.Hosting;
using Sobes.Web.Tests.Support;

namespace Sobes.Web.Tests.Authorization;

/// <summary>A district sees only its own citizens (404 for the others); the ministry sees every district.</summary>
public sealed class TerritoryScopeTests(Hosts hosts) : WebTest(hosts)
{
    [Theory, ClassData(typeof(AllDatabases))]
    public async Task The_Varna_specialist_can_neither_read_change_nor_find_a_Kasli_citizen(Db db)
    {
        var host = await HostAsync(db);
        var kasliCitizen = await host.CreateCitizenAsync();
        var url = $"/api/v1/citizens/{kasliCitizen.Id}";
        var card = await (await host.LoginAsync("admin")).GetAsync(url).Json();
        var varna = await host.LoginAsync("varna");

        await varna.GetAsync(url).Problem(HttpStatusCode.NotFound);
        await varna.GetAsync(url + "/history").Problem(HttpStatusCode.NotFound);
        card["phone"] = "+7 351 420-00-00";
        await varna.PutJson(url, card).Problem(HttpStatusCode.NotFound);
        Assert.Equal(0, await TotalAsync(varna, $"q={Uri.EscapeDataString(kasliCitizen.Surname)}"));
        Assert.Equal(0, await TotalAsync(varna, $"snils={Uri.EscapeDataString(kasliCitizen.Snils)}"));
        Assert.NotEqual("+7 351 420-00-00", (await (await host.LoginAsync("admin")).GetAsync(url).Json())["phone"]?.GetValue<string>());
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task The_ministry_and_the_Kasli_social_service_centre_see_a_Kasli_citizen(Db db)
    {
        var host = await HostAsync(db);
        var kasliCitizen = await host.CreateCitizenAsync();
        foreach (var login in new[] { "admin", "inspector", "kcson" })
        {
            var client = await host.LoginAsync(login);
            await client.GetAsync($"/api/v1/citizens/{kasliCitizen.Id}").Expect(HttpStatusCode.OK);
            Assert.Equal(1, await TotalAsync(client, $"q={Uri.EscapeDataString(kasliCitizen.Surname)}"));
        }
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task A_Varna_citizen_is_hidden_from_Kasli_and_a_district_cannot_file_into_another_territory(Db db)
    {
        var host = await HostAsync(db);
        var varna = await host.LoginAsync("varna");
        var created = await varna
            .PostJson("/api/v1/citizens", TestData.Citizen(await host.TerritoryIdAsync(Registry.VarnaCode)))
            .Json(HttpStatusCode.Created);
        await (await host.LoginAsync("specialist")).GetAsync($"/api/v1/citizens/{created.Id()}").Problem(HttpStatusCode.NotFound);
        await (await host.LoginAsync("varna.head")).GetAsync($"/api/v1/citizens/{created.Id()}").Expect(HttpStatusCode.OK);

        var intoKasli = await varna
            .PostJson("/api/v1/citizens", TestData.Citizen(await host.TerritoryIdAsync(Registry.KasliCode)))
            .Problem(HttpStatusCode.BadRequest);
        Assert.NotNull(intoKasli["errors"]?["territoryId"]);
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task A_district_sees_only_its_own_part_of_the_register(Db db)
    {
        var host = await HostAsync(db);
        var all = await TotalAsync(await host.LoginAsync("inspector"), "");
        var kasli = await TotalAsync(await host.LoginAsync("accountant"), "");
        var varna = await TotalAsync(await host.LoginAsync("varna"), "");
        Assert.True(kasli > 0 && varna > 0);
        Assert.Equal(all, kasli + varna);
    }

    private static async Task<int> TotalAsync(HttpClient client, string query) =>
        (await client.GetAsync($"/api/v1/citizens?{query}").Json())["total"]!.GetValue<int>();
}
