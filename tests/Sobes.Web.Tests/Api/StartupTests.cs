using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Sobes.Infrastructure.Persistence;
using Sobes.Web.Tests.Hosting;
using Sobes.Web.Tests.Support;

namespace Sobes.Web.Tests.Api;

public sealed class StartupTests(Hosts hosts) : WebTest(hosts)
{
    [Theory, ClassData(typeof(AllDatabases))]
    public async Task The_host_runs_on_the_test_database_and_Program_seeds_the_demo_population(Db db)
    {
        var host = await HostAsync(db);
        var options = host.Services.GetRequiredService<DatabaseOptions>();
        Assert.Equal(db.ToString(), options.Provider.ToString());
        Assert.Contains("sobes_test_", options.ConnectionString);
        Assert.InRange(await host.CountCitizensAsync(), 150, 2000);
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Health_answers_200_without_sign_in(Db db)
    {
        var host = await HostAsync(db);
        await host.Anonymous().GetAsync("/health").Expect(HttpStatusCode.OK);
    }
}
