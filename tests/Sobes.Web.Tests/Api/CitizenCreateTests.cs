using System.Net;
using Sobes.Web.Tests.Hosting;
using Sobes.Web.Tests.Support;

namespace Sobes.Web.Tests.Api;

public sealed class CitizenCreateTests(Hosts hosts) : WebTest(hosts)
{
    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Create_returns_201_with_id_and_location_and_accepts_snils_with_or_without_separators(Db db)
    {
        var host = await HostAsync(db);
        var client = await host.LoginAsync("specialist");
        var kasli = await host.TerritoryIdAsync(Registry.KasliCode);

        foreach (var snils in new[] { TestData.Formatted(TestData.FreshSnils()), TestData.FreshSnils() })
        {
            var body = TestData.Citizen(kasli);
            body["snils"] = snils;
            var response = await client.PostJson("/api/v1/citizens", body).Expect(HttpStatusCode.Created);
            var created = await response.Json();
            Assert.True(created.Id() > 0);
            Assert.Equal($"/api/v1/citizens/{created.Id()}", response.Headers.Location?.OriginalString);
            var digits = new string(snils.Where(char.IsAsciiDigit).ToArray());
            Assert.Equal(TestData.Formatted(digits), created["snils"]!.GetValue<string>());
        }
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Invalid_requests_are_refused_and_create_nothing(Db db)
    {
        var host = await HostAsync(db);
        var client = await host.LoginAsync("specialist");
        var kasli = await host.TerritoryIdAsync(Registry.KasliCode);
        var existing = await host.CreateCitizenAsync();
        var before = await host.CountCitizensAsync();
        var snils = TestData.FreshSnils();

        var wrongChecksum = TestData.Citizen(kasli, TestData.WrongChecksum(snils));
        var problem = await client.PostJson("/api/v1/citizens", wrongChecksum).Problem(HttpStatusCode.BadRequest);
        Assert.NotNull(problem["errors"]?["snils"]);

        var noSurname = TestData.Citizen(kasli, snils);
        noSurname.Remove("surname");
        problem = await client.PostJson("/api/v1/citizens", noSurname).Problem(HttpStatusCode.BadRequest);
        Assert.NotNull(problem["errors"]?["surname"]);

        var duplicate = TestData.Citizen(kasli, new string(existing.Snils.Where(char.IsAsciiDigit).ToArray()));
        await client.PostJson("/api/v1/citizens", duplicate).Problem(HttpStatusCode.Conflict);

        await client.PostAsync("/api/v1/citizens", Http.RawJson("{\"surname\": \"Иванов\", ")).Problem(HttpStatusCode.BadRequest);
        var wrongType = TestData.Citizen(kasli, snils);
        wrongType["birthDate"] = "abc";
        await client.PostJson("/api/v1/citizens", wrongType).Problem(HttpStatusCode.BadRequest);

        Assert.Equal(before, await host.CountCitizensAsync());
        var found = await client.GetAsync($"/api/v1/citizens?snils={snils}").Json();
        Assert.Equal(0, found["total"]!.GetValue<int>());
    }
}
