using System.Net;
using Sobes.Web.Tests.Hosting;
using Sobes.Web.Tests.Support;

namespace Sobes.Web.Tests.Api;

public sealed class FamilyTieTests(Hosts hosts) : WebTest(hosts)
{
    [Theory, ClassData(typeof(AllDatabases))]
    public async Task A_child_tie_shows_as_parent_on_the_relatives_card(Db db)
    {
        var host = await HostAsync(db);
        var mother = await host.CreateCitizenAsync(name: "Мария");
        var son = await host.CreateCitizenAsync(name: "Алексей");
        var client = await host.LoginAsync("specialist");

        await client
            .PostJson($"/api/v1/citizens/{mother.Id}/family-ties", new { relativeId = son.Id, relation = "child" })
            .Expect(HttpStatusCode.Created);

        var motherTie = Assert.Single((await client.GetAsync($"/api/v1/citizens/{mother.Id}").Json())["familyTies"]!.AsArray());
        Assert.Equal(son.Id, motherTie!["relativeId"]!.GetValue<long>());
        Assert.Equal("child", motherTie["relation"]!.GetValue<string>());
        var sonTie = Assert.Single((await client.GetAsync($"/api/v1/citizens/{son.Id}").Json())["familyTies"]!.AsArray());
        Assert.Equal(mother.Id, sonTie!["relativeId"]!.GetValue<long>());
        Assert.Equal("parent", sonTie["relation"]!.GetValue<string>());

        await client
            .PostJson($"/api/v1/citizens/{son.Id}/family-ties", new { relativeId = mother.Id, relation = "parent" })
            .Problem(HttpStatusCode.Conflict);
    }
}
