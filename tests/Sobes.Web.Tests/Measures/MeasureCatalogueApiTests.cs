using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sobes.Domain.Measures;
using Sobes.Infrastructure.Persistence;
using Sobes.Web.Tests.Hosting;
using Sobes.Web.Tests.Support;

namespace Sobes.Web.Tests.Measures;

/// <summary>
/// The catalogue through the API: the administrator adds a measure and a dated amount (indexation), and every active assignment is recalculated
/// from that date in the same save; a district specialist is refused; invalid input is a Russian 400 that changes nothing.
/// </summary>
public sealed class MeasureCatalogueApiTests(Hosts hosts) : WebTest(hosts)
{
    private const string Api = "/api/v1/measures";

    private static object NewMeasure(string code, string rule = "fixed", string? formula = null, decimal value = 1000m) =>
        new
        {
            code,
            name = "Тестовая ежемесячная выплата " + code,
            shortName = "Тест " + code,
            kind = "monthly",
            funding = "regional",
            amountRule = rule,
            formula,
            eligibility = new { categoryCodes = new[] { "VT" }, conditions = "для теста" },
            firstAmount = new
            {
                validFrom = "2030-01-01",
                value,
                newLegalAct = new
                {
                    type = "governmentResolution",
                    number = "1-П-" + code,
                    adoptedOn = "2029-12-20",
                    title = "Тест",
                },
            },
        };

    private static string Code(string prefix) => $"{prefix}-{Guid.NewGuid().ToString("N")[..8]}";

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Administrator_adds_a_measure_and_an_indexation_that_recalculates_the_active_assignment_from_its_date(Db db)
    {
        var host = await HostAsync(db);
        var admin = await host.LoginAsync("admin");
        var code = Code("ТЕСТ");
        var measure = await admin.PostJson($"{Api}/", NewMeasure(code)).Json(HttpStatusCode.Created);
        var measureId = (int)measure.Id();
        Assert.Equal("1 000,00 ₽", measure["amounts"]!.AsArray().Single()!["text"]!.GetValue<string>().Replace('\u00a0', ' '));
        var active = await AssignAsync(host, measureId, 1000m, stopped: false);
        var stopped = await AssignAsync(host, measureId, 1000m, stopped: true);

        var added = await admin.PostJson($"{Api}/{measureId}/amounts", new
        {
            validFrom = "2030-07-01", value = 1100m, note = "индексация на 1,1",
            newLegalAct = new { type = "governmentResolution", number = "2-П-" + code, adoptedOn = "2030-06-15", title = "Об индексации" },
        }).Json(HttpStatusCode.Created);

        Assert.Equal(1, added["recalculated"]!.GetValue<int>());
        Assert.Contains("2-П-" + code, added["amount"]!["legalAct"]!["citation"]!.GetValue<string>());
        await using var scope = host.Services.CreateAsyncScope();
        var ctx = scope.ServiceProvider.GetRequiredService<SobesDbContext>();
        var a = await ctx.Assignments.AsNoTracking().Include(x => x.Periods).Include(x => x.Changes).SingleAsync(x => x.Id == active);
        Assert.Equal([(new DateOnly(2030, 1, 1), (DateOnly?)new DateOnly(2030, 6, 30), 1000m), (new DateOnly(2030, 7, 1), (DateOnly?)null, 1100m)],
            a.Periods.OrderBy(p => p.From).Select(p => (p.From, p.To, p.Amount)));
        var change = a.Changes.Single(c => c.Kind == AssignmentChangeKind.Recalculated);
        Assert.Equal((new DateOnly(2030, 7, 1), (decimal?)1000m, (decimal?)1100m), (change.EffectiveFrom, change.OldAmount, change.NewAmount));
        Assert.Contains("2-П-" + code, change.Reason);
        var s = await ctx.Assignments.AsNoTracking().Include(x => x.Periods).SingleAsync(x => x.Id == stopped);
        Assert.Equal([1000m], s.Periods.Select(p => p.Amount));
        Assert.True(await ctx.AuditEntries.AnyAsync(e => e.EntityType == nameof(MeasureAmount) && e.EntityId == code));
        Assert.True(await ctx.AuditEntries.AnyAsync(e => e.EntityType == nameof(Assignment) && e.Summary.Contains("Перерасчёт")));

        var card = await admin.GetAsync($"{Api}/{measureId}").Json();
        Assert.Equal(["2030-07-01", "2030-01-01"], card["amounts"]!.AsArray().Select(x => x!["validFrom"]!.GetValue<string>()));
        Assert.Equal(1, card["activeAssignments"]!.GetValue<int>());
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task A_new_parameter_value_recalculates_the_measures_whose_formula_uses_it(Db db)
    {
        var host = await HostAsync(db);
        var admin = await host.LoginAsync("admin");
        var parameter = "ТК" + Guid.NewGuid().ToString("N")[..4].ToUpperInvariant().Replace("A", "А");
        await admin
            .PostJson(
                $"{Api}/parameters",
                new
                {
                    code = parameter,
                    name = "Коэффициент теста",
                    validFrom = "2030-01-01",
                    value = 1m,
                    note = "тест",
                }
            )
            .Expect(HttpStatusCode.Created);
        var measureId = (int)
            (await admin.PostJson($"{Api}/", NewMeasure(Code("ФОРМ"), "formula", $"Б*{parameter}")).Json(HttpStatusCode.Created)).Id();
        var assignment = await AssignAsync(host, measureId, 1000m, stopped: false);

        var added = await admin.PostJson($"{Api}/parameters", new
        {
            code = parameter, name = "Коэффициент теста", validFrom = "2030-03-01", value = 1.2m,
            newLegalAct = new { type = "governmentResolution", number = "П-" + parameter, adoptedOn = "2030-02-01" },
        }).Json(HttpStatusCode.Created);

        Assert.Equal(1, added["recalculated"]!.GetValue<int>());
        await using var scope = host.Services.CreateAsyncScope();
        var a = await scope
            .ServiceProvider.GetRequiredService<SobesDbContext>()
            .Assignments.AsNoTracking()
            .Include(x => x.Periods)
            .SingleAsync(x => x.Id == assignment);
        Assert.Equal([1000m, 1200m], a.Periods.OrderBy(p => p.From).Select(p => p.Amount));
        Assert.Equal(new DateOnly(2030, 3, 1), a.Periods.Max(p => p.From));
    }

    [Theory]
    [InlineData("specialist")]
    [InlineData("head")]
    [InlineData("varna")]
    public async Task A_district_user_cannot_add_an_amount_and_nothing_changes(string login)
    {
        var host = await HostAsync(Db.Sqlite);
        var admin = await host.LoginAsync("admin");
        var measureId = (int)(await admin.PostJson($"{Api}/", NewMeasure(Code("ЗАПР"))).Json(HttpStatusCode.Created)).Id();
        var user = await host.LoginAsync(login);

        var problem = await user.PostJson(
                $"{Api}/{measureId}/amounts",
                new
                {
                    validFrom = "2030-07-01",
                    value = 1100m,
                    legalActId = await AnyActIdAsync(admin),
                }
            )
            .Problem(HttpStatusCode.Forbidden);
        Assert.Contains("администратор", problem["detail"]!.GetValue<string>());
        await user.PostJson($"{Api}/", NewMeasure(Code("ЗАПР"))).Problem(HttpStatusCode.Forbidden);
        Assert.Single((await admin.GetAsync($"{Api}/{measureId}").Json())["amounts"]!.AsArray());
        // Reading is open to everybody.
        await user.GetAsync($"{Api}/{measureId}").Expect(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Invalid_measures_are_refused_field_by_field_in_Russian_and_nothing_is_saved()
    {
        var host = await HostAsync(Db.Sqlite);
        var admin = await host.LoginAsync("admin");
        var before = (await admin.GetAsync($"{Api}/").Json()).AsArray().Count;

        var duplicate = await admin.PostJson($"{Api}/", NewMeasure("PRIEM-VOZNAGR")).Problem(HttpStatusCode.BadRequest);
        Assert.Contains("уже есть", Error(duplicate, "code"));

        var formula = await admin.PostJson($"{Api}/", NewMeasure(Code("ОШ"), "formula", "Б*(1+")).Problem(HttpStatusCode.BadRequest);
        Assert.Contains("Ошибка в формуле", Error(formula, "formula"));
        var unknown = await admin.PostJson($"{Api}/", NewMeasure(Code("ОШ"), "formula", "Б*НЕТТАКОГО")).Problem(HttpStatusCode.BadRequest);
        Assert.Contains("НЕТТАКОГО", Error(unknown, "formula"));

        var percentage = await admin.PostJson($"{Api}/", NewMeasure(Code("ОШ"), "percentage")).Problem(HttpStatusCode.BadRequest);
        Assert.Contains("параметр", Error(percentage, "baseParameterCode"));

        var empty = await admin
            .PostJson(
                $"{Api}/",
                new
                {
                    kind = "oneTime",
                    funding = "regional",
                    amountRule = "fixed",
                    endRule = "indefinite",
                    eligibility = new
                    {
                        categoryCodes = new[] { "НЕТ" },
                        childMinAge = 8,
                        childMaxAge = 3,
                        forChild = true,
                    },
                }
            )
            .Problem(HttpStatusCode.BadRequest);
        Assert.Contains("код", Error(empty, "code"));
        Assert.Contains("наименование", Error(empty, "name"));
        Assert.Contains("однократно", Error(empty, "endRule"));
        Assert.Contains("«НЕТ»", Error(empty, "eligibility.categoryCodes"));
        Assert.Contains("больше начального", Error(empty, "eligibility.childMaxAge"));
        Assert.Contains("первый размер", Error(empty, "firstAmount.value"));

        Assert.Equal(before, (await admin.GetAsync($"{Api}/").Json()).AsArray().Count);
    }

    [Fact]
    public async Task Invalid_amount_is_a_400_and_leaves_the_measure_and_its_assignments_unchanged()
    {
        var host = await HostAsync(Db.Sqlite);
        var admin = await host.LoginAsync("admin");
        var measureId = (int)(await admin.PostJson($"{Api}/", NewMeasure(Code("ИНД"))).Json(HttpStatusCode.Created)).Id();
        var assignment = await AssignAsync(host, measureId, 1000m, stopped: false);

        var noAct = await admin
            .PostJson($"{Api}/{measureId}/amounts", new { validFrom = "2030-07-01", value = 1100m })
            .Problem(HttpStatusCode.BadRequest);
        Assert.Contains("акт", Error(noAct, "legalActId"));
        var same = await admin
            .PostJson(
                $"{Api}/{measureId}/amounts",
                new
                {
                    validFrom = "2030-01-01",
                    value = -5m,
                    legalActId = await AnyActIdAsync(admin),
                }
            )
            .Problem(HttpStatusCode.BadRequest);
        Assert.Contains("уже установлен", Error(same, "validFrom"));
        Assert.Contains("отрицательным", Error(same, "value"));

        Assert.Single((await admin.GetAsync($"{Api}/{measureId}").Json())["amounts"]!.AsArray());
        await using var scope = host.Services.CreateAsyncScope();
        var a = await scope
            .ServiceProvider.GetRequiredService<SobesDbContext>()
            .Assignments.AsNoTracking()
            .Include(x => x.Periods)
            .SingleAsync(x => x.Id == assignment);
        Assert.Single(a.Periods);
    }

    [Fact]
    public async Task Seeded_catalogue_lists_filters_and_shows_the_regulation_of_seed_002()
    {
        var host = await HostAsync(Db.Sqlite);
        var user = await host.LoginAsync("varna");
        var foster = (await user.GetAsync($"{Api}/?category=priem&kind=monthly").Json()).AsArray();
        Assert.Contains(foster, m => m!["code"]!.GetValue<string>() == "PRIEM-VOZNAGR");
        Assert.All(foster, m => Assert.Equal("monthly", m!["kind"]!.GetValue<string>()));
        await user.GetAsync($"{Api}/?kind=weekly").Problem(HttpStatusCode.BadRequest);

        var remuneration = await user.GetAsync($"{Api}/{foster.Single(m => m!["code"]!.GetValue<string>() == "PRIEM-VOZNAGR")!.Id()}").Json();
        Assert.Equal("Б*(1+0.15*(Д-1)+0.2*Д3)*РК", remuneration["formula"]!.GetValue<string>());
        Assert.Equal(11, remuneration["stopGrounds"]!.AsArray().Count);
        var regulation = await user.GetAsync($"{Api}/regulations/{remuneration["regulationId"]!.GetValue<int>()}").Json();
        Assert.Equal("calendarDays", regulation["decisionDeadline"]!["unit"]!.GetValue<string>());
        Assert.Equal(10, regulation["decisionDeadline"]!["value"]!.GetValue<int>());
        Assert.Equal(8, regulation["documents"]!.AsArray().Count(d => d!["alternativeGroup"] is not null));
        Assert.Equal(6, regulation["measures"]!.AsArray().Count);

        var totals = (await user.GetAsync($"{Api}/{(await FindAsync(user, "DEN-POZHIL"))}").Json())["referenceTotals"]!.AsArray().Single()!;
        Assert.Equal((8849, 6194300.00m), (totals["recipients"]!.GetValue<int>(), totals["sum"]!.GetValue<decimal>()));
    }

    private static async Task<long> FindAsync(HttpClient client, string code) =>
        (await client.GetAsync($"{Api}/?q={code}").Json()).AsArray().Single(m => m!["code"]!.GetValue<string>() == code)!.Id();

    private static string Error(JsonNode problem, string field) =>
        string.Join(
            " ",
            problem["errors"]![field]?.AsArray().Select(x => x!.GetValue<string>())
                ?? throw new Xunit.Sdk.XunitException($"No error for «{field}»: {problem}")
        );

    private static async Task<int> AnyActIdAsync(HttpClient admin) => (int)(await admin.GetAsync($"{Api}/legal-acts").Json()).AsArray().First()!.Id();

    /// <summary>An assignment of the Kasli department staged the way a signed decision would leave it: from 01.01.2030 at the given amount.</summary>
    private static async Task<long> AssignAsync(SobesHost host, int measureId, decimal amount, bool stopped)
    {
        var citizen = await host.CreateCitizenAsync();
        var territory = await host.TerritoryIdAsync(Registry.KasliCode);
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SobesDbContext>();
        var organisation = await db
            .Organisations.Where(o =>
                o.TerritoryId == territory && o.Kind == Sobes.Domain.Organisations.OrganisationKind.SocialProtectionDepartment
            )
            .Select(o => o.Id)
            .FirstAsync();
        var start = new DateOnly(2030, 1, 1);
        var a = new Assignment
        {
            Number = "Т-" + Guid.NewGuid().ToString("N")[..12],
            CitizenId = citizen.Id,
            MeasureId = measureId,
            OrganisationId = organisation,
            TerritoryId = territory,
            DecidedOn = start,
            StartsOn = start,
            Periods =
            [
                new AssignmentPeriod
                {
                    From = start,
                    Amount = amount,
                    Basis = "тест",
                },
            ],
            Changes =
            [
                new AssignmentChange
                {
                    Kind = AssignmentChangeKind.Granted,
                    EffectiveFrom = start,
                    NewAmount = amount,
                    Reason = "тест",
                    AtUtc = DateTime.UtcNow,
                },
            ],
        };
        if (stopped)
        {
            a.Status = AssignmentStatus.Stopped;
            a.StoppedFrom = new DateOnly(2030, 12, 1);
            a.Periods[0].To = new DateOnly(2030, 11, 30);
        }
        db.Assignments.Add(a);
        await db.SaveChangesAsync();
        return a.Id;
    }
}
