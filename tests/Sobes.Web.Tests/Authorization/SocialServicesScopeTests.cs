using System.Net;
using System.Text.Json.Nodes;
using Sobes.Web.Tests.Hosting;
using Sobes.Web.Tests.Support;
using static Sobes.Web.Tests.Authorization.MatrixContext;

namespace Sobes.Web.Tests.Authorization;

/// <summary>
/// Records of the social services module belong to an organisation: the Kasli department (same district) neither sees nor changes
/// the Kasli centre's assignment, reports and acts; the ministry sees them but signs only its own acts.
/// </summary>
public sealed class SocialServicesScopeTests(Hosts hosts) : WebTest(hosts)
{
    [Theory, ClassData(typeof(AllDatabases))]
    public async Task The_Kasli_department_neither_sees_nor_changes_the_centres_records(Db db)
    {
        var host = await HostAsync(db);
        var kcson = await host.LoginAsync("kcson");
        var department = await host.LoginAsync("specialist");
        var assignment = await DemoAssignmentAsync(kcson);
        var id = assignment.Id();
        var indicator = assignment["indicators"]!.AsArray().First()!.Id();
        var act = (await kcson.GetAsync($"{Social}/acts?year=2015&month=5").Json()).AsArray().First()!.Id();

        await department.GetAsync($"{Social}/assignments/{id}").Problem(HttpStatusCode.NotFound);
        await department.GetAsync($"{Social}/assignments/{id}/deadlines?year=2015").Problem(HttpStatusCode.NotFound);
        Assert.DoesNotContain((await department.GetAsync($"{Social}/assignments").Json()).AsArray(), a => a!.Id() == id);
        await department.PutJson($"{Social}/assignments/{id}/indicators/{indicator}/plan/2015", new { value = 1m }).Problem(HttpStatusCode.Forbidden);
        await department
            .PostJson(
                $"{Social}/reports",
                new
                {
                    stateAssignmentId = id,
                    partCode = "1.1",
                    year = 2016,
                    quarter = 1,
                }
            )
            .Problem(HttpStatusCode.NotFound);
        await department.GetAsync($"{Social}/acts/{act}").Problem(HttpStatusCode.NotFound);
        Assert.Empty((await department.GetAsync($"{Social}/acts?year=2015&month=5").Json()).AsArray());

        await (await host.LoginAsync("inspector")).GetAsync($"{Social}/acts/{act}").Expect(HttpStatusCode.OK);
        var unsigned = (await kcson.GetAsync($"{Social}/acts?year=2015&month=6").Json()).AsArray().First(a => a!["signedOn"] is null)!.Id();
        await (await host.LoginAsync("admin")).PostJson($"{Social}/acts/{unsigned}/sign", new { }).Problem(HttpStatusCode.Forbidden);
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task An_indicator_is_changed_only_through_its_own_assignment(Db db)
    {
        var host = await HostAsync(db);
        var context = await CreateAsync(host);
        var kcson = await host.LoginAsync("kcson");
        var demo = await DemoAssignmentAsync(kcson);
        var indicator = demo["indicators"]!.AsArray().First()!;
        var other = (await context.FixtureAsync("kcson")).AssignmentId;

        await kcson
            .PutJson($"{Social}/assignments/{other}/indicators/{indicator.Id()}/plan/2015", new { value = 1m })
            .Problem(HttpStatusCode.NotFound);
        await kcson
            .PutJson($"{Social}/assignments/{other}/indicators/{indicator.Id()}/measure", new { measure = "manual" })
            .Problem(HttpStatusCode.NotFound);
        var after = (await kcson.GetAsync($"{Social}/assignments/{demo.Id()}").Json())["indicators"]!.AsArray().First()!;
        Assert.Equal(indicator.ToJsonString(), after.ToJsonString());
    }

    private static async Task<JsonNode> DemoAssignmentAsync(HttpClient kcson)
    {
        var id = (await kcson.GetAsync($"{Social}/assignments").Json()).AsArray()
            .Single(a => a!["number"]!.GetValue<string>() == "148045" && a["financialYear"]!.GetValue<int>() == 2015)!.Id();
        return await kcson.GetAsync($"{Social}/assignments/{id}").Json();
    }
}
