using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Sobes.Web.Tests.Hosting;
using Sobes.Web.Tests.Support;

namespace Sobes.Web.Tests.Authorization;

/// <summary>An administrator blocks an account: its token stops working at once and it cannot sign in again.</summary>
public sealed class BlockedUserTests(Hosts hosts) : WebTest(hosts)
{
    [Theory, ClassData(typeof(AllDatabases))]
    public async Task A_blocked_user_loses_access_immediately(Db db)
    {
        var host = await HostAsync(db);
        var admin = await host.LoginAsync("admin");
        var login = "blocked." + Guid.NewGuid().ToString("N")[..8];
        var user = new
        {
            login,
            fullName = "Блокируемый Иван Иванович",
            position = "Специалист",
            role = "specialist",
            organisationId = 2,
            isActive = true,
            password = "Blocked-2026",
        };
        var id = (await admin.PostJson("/api/v1/admin/users/", user).Json(HttpStatusCode.Created)).Id();

        var token = (await host.Anonymous().PostAsJsonAsync("/api/v1/auth/login", new { login, password = "Blocked-2026" }).Json())[
            "access_token"
        ]!.GetValue<string>();
        var client = host.Anonymous();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        await client.GetAsync("/api/v1/citizens?pageSize=1").Expect(HttpStatusCode.OK);

        await admin
            .PutJson(
                $"/api/v1/admin/users/{id}",
                new
                {
                    login,
                    user.fullName,
                    user.position,
                    user.role,
                    user.organisationId,
                    isActive = false,
                }
            )
            .Expect(HttpStatusCode.OK);

        await client.GetAsync("/api/v1/citizens?pageSize=1").Problem(HttpStatusCode.Unauthorized);
        await host.Anonymous().PostAsJsonAsync("/api/v1/auth/login", new { login, password = "Blocked-2026" }).Problem(HttpStatusCode.Unauthorized);
    }
}
