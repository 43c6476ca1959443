using System.Net;
using Sobes.Web.Tests.Hosting;
using Sobes.Web.Tests.Support;

namespace Sobes.Web.Tests.Api;

public sealed class AuthApiTests(Hosts hosts) : WebTest(hosts)
{
    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Login_with_the_right_password_returns_a_bearer_token(Db db)
    {
        var host = await HostAsync(db);
        var body = await host.Anonymous().PostJson("/api/v1/auth/login", new { login = "specialist", password = "Demo-2026" }).Json();
        Assert.False(string.IsNullOrEmpty(body["access_token"]?.GetValue<string>()));
        Assert.Equal("Bearer", body["token_type"]!.GetValue<string>());
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Login_with_a_wrong_password_is_401_problem_details(Db db)
    {
        var host = await HostAsync(db);
        await host.Anonymous().PostJson("/api/v1/auth/login", new { login = "specialist", password = "wrong" }).Problem(HttpStatusCode.Unauthorized);
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Login_with_an_empty_body_is_400(Db db)
    {
        var host = await HostAsync(db);
        foreach (var body in new[] { "", "{}" })
        {
            var problem = await host.Anonymous().PostAsync("/api/v1/auth/login", Http.RawJson(body)).Problem(HttpStatusCode.BadRequest);
            Assert.NotNull(problem["errors"]?["login"]);
            Assert.NotNull(problem["errors"]?["password"]);
        }
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Api_and_openapi_need_a_token(Db db)
    {
        var host = await HostAsync(db);
        var anonymous = host.Anonymous();
        await anonymous.GetAsync("/api/v1/citizens").Problem(HttpStatusCode.Unauthorized);
        await anonymous.GetAsync("/openapi/v1.json").Expect(HttpStatusCode.Unauthorized);

        var document = await (await host.LoginAsync("inspector")).GetAsync("/openapi/v1.json").Json();
        Assert.NotNull(document["paths"]?["/api/v1/citizens"]);
        Assert.NotNull(document["paths"]?["/api/v1/citizens/{id}"]);
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task A_forged_token_is_401(Db db)
    {
        var host = await HostAsync(db);
        var client = host.Anonymous();
        client.DefaultRequestHeaders.Authorization = new("Bearer", "not-a-token");
        await client.GetAsync("/api/v1/citizens").Expect(HttpStatusCode.Unauthorized);
    }
}
