using System.Net;
using System.Text.Json.Nodes;
using Sobes.Web.Tests.Hosting;
using Sobes.Web.Tests.Support;

namespace Sobes.Web.Tests.Api;

public sealed class CitizenEditTests(Hosts hosts) : WebTest(hosts)
{
    [Theory, ClassData(typeof(AllDatabases))]
    public async Task The_card_is_camelCase_with_a_formatted_snils(Db db)
    {
        var host = await HostAsync(db);
        var citizen = await host.CreateCitizenAsync();
        var card = await (await host.LoginAsync("specialist")).GetAsync($"/api/v1/citizens/{citizen.Id}").Json();

        Assert.Equal(citizen.Id, card.Id());
        Assert.Equal(citizen.Surname, card["surname"]!.GetValue<string>());
        Assert.Matches(@"^\d{3}-\d{3}-\d{3} \d{2}$", card["snils"]!.GetValue<string>());
        Assert.Equal("1958-04-17", card["birthDate"]!.GetValue<string>());
        Assert.Equal(1, card["version"]!.GetValue<int>());
        Assert.NotNull(card["registrationAddress"]?["settlement"]);
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Put_changes_the_card_a_stale_version_is_409_and_the_history_shows_old_and_new_values(Db db)
    {
        var host = await HostAsync(db);
        var citizen = await host.CreateCitizenAsync();
        var client = await host.LoginAsync("specialist");
        var url = $"/api/v1/citizens/{citizen.Id}";

        var edit = (await client.GetAsync(url).Json()).AsObject();
        var newSurname = TestData.FreshSurname();
        edit["surname"] = newSurname;
        edit["phone"] = "+7 912 345-67-89";
        var updated = await client.PutJson(url, edit).Json();
        Assert.Equal(2, updated["version"]!.GetValue<int>());

        var card = await client.GetAsync(url).Json();
        Assert.Equal(newSurname, card["surname"]!.GetValue<string>());
        Assert.Equal("+7 912 345-67-89", card["phone"]!.GetValue<string>());

        edit["phone"] = "+7 912 000-00-00"; // still version 1
        await client.PutJson(url, edit).Problem(HttpStatusCode.Conflict);
        Assert.Equal("+7 912 345-67-89", (await client.GetAsync(url).Json())["phone"]!.GetValue<string>());

        var history = (await client.GetAsync(url + "/history").Json()).AsArray();
        var update = history.Single(h => h!["action"]!.GetValue<string>() == "Update")!;
        Assert.Equal("specialist", update["userLogin"]!.GetValue<string>());
        var changes = update["changes"]!.AsArray();
        Assert.Contains(changes, c => Is(c, citizen.Surname, newSurname));
        Assert.Contains(changes, c => Is(c, "+7 (35149) 2-11-22", "+7 912 345-67-89"));
    }

    private static bool Is(JsonNode? change, string old, string @new) =>
        change?["old"]?.GetValue<string>() == old && change["new"]?.GetValue<string>() == @new;
}
