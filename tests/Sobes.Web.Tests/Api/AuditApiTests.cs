using Sobes.Domain.Common;
using Sobes.Web.Tests.Hosting;
using Sobes.Web.Tests.Support;

namespace Sobes.Web.Tests.Api;

public sealed class AuditApiTests(Hosts hosts) : WebTest(hosts)
{
    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Reading_and_changing_a_card_is_in_the_audit_log_with_filters_by_login_and_date(Db db)
    {
        var host = await HostAsync(db);
        var citizen = await host.CreateCitizenAsync();
        var head = await host.LoginAsync("head");
        var url = $"/api/v1/citizens/{citizen.Id}";
        var card = (await head.GetAsync(url).Json()).AsObject();
        card["email"] = "proverka@example.ru";
        await head.PutJson(url, card).Json();

        var auditor = await host.LoginAsync("auditor");
        var all = (await auditor.GetAsync($"/api/v1/audit?citizenId={citizen.Id}").Json()).Items().ToList();
        Assert.Contains(all, a => Action(a) == "read" && Login(a) == "head");
        var update = Assert.Single(all, a => Action(a) == "update");
        Assert.Equal("head", Login(update));
        Assert.Contains(update["changes"]!.AsArray(), c => c!["new"]?.GetValue<string>() == "proverka@example.ru");

        var byHead = (await auditor.GetAsync($"/api/v1/audit?citizenId={citizen.Id}&login=head").Json()).Items().ToList();
        Assert.NotEmpty(byHead);
        Assert.All(byHead, a => Assert.Equal("head", Login(a)));
        var byAdmin = (await auditor.GetAsync($"/api/v1/audit?citizenId={citizen.Id}&login=admin").Json()).Items().ToList();
        Assert.Single(byAdmin, a => Action(a) == "create");
        Assert.DoesNotContain(byAdmin, a => Login(a) != "admin");

        var today = host.Service<RegionClock>().Today;
        var todays = await auditor.GetAsync($"/api/v1/audit?citizenId={citizen.Id}&from={today:yyyy-MM-dd}&to={today:yyyy-MM-dd}").Json();
        Assert.Equal(all.Count, todays["total"]!.GetValue<int>());
        var tomorrow = await auditor.GetAsync($"/api/v1/audit?citizenId={citizen.Id}&from={today.AddDays(1):yyyy-MM-dd}").Json();
        Assert.Equal(0, tomorrow["total"]!.GetValue<int>());
        var yesterday = await auditor.GetAsync($"/api/v1/audit?citizenId={citizen.Id}&to={today.AddDays(-1):yyyy-MM-dd}").Json();
        Assert.Equal(0, yesterday["total"]!.GetValue<int>());
    }

    private static string Action(System.Text.Json.Nodes.JsonNode a) => a["action"]!.GetValue<string>().ToLowerInvariant();
    private static string Login(System.Text.Json.Nodes.JsonNode a) => a["userLogin"]!.GetValue<string>();
}
