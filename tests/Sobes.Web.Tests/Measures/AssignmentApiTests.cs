using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sobes.Domain.Audit;
using Sobes.Domain.Common;
using Sobes.Domain.Measures;
using Sobes.Infrastructure.Measures;
using Sobes.Infrastructure.Persistence;
using Sobes.Web.Tests.Hosting;
using Sobes.Web.Tests.Support;
using static Sobes.Web.Tests.Measures.AssignmentScenario;

namespace Sobes.Web.Tests.Measures;

/// <summary>Assignments through /api/v1/assignments: stops on the grounds of seed 002 cl. 8.1, suspensions, recalculation, scope and
/// rights.</summary>
public sealed class AssignmentApiTests(Hosts hosts) : WebTest(hosts)
{
    private const string Api = "/api/v1/assignments";
    private static readonly DateOnly ChildBirth = new(2015, 6, 1);

    private static async Task<JsonNode> ScheduleAsync(HttpClient client, long id, int year, int month) =>
        (await client.GetAsync($"{Api}/{id}/schedule?year={year}&month={month}").Json()).AsArray().Single()!;

    private static decimal Amount(JsonNode month) => month["amount"]!.GetValue<decimal>();

    // Seed 002 cl. 8.1: each of the eleven grounds stops a foster-family payment; the measure pays to the end of the month of the event.
    [Clause("002", "8.1")]
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    [InlineData(8)]
    [InlineData(9)]
    [InlineData(10)]
    [InlineData(11)]
    public async Task Seed002_cl8_1_each_ground_stops_the_payment_from_the_next_month_and_the_history_records_it(int subclause)
    {
        var host = await HostAsync(Db.Sqlite);
        var id = await FosterAsync(host, new DateOnly(2025, 1, 1), ChildBirth);
        var specialist = await host.LoginAsync("specialist");
        var stopped = await specialist.PostJson($"{Api}/{id}/stop", new
        {
            groundCode = GroundCode(subclause), eventDate = "2025-06-12", document = $"Документ по подп. {subclause}", registeredOn = "2025-06-20",
        }).Json();
        Assert.Equal("stopped", stopped["status"]!.GetValue<string>());
        Assert.Equal("2025-07-01", stopped["stoppedFrom"]!.GetValue<string>());
        Assert.Equal("2025-06-30", stopped["lastPaidDay"]!.GetValue<string>());
        Assert.Equal($"п. 8.1 подп. {subclause}", stopped["stopGround"]!["clause"]!.GetValue<string>());
        Assert.Equal(Seed002StopGrounds[subclause - 1], stopped["stopGround"]!["text"]!.GetValue<string>());
        var change = stopped["changes"]!.AsArray().Last()!;
        Assert.Equal(("stopped", "2025-07-01"), (change["kind"]!.GetValue<string>(), change["effectiveFrom"]!.GetValue<string>()));
        Assert.Contains(Seed002StopGrounds[subclause - 1], change["reason"]!.GetValue<string>());
        Assert.Equal(4430.40m, Amount(await ScheduleAsync(specialist, id, 2025, 6)));
        Assert.Equal(0m, Amount(await ScheduleAsync(specialist, id, 2025, 7)));
        var number = stopped["number"]!.GetValue<string>();
        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SobesDbContext>();
        Assert.True(await db.AuditEntries.AnyAsync(e => e.EntityType == nameof(Assignment) && e.EntityId == number && e.Action == AuditAction.Update
                                                         && e.Summary.Contains("Прекращение выплаты")));
    }

    // Seed 002 cl. 8.1 subcl. 1: the 18th birthday ends the payment with no one registering it — the automatic run stops it on that ground.
    [Clause("002", "8.1.1")]
    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Seed002_cl8_1_subcl1_the_18th_birthday_stops_the_payment_automatically(Db dbKind)
    {
        var host = await HostAsync(dbKind);
        var today = host.Service<RegionClock>().Today;
        var birth = today.AddYears(-18).AddDays(-3);
        var id = await FosterAsync(host, new DateOnly(2024, 1, 1), birth);
        using (var scope = host.Services.CreateScope())
            await scope.ServiceProvider.GetRequiredService<AutomaticStops>().StopDueAsync(null, today);
        var card = await (await host.LoginAsync("specialist")).GetAsync($"{Api}/{id}").Json();
        var eighteenth = birth.AddYears(18);
        Assert.Equal(("stopped", "8.1-1"), (card["status"]!.GetValue<string>(), card["stopGroundCode"]!.GetValue<string>()));
        Assert.Equal(eighteenth.ToString("yyyy-MM-dd"), card["stoppedFrom"]!.GetValue<string>());
        Assert.Equal(eighteenth.AddDays(-1).ToString("yyyy-MM-dd"), card["lastPaidDay"]!.GetValue<string>());
        var change = card["changes"]!.AsArray().Last()!;
        Assert.Null(change["userId"]);
        Assert.Contains("возраста 18 лет", change["reason"]!.GetValue<string>());
        Assert.Contains("автоматически", change["reason"]!.GetValue<string>());
    }

    // A death in the registry stops the payment without anyone registering it: the day of death is the first day not paid (stop rule of the measure).
    [Fact]
    public async Task A_death_in_the_registry_stops_the_payment_automatically_and_the_administrator_may_run_it()
    {
        var host = await HostAsync(Db.Sqlite);
        var today = host.Service<RegionClock>().Today;
        var recipient = await CitizenAsync(host, new DateOnly(1970, 2, 2));
        var id = await GrantAsync(host, "head", PerChild, recipient, null, new DateOnly(2025, 1, 1), null, children: 2);
        var died = today.AddDays(-10);
        using (var scope = host.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SobesDbContext>();
            var c = await db.Citizens.SingleAsync(x => x.Id == recipient);
            c.DeathDate = died;
            await db.SaveChangesAsync();
        }
        await (await host.LoginAsync("specialist")).PostAsync($"{Api}/automatic-stops", null).Expect(HttpStatusCode.Forbidden);
        var run = await (await host.LoginAsync("admin")).PostAsync($"{Api}/automatic-stops", null).Json();
        var card = await (await host.LoginAsync("specialist")).GetAsync($"{Api}/{id}").Json();
        Assert.Contains(card["number"]!.GetValue<string>(), run["onDeath"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Equal(("stopped", died.ToString("yyyy-MM-dd")), (card["status"]!.GetValue<string>(), card["stoppedFrom"]!.GetValue<string>()));
        Assert.Contains("Смерть получателя", card["statusReason"]!.GetValue<string>());
    }

    // Indexation: a new dated amount recalculates the active assignments of the measure; the old period closes the day before.
    [Fact]
    public async Task Indexation_from_a_date_closes_the_old_period_the_day_before_and_the_history_has_both_amounts()
    {
        var host = await HostAsync(Db.Sqlite);
        var code = await AssignmentScenarioMeasures.FixedMeasureAsync(host, 5000m, new DateOnly(2024, 1, 1));
        var recipient = await CitizenAsync(host, new DateOnly(1960, 3, 3));
        var id = await GrantAsync(host, "head", code, recipient, null, new DateOnly(2025, 1, 1), null);
        var head = await UserAsync(host, "head");
        using (var scope = host.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SobesDbContext>();
            var measure = await db.Measures.Include(m => m.Amounts).SingleAsync(m => m.Code == code);
            measure.Amounts.Add(new MeasureAmount { ValidFrom = new DateOnly(2025, 7, 1), Value = 5200m, Note = "индексация на 1,04 (проверка)" });
            await db.SaveChangesAsync();
            Assert.Equal(
                1,
                await scope
                    .ServiceProvider.GetRequiredService<AssignmentFactory>()
                    .RecalculateMeasureAsync(head, measure, new DateOnly(2025, 7, 1), "Индексация на 1,04", default)
            );
            await db.SaveChangesAsync();
        }
        var card = await (await host.LoginAsync("specialist")).GetAsync($"{Api}/{id}").Json();
        var periods = card["periods"]!
            .AsArray()
            .Select(p => (p!["from"]!.GetValue<string>(), p["to"]?.GetValue<string>(), p["amount"]!.GetValue<decimal>()))
            .ToList();
        Assert.Equal([("2025-01-01", "2025-06-30", 5000m), ("2025-07-01", null, 5200m)], periods);
        var change = card["changes"]!.AsArray().Last()!;
        Assert.Equal(
            ("recalculated", 5000m, 5200m),
            (change["kind"]!.GetValue<string>(), change["oldAmount"]!.GetValue<decimal>(), change["newAmount"]!.GetValue<decimal>())
        );
    }

    [Fact]
    public async Task The_month_amount_is_pro_rata_for_a_start_mid_month_a_suspension_and_a_recalculation_inside_a_month()
    {
        var host = await HostAsync(Db.Sqlite);
        var recipient = await CitizenAsync(host, new DateOnly(1985, 1, 9));
        // 4 children × 1000 ₽ from 17 March 2025: 4000 × 15 / 31 = 1935.48.
        var id = await GrantAsync(host, "head", PerChild, recipient, null, new DateOnly(2025, 3, 17), null, children: 4);
        var client = await host.LoginAsync("accountant");
        Assert.Equal(1935.48m, Amount(await ScheduleAsync(client, id, 2025, 3)));

        // Suspended 11–20 April: 4000 × 20 / 30 = 2666.67.
        await client.PostJson($"{Api}/{id}/suspend", new { from = "2025-04-11", reason = "Неявка для подтверждения состава семьи" }).Json();
        var resumed = await client.PostJson($"{Api}/{id}/resume", new { from = "2025-04-21", reason = "Состав семьи подтверждён" }).Json();
        Assert.Equal("active", resumed["status"]!.GetValue<string>());
        Assert.Equal(2666.67m, Amount(await ScheduleAsync(client, id, 2025, 4)));

        // One child fewer from 15 May: (4000 × 14 + 3000 × 17) / 31 = 107000 / 31 = 3451.61.
        var recalculated = await client
            .PostJson(
                $"{Api}/{id}/recalculate",
                new
                {
                    from = "2025-05-15",
                    children = 3,
                    reason = "Ребёнок выбыл из семьи",
                }
            )
            .Json();
        Assert.Equal(3451.61m, Amount(await ScheduleAsync(client, id, 2025, 5)));
        var periods = recalculated["periods"]!.AsArray();
        Assert.Equal(("2025-05-14", 3000m), (periods[0]!["to"]!.GetValue<string>(), periods[1]!["amount"]!.GetValue<decimal>()));
        Assert.Equal(
            ["granted", "suspended", "resumed", "recalculated"],
            recalculated["changes"]!.AsArray().Select(c => c!["kind"]!.GetValue<string>())
        );
        var year = (await client.GetAsync($"{Api}/{id}/schedule?year=2025").Json()).AsArray();
        Assert.Equal(12, year.Count);
        Assert.Equal(3000m, Amount(year[11]!));
    }

    [Fact]
    public async Task Bad_input_is_refused_field_by_field_in_Russian_and_nothing_changes()
    {
        var host = await HostAsync(Db.Sqlite);
        var id = await FosterAsync(host, new DateOnly(2025, 1, 1), ChildBirth);
        var client = await host.LoginAsync("head");
        var problem = await client.PostJson($"{Api}/{id}/stop", new { document = "без даты" }).Problem(HttpStatusCode.BadRequest);
        Assert.Equal("Выберите основание прекращения из перечня меры.", problem["errors"]!["groundCode"]![0]!.GetValue<string>());
        Assert.NotNull(problem["errors"]!["eventDate"]);
        var unknown = await client
            .PostJson($"{Api}/{id}/stop", new { groundCode = "нет-такого", eventDate = "2025-06-01" })
            .Problem(HttpStatusCode.BadRequest);
        Assert.NotNull(unknown["errors"]!["groundCode"]);
        var suspend = await client.PostJson($"{Api}/{id}/suspend", new { from = "2024-06-01" }).Problem(HttpStatusCode.BadRequest);
        Assert.NotNull(suspend["errors"]!["from"]);
        Assert.NotNull(suspend["errors"]!["reason"]);
        await client.PostJson($"{Api}/{id}/resume", new { from = "2025-06-01", reason = "нечего возобновлять" }).Problem(HttpStatusCode.Conflict);
        var card = await client.GetAsync($"{Api}/{id}").Json();
        Assert.Equal("active", card["status"]!.GetValue<string>());
        Assert.Single(card["changes"]!.AsArray(), c => c!["kind"]!.GetValue<string>() != "recalculated");
    }

    // Territory scope: a department sees its own organisation's assignments, the ministry all; read-only roles may not stop.
    [Fact]
    public async Task Another_district_assignment_is_404_and_a_read_only_role_gets_403_on_stop()
    {
        var host = await HostAsync(Db.Sqlite);
        var varnaId = await FosterAsync(host, new DateOnly(2025, 1, 1), ChildBirth, head: "varna.head");
        var kasli = await host.LoginAsync("specialist");
        await kasli.GetAsync($"{Api}/{varnaId}").Problem(HttpStatusCode.NotFound);
        await kasli.PostJson($"{Api}/{varnaId}/stop", new { groundCode = GroundCode(9), eventDate = "2025-05-05" }).Problem(HttpStatusCode.NotFound);
        await (await host.LoginAsync("inspector")).GetAsync($"{Api}/{varnaId}").Expect(HttpStatusCode.OK);

        var kasliId = await FosterAsync(host, new DateOnly(2025, 1, 1), ChildBirth);
        foreach (var login in new[] { "auditor", "inspector", "admin" })
            await (await host.LoginAsync(login)).PostJson($"{Api}/{kasliId}/stop", new { groundCode = GroundCode(9), eventDate = "2025-05-05" })
                .Expect(HttpStatusCode.Forbidden);
        Assert.Equal("active", (await kasli.GetAsync($"{Api}/{kasliId}").Json())["status"]!.GetValue<string>());
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task The_list_filters_by_person_and_status_and_totals_the_current_monthly_amounts(Db db)
    {
        var host = await HostAsync(db);
        var recipient = await CitizenAsync(host, new DateOnly(1979, 7, 7));
        var today = host.Service<RegionClock>().Today;
        await GrantAsync(host, "head", PerChild, recipient, null, today.AddMonths(-2), null, children: 2);
        var stoppedId = await GrantAsync(host, "head", PerChild, recipient, null, today.AddMonths(-2), null, children: 5);
        var client = await host.LoginAsync("specialist");
        await client.PostJson($"{Api}/{stoppedId}/stop", new { groundCode = "T-1", eventDate = today.AddDays(-5).ToString("yyyy-MM-dd") }).Json();
        var all = await client.GetAsync($"{Api}?citizenId={recipient}").Json();
        Assert.Equal((2, 2000m), (all["total"]!.GetValue<int>(), all["monthlySum"]!.GetValue<decimal>()));
        var active = await client.GetAsync($"{Api}?citizenId={recipient}&status=active").Json();
        Assert.Equal(2000m, active.Items().Single()["currentAmount"]!.GetValue<decimal>());
        Assert.Equal(0, (await (await host.LoginAsync("varna")).GetAsync($"{Api}?citizenId={recipient}").Json())["total"]!.GetValue<int>());

        // By the beginning of the recipient's surname, in any case and with Ё written as Е.
        var surname = (await client.GetAsync($"/api/v1/citizens/{recipient}").Json())["surname"]!.GetValue<string>();
        var prefix = surname[..Math.Min(4, surname.Length)].ToLowerInvariant().Replace('ё', 'е');
        var bySurname = await client.GetAsync($"{Api}?recipient={Uri.EscapeDataString(prefix)}&pageSize=200").Json();
        Assert.Contains(bySurname.Items(), i => i["citizenId"]!.GetValue<long>() == recipient);
        Assert.All(bySurname.Items(), i => Assert.StartsWith(prefix, i["citizenName"]!.GetValue<string>().ToLowerInvariant().Replace('ё', 'е')));
    }
}
