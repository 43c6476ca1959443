using Sobes.Web.Tests.Hosting;

namespace Sobes.Web.Tests.Authorization;

public sealed class AuthorizationMatrixTests(Hosts hosts) : WebTest(hosts)
{
    private static readonly string?[] Principals = [null, .. Probe.RoleOf.Keys];

    [Fact]
    public async Task Every_mapped_api_endpoint_is_in_the_expected_access_table()
    {
        var mapped = EndpointCatalog.Api(await HostAsync(Db.Sqlite)).Select(e => e.Key).ToList();
        var missing = mapped.Except(ApiEndpointTable.Probes.Keys).ToList();
        var stale = ApiEndpointTable.Probes.Keys.Except(mapped).ToList();
        Assert.True(missing.Count == 0 && stale.Count == 0,
            $"Not in ApiEndpointTable: [{string.Join("; ", missing)}]. In the table but not mapped: [{string.Join("; ", stale)}].");
    }

    [Clause("002", "16.2")]
    [Clause("002", "17.2")]
    [Clause("002", "19.7")]
    [Clause("002", "23.9")]
    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Every_api_endpoint_answers_anonymous_users_and_every_role_as_expected(Db db)
    {
        var host = await HostAsync(db);
        var context = await MatrixContext.CreateAsync(host);
        var failures = new List<string>();
        foreach (var (key, probe) in ApiEndpointTable.Probes)
        {
            foreach (var login in Principals)
            {
                var client = login is null ? host.Anonymous() : await host.LoginAsync(login);
                using var request = await probe.Request(context, login);
                using var response = await client.SendAsync(request);
                var expected = probe.ExpectedFor(login);
                if (response.StatusCode != expected)
                    failures.Add(
                        $"{key} as {login ?? "anonymous"}: expected {(int)expected}, got " +
                            $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}"
                    );
            }
        }
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }
}
