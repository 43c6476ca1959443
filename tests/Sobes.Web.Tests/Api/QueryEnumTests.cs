using System.Net;
using Sobes.Web.Tests.Hosting;
using Sobes.Web.Tests.Support;

namespace Sobes.Web.Tests.Api;

/// <summary>
/// An enum in a query string is taken in any case — the camelCase the JSON answers write («recognised») as well as the C# name («Recognised»);
/// an unknown name or a number is a Russian 400 that lists the allowed values.
/// </summary>
public sealed class QueryEnumTests(Hosts hosts) : WebTest(hosts)
{
    [Fact]
    public async Task Application_outcome_and_audit_action_are_parsed_case_insensitively()
    {
        var host = await HostAsync(Db.Sqlite);
        var admin = await host.LoginAsync("admin");
        const string applications = "/api/v1/social-services/applications";

        var pascal = (await admin.GetAsync($"{applications}?outcome=Recognised").Json()).AsArray().Select(a => a!.Id()).ToList();
        Assert.NotEmpty(pascal);
        Assert.Equal(pascal, (await admin.GetAsync($"{applications}?outcome=recognised").Json()).AsArray().Select(a => a!.Id()).ToList());
        Assert.Equal(pascal, (await admin.GetAsync($"{applications}?outcome=RECOGNISED").Json()).AsArray().Select(a => a!.Id()).ToList());
        Assert.All((await admin.GetAsync($"{applications}?outcome=recognised").Json()).AsArray(), a =>
            Assert.Equal("recognised", a!["outcome"]!.GetValue<string>())
        );

        foreach (var bad in new[] { "bogus", "2", "recognised,refused" })
        {
            var problem = await admin.GetAsync($"{applications}?outcome={bad}").Problem(HttpStatusCode.BadRequest);
            Assert.Contains(
                "Допустимые значения",
                problem.ToJsonString(new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping })
            );
        }

        var auditor = await host.LoginAsync("auditor");
        var upper = (await auditor.GetAsync("/api/v1/audit?action=Search&pageSize=5").Json())["total"]!.GetValue<int>();
        var lower = (await auditor.GetAsync("/api/v1/audit?action=search&pageSize=5").Json())["total"]!.GetValue<int>();
        Assert.True(upper > 0);
        Assert.InRange(lower, upper, upper + 2); // the auditor's own reads of the log may add entries between the two calls
        await auditor.GetAsync("/api/v1/audit?action=nothing").Problem(HttpStatusCode.BadRequest);
    }
}
