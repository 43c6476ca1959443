using Sobes.Web.Tests.Hosting;
using Sobes.Web.Tests.Support;

namespace Sobes.Web.Tests.Api;

public sealed class CalendarApiTests(Hosts hosts) : WebTest(hosts)
{
    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Year_2024_has_248_working_days(Db db)
    {
        var host = await HostAsync(db);
        var year = await (await host.LoginAsync("accountant")).GetAsync("/api/v1/calendar/2024").Json();
        Assert.Equal(248, year["workingDays"]!.GetValue<int>());
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Ten_working_days_after_25_December_2024_is_17_January_2025(Db db)
    {
        var host = await HostAsync(db);
        var result = await (await host.LoginAsync("accountant")).GetAsync("/api/v1/calendar/add-working-days?from=2024-12-25&days=10").Json();
        Assert.Equal("2025-01-17", result["date"]!.GetValue<string>());
    }
}
