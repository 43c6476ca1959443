using Sobes.Web.Tests.Hosting;
using Sobes.Web.Tests.Support;

namespace Sobes.Web.Tests.Api;

public sealed class CitizenSearchTests(Hosts hosts) : WebTest(hosts)
{
    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Search_by_snils_finds_exactly_that_citizen(Db db)
    {
        var host = await HostAsync(db);
        var citizen = await host.CreateCitizenAsync();
        var client = await host.LoginAsync("specialist");

        foreach (var snils in new[] { citizen.Snils, new string(citizen.Snils.Where(char.IsAsciiDigit).ToArray()) })
        {
            var found = await client.GetAsync($"/api/v1/citizens?snils={Uri.EscapeDataString(snils)}").Json();
            Assert.Equal(1, found["total"]!.GetValue<int>());
            Assert.Equal(citizen.Id, Assert.Single(found.Items()).Id());
        }
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Search_by_surname_and_the_first_letters_of_the_name(Db db)
    {
        var host = await HostAsync(db);
        var surname = TestData.FreshSurname();
        var ivan = await host.CreateCitizenAsync(surname, "Иван");
        var pyotr = await host.CreateCitizenAsync(surname, "Пётр");
        var client = await host.LoginAsync("specialist");

        var found = await client.GetAsync($"/api/v1/citizens?q={Uri.EscapeDataString(surname + " Ив")}").Json();
        Assert.Equal(ivan.Id, Assert.Single(found.Items()).Id());

        var lowerCase = await client.GetAsync($"/api/v1/citizens?q={Uri.EscapeDataString(surname.ToLowerInvariant())}").Json();
        Assert.Equal(new[] { ivan.Id, pyotr.Id }.Order(), lowerCase.Items().Select(i => i.Id()).Order());
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Paging_returns_the_page_size_and_the_total(Db db)
    {
        var host = await HostAsync(db);
        var page = await (await host.LoginAsync("specialist")).GetAsync("/api/v1/citizens?page=2&pageSize=5").Json();
        Assert.Equal(5, page.Items().Count());
        Assert.Equal(2, page["page"]!.GetValue<int>());
        Assert.True(page["total"]!.GetValue<int>() > 10);

        var first = await (await host.LoginAsync("specialist")).GetAsync("/api/v1/citizens?page=1&pageSize=5").Json();
        Assert.Empty(first.Items().Select(i => i.Id()).Intersect(page.Items().Select(i => i.Id())));
    }
}
