using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using Npgsql;
using Sobes.Infrastructure.Persistence;
using Sobes.Web.Tests.Hosting;

namespace Sobes.Web.Tests.SocialServices;

/// <summary>The HTTP API of the module on the shared test host of each database (seeded at start), signed in as the Kasli centre.</summary>
public sealed class ApiSmokeTests(Hosts hosts) : WebTest(hosts)
{
    private SobesHost _host = null!;

    private async Task OnAsync(Db db) => _host = await HostAsync(db);

    private Task<HttpClient> SignedInAsync(string login = "kcson") => _host.LoginAsync(login);

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Host_uses_the_overridden_database_file(Db dbKind)
    {
        await OnAsync(dbKind);
        using var client = await SignedInAsync();
        var options = _host.Services.GetRequiredService<DatabaseOptions>();
        if (dbKind == Db.Sqlite)
            Assert.True(File.Exists(new SqliteConnectionStringBuilder(options.ConnectionString).DataSource));
        else
            Assert.StartsWith("sobes_test_", new NpgsqlConnectionStringBuilder(options.ConnectionString).Database);
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Without_sign_in_the_module_answers_401(Db dbKind)
    {
        await OnAsync(dbKind);
        using var client = _host.CreateClient();
        var r = await client.GetAsync("/api/v1/social-services/assignments");
        Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode);
    }

    // Seed 004 through the API: the assignment, a quarterly report computed from the demo quarter, and its .xlsx.
    [Clause("004", "1.1.8.1")]
    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Seed004_report_of_the_demo_quarter_is_computed_and_exported_as_xlsx(Db dbKind)
    {
        await OnAsync(dbKind);
        using var client = await SignedInAsync();
        var assignments = await client.GetFromJsonAsync<JsonElement>("/api/v1/social-services/assignments");
        var id = assignments
            .EnumerateArray()
            .Single(a => a.GetProperty("number").GetString() == "148045" && a.GetProperty("financialYear").GetInt32() == 2015)
            .GetProperty("id")
            .GetInt32();
        var assignment = await client.GetFromJsonAsync<JsonElement>($"/api/v1/social-services/assignments/{id}");
        var bedDays = assignment.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("code").GetString() == "P1.2-BED-DAYS");
        Assert.Equal(7, bedDays.GetProperty("sections").GetArrayLength());

        var created = await client.PostAsJsonAsync(
            "/api/v1/social-services/reports",
            new
            {
                stateAssignmentId = id,
                partCode = "1.2",
                year = 2015,
                quarter = 2,
            }
        );
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var report = await created.Content.ReadFromJsonAsync<JsonElement>();
        var row = report.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("indicatorCode").GetString() == "P1.2-BED-DAYS");
        Assert.Equal(546m, row.GetProperty("actual").GetDecimal()); // 6 residents × 91 days of the II quarter 2015
        Assert.Equal(5.2m, row.GetProperty("percentOfPlan").GetDecimal());
        Assert.True(row.GetProperty("requiresReason").GetBoolean());
        Assert.True(report.GetProperty("problems").TryGetProperty("explanatoryNote", out _));

        var xlsx = await client.GetAsync($"/api/v1/social-services/reports/{report.GetProperty("id").GetInt64()}/xlsx");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType!.MediaType);
        using var stream = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync());
        var cells = stream.Query(useHeaderRow: false).Cast<IDictionary<string, object>>().ToList();
        Assert.StartsWith("Отчёт об исполнении государственного задания № 148045 за II квартал 2015 года", (string)cells[0]["A"]);
        Assert.Equal("Наименование показателя", cells[4]["A"]);
        var bedRow = cells.Single(c => (c["A"] as string) == "Количество койко-дней");
        Assert.Equal((10500d, 546d), (Convert.ToDouble(bedRow["C"]), Convert.ToDouble(bedRow["D"])));
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Bad_input_gets_problem_details_in_Russian_and_changes_nothing(Db dbKind)
    {
        await OnAsync(dbKind);
        using var client = await SignedInAsync();
        var r = await client.PostAsJsonAsync(
            "/api/v1/social-services/delivered-services",
            new
            {
                serviceContractId = 999999,
                socialServiceId = 1,
                quantity = -1,
            }
        );
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.Equal("application/problem+json", r.Content.Headers.ContentType!.MediaType);
        var problem = await r.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("действующим договором", problem.GetProperty("errors").GetProperty("serviceContractId")[0].GetString());

        var refused = await client.PostAsJsonAsync(
            "/api/v1/social-services/reports",
            new
            {
                stateAssignmentId = 1,
                partCode = "1.1",
                year = 2015,
                quarter = 4,
            }
        );
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
    }

    // The founder's review is for the ministry: a centre's specialist is refused.
    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Review_by_the_centre_itself_is_forbidden(Db dbKind)
    {
        await OnAsync(dbKind);
        using var client = await SignedInAsync();
        var r = await client.PostAsJsonAsync("/api/v1/social-services/reports/1/review", new { accept = true });
        Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode);
    }

    // 442-ФЗ ст. 31–32 through the API: a demo act above the limit shows the fee and how it was computed.
    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Act_shows_the_fee_and_its_explanation(Db dbKind)
    {
        await OnAsync(dbKind);
        using var client = await SignedInAsync();
        var acts = await client.GetFromJsonAsync<JsonElement>("/api/v1/social-services/acts?year=2015&month=5");
        var capped = acts.EnumerateArray()
            .First(a => a.GetProperty("feeBasis").GetString() == "capped" && a.GetProperty("fee").GetDecimal() == 550.75m);
        var act = await client.GetFromJsonAsync<JsonElement>($"/api/v1/social-services/acts/{capped.GetProperty("id").GetInt64()}");
        Assert.Equal(9898.5m, act.GetProperty("freeIncomeLimit").GetDecimal());
        Assert.Contains("50 %", act.GetProperty("feeExplanation").GetString());
    }
}
