using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sobes.Infrastructure.Persistence;
using Sobes.Web.Tests.Hosting;
using Sobes.Web.Tests.Support;
using static Sobes.Web.Tests.Applications.ApplicationsTestData;

namespace Sobes.Web.Tests.Applications;

/// <summary>Seed 002 section III on the card: the steps against their terms, the double-payment check, the Ministry's check of refusals.</summary>
[Clause("002", "III")]
public sealed class ProcedureTrackingWebTests(Hosts hosts) : WebTest(hosts)
{
    private static JsonNode Step(JsonNode card, string milestone) =>
        card["procedure"]!.AsArray().Single(s => s!["milestone"]!.GetValue<string>() == milestone)!;

    private static string State(JsonNode card, string milestone) => Step(card, milestone)["state"]!.GetValue<string>();

    [Clause("002", "7.1")]
    [Clause("002", "7.4")]
    [Clause("002", "14.3")]
    [Clause("002", "14.5")]
    [Clause("002", "15")]
    [Clause("002", "16.2")]
    [Clause("002", "18.1")]
    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Seed002_cl7_4_14_3_16_2_18_1_every_step_has_its_performer_start_finish_and_term(Db db)
    {
        var host = await HostAsync(db);
        var r = await host.CreateRegulationAsync();
        var specialist = await host.LoginAsync("specialist");
        var head = await host.LoginAsync("head");

        // Cl. 7.4, 14.3: intake within 30 minutes — begun 10 minutes ago is on time; 45 minutes ago is over by about a quarter of an hour.
        var (applicant, child) = await host.FamilyAsync();
        var body = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(Register(r, applicant, child, "2026-03-02")))!.AsObject();
        body["intakeStartedAtUtc"] = DateTime.UtcNow.AddMinutes(-10).ToString("O");
        var card = (await specialist.PostJson(Url, body).Json(HttpStatusCode.Created))["application"]!;
        var intake = Step(card, "intake");
        Assert.Equal("onTime", intake["state"]!.GetValue<string>());
        Assert.StartsWith("уложились: 1", intake["verdict"]!.GetValue<string>());
        Assert.Equal("Лаптева Светлана Николаевна", intake["performer"]!.GetValue<string>());
        Assert.Equal("специалист", intake["plannedPerformer"]!.GetValue<string>());
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$", intake["started"]!.GetValue<string>());
        Assert.Equal("notStarted", State(card, "signature"));
        Assert.Equal("otherModule", State(card, "payment"));
        Assert.Equal("выполняется в модуле «Выплаты»", Step(card, "payment")["verdict"]!.GetValue<string>());

        var (a2, c2) = await host.FamilyAsync();
        body = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(Register(r, a2, c2, "2026-03-02")))!.AsObject();
        body["intakeStartedAtUtc"] = DateTime.UtcNow.AddMinutes(-45).ToString("O");
        var late = Step((await specialist.PostJson(Url, body).Json(HttpStatusCode.Created))["application"]!, "intake");
        Assert.Equal("late", late["state"]!.GetValue<string>());
        Assert.Matches(@"^превышено на 1[56] мин\.$", late["verdict"]!.GetValue<string>());
        body["intakeStartedAtUtc"] = DateTime.UtcNow.AddHours(2).ToString("O");
        var (a3, c3) = await host.FamilyAsync();
        body["citizenId"] = a3;
        await specialist.PostJson(Url, body).Problem(HttpStatusCode.BadRequest);

        // Documents complete, the case formed with the draft (cl. 14.5), the visa (cl. 15) and the head's signature the same day (cl. 16.2).
        var id = card.Id();
        card = await specialist.CompleteAsync(r, id, "2026-03-02");
        Assert.Equal("inProgress", State(card, "caseForming"));
        await specialist
            .PutJson($"{Url}/{id}/draft", new { items = new[] { new { itemId = card["items"]![0]!.Id(), outcome = "grant" } } })
            .Expect(HttpStatusCode.OK);
        await specialist.PostJson($"{Url}/{id}/visa", new { }).Expect(HttpStatusCode.OK);
        card = await head.PostJson($"{Url}/{id}/sign", new { }).Json();
        Assert.Equal("onTime", State(card, "caseForming"));
        Assert.Equal("onTime", State(card, "controlVisa"));
        Assert.Equal(
            ("onTime", "Горбунова Елена Александровна"),
            (State(card, "signature"), Step(card, "signature")["performer"]!.GetValue<string>())
        );
        Assert.Equal("notApplicable", State(card, "refusal"));
        // Cl. 7.1: documents complete on 02.03.2026, due 12.03.2026 — not yet delivered and long overdue.
        Assert.Equal("overdue", State(card, "decision"));
        Assert.Equal("overdue", State(card, "notice"));

        // Cl. 18.1: the notice is recorded with its date and way; before the decision it cannot be.
        await specialist.PostJson($"{Url}/{id}/notice", new { }).Problem(HttpStatusCode.BadRequest);
        await (await host.LoginAsync("varna")).PostJson($"{Url}/{id}/notice", new { way = "post" }).Problem(HttpStatusCode.NotFound);
        card = await specialist.PostJson($"{Url}/{id}/notice", new { way = "post" }).Json();
        Assert.Equal(
            ("post", "Лаптева Светлана Николаевна"),
            (card["notice"]!["way"]!.GetValue<string>(), card["notice"]!["by"]!.GetValue<string>())
        );
        var notice = Step(card, "notice");
        Assert.Equal("late", notice["state"]!.GetValue<string>());
        Assert.Contains("направлено почтой", notice["verdict"]!.GetValue<string>());
        Assert.Equal("late", State(card, "decision"));
        Assert.Matches(@"^просрочено на \d+ дн\.$", Step(card, "decision")["verdict"]!.GetValue<string>());

        // The card shows the table.
        var html = await (await specialist.GetAsync($"/Applications/Card/{id}")).Content.ReadAsStringAsync();
        Assert.Contains("Ход предоставления услуги", html);
        Assert.Contains("выполняется в модуле «Выплаты»", html);
        Assert.Contains("href=\"/Payments/Periods\"", html);
    }

    [Clause("002", "14.2.3")]
    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Seed002_cl14_2_3_a_child_paid_in_Kasli_cannot_be_granted_the_same_measure_in_Varna_but_can_be_refused(Db db)
    {
        var host = await HostAsync(db);
        var r = await host.CreateRegulationAsync();
        var (applicant, child) = await host.FamilyAsync();
        var kasli = await host.LoginAsync("specialist");
        var card = await kasli.AwaitingSignatureAsync(r, applicant, child, "2026-04-01");
        card = await (await host.LoginAsync("head")).PostJson($"{Url}/{card.Id()}/sign", new { }).Json();
        var assignment = card["items"]![0]!["assignment"]!["number"]!.GetValue<string>();

        // The child moves to a foster family in the Varna district.
        var (varnaParent, _) = await host.FamilyAsync(territoryCode: Registry.VarnaCode);
        var varnaTerritory = await host.TerritoryIdAsync(Registry.VarnaCode);
        using (var scope = host.Services.CreateScope())
        {
            var context = scope.ServiceProvider.GetRequiredService<SobesDbContext>();
            var stored = await context.Citizens.SingleAsync(c => c.Id == child);
            stored.TerritoryId = varnaTerritory;
            await context.SaveChangesAsync();
        }
        var varna = await host.LoginAsync("varna");
        var registered = await varna.PostJson(Url, Register(r, varnaParent, child, "2026-05-04", furniture: true)).Json(HttpStatusCode.Created);
        var expected =
            $"Ребёнку уже назначено «Содержание ребёнка {r.Code}» в Управлении социальной защиты населения администрации " +
                $"Каслинского муниципального района, назначение № {assignment}";
        Assert.Contains(registered["warnings"]!.AsArray(), w => w!.GetValue<string>().StartsWith(expected, StringComparison.Ordinal));
        var check = registered["application"]!["doublePaymentCheck"]!;
        Assert.Equal("Ахметова Альфия Ринатовна", check["checkedBy"]!.GetValue<string>());
        Assert.Contains(expected, check["result"]!.GetValue<string>());
        // Only the department, the number and the measure are disclosed: nothing of the Kasli applicant.
        var kasliApplicant = await kasli.GetAsync($"/api/v1/citizens/{applicant}").Json();
        Assert.DoesNotContain(kasliApplicant["surname"]!.GetValue<string>(), check["result"]!.GetValue<string>());

        var id = registered["application"]!.Id();
        var items = (await varna.CompleteAsync(r, id, "2026-05-04"))["items"]!.AsArray();
        var problem = await varna
            .PutJson($"{Url}/{id}/draft", new { items = items.Select(i => new { itemId = i!.Id(), outcome = "grant" }).ToArray() })
            .Problem(HttpStatusCode.BadRequest);
        Assert.StartsWith(expected, problem["errors"]!["items[0].outcome"]![0]!.GetValue<string>());
        Assert.Null(problem["errors"]!["items[1].outcome"]);      // the furniture is not paid elsewhere
        // The check before the draft is recorded even though it blocked the draft.
        var after = await varna.GetAsync($"{Url}/{id}").Json();
        Assert.Contains(expected, after["doublePaymentCheck"]!["result"]!.GetValue<string>());
        Assert.Equal("pending", after["items"]![0]!["outcome"]!.GetValue<string>());

        // The specialist may still refuse it, and grant the furniture.
        var refusal = await varna.GetAsync($"{Url}/{id}").Json();
        var ground = refusal["refusalGrounds"]![0]!.Id();
        await varna
            .PutJson(
                $"{Url}/{id}/draft",
                new
                {
                    items = new object[]
                    {
                        new
                        {
                            itemId = items[0]!.Id(),
                            outcome = "refuse",
                            refusalGroundId = ground,
                            refusalDetails = "выплата назначена в Каслинском районе",
                        },
                        new { itemId = items[1]!.Id(), outcome = "grant" },
                    },
                }
            )
            .Expect(HttpStatusCode.OK);
    }

    [Clause("002", "17.2")]
    [Clause("002", "17.3")]
    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Seed002_cl17_2_a_refusal_goes_to_the_applicant_only_after_the_Ministry_has_checked_it(Db db)
    {
        var host = await HostAsync(db);
        var r = await host.CreateRegulationAsync(ministryCheck: true);
        var (applicant, child) = await host.FamilyAsync();
        var specialist = await host.LoginAsync("specialist");
        var inspector = await host.LoginAsync("inspector");
        var card = await specialist.AwaitingSignatureAsync(r, applicant, child, "2026-06-01", refuse: true);
        var id = card.Id();
        card = await (await host.LoginAsync("head")).PostJson($"{Url}/{id}/sign", new { }).Json();
        Assert.Equal("pending", card["refusalCheck"]!["state"]!.GetValue<string>());
        Assert.Contains("ждёт проверки Министерством", Step(card, "refusal")["verdict"]!.GetValue<string>());
        // The documents stay until the refusal is sent.
        Assert.All(card["checklist"]!.AsArray().Where(x => x!["received"] is JsonObject rec && rec["source"]!.GetValue<string>() == "applicant"),
            x => Assert.False(x!["received"]!["returnedToApplicant"]!.GetValue<bool>()));
        await specialist.PostJson($"{Url}/{id}/refusal-sent", new { }).Problem(HttpStatusCode.Conflict);

        // The ministry's queue holds it; another district's does not; the district head may not check it.
        Assert.Contains((await inspector.GetAsync($"{Url}/refusal-checks").Json()).AsArray(), x => x!["applicationId"]!.GetValue<long>() == id);
        Assert.DoesNotContain((await (await host.LoginAsync("varna.head")).GetAsync($"{Url}/refusal-checks").Json()).AsArray(), x =>
            x!["applicationId"]!.GetValue<long>() == id
        );
        await (await host.LoginAsync("head")).PostJson($"{Url}/{id}/refusal-check", new { confirmed = true }).Problem(HttpStatusCode.Forbidden);
        await specialist.PostJson($"{Url}/{id}/refusal-check", new { confirmed = true }).Expect(HttpStatusCode.Forbidden);

        // Returned with a remark (a remark is required), sent again, confirmed.
        await inspector.PostJson($"{Url}/{id}/refusal-check", new { confirmed = false }).Problem(HttpStatusCode.BadRequest);
        card = await inspector.PostJson($"{Url}/{id}/refusal-check", new { confirmed = false, remark = "Укажите норму закона" }).Json();
        Assert.Equal(
            ("returned", "Укажите норму закона"),
            (card["refusalCheck"]!["state"]!.GetValue<string>(), card["refusalCheck"]!["remark"]!.GetValue<string>())
        );
        await specialist.PostJson($"{Url}/{id}/refusal-sent", new { }).Problem(HttpStatusCode.Conflict);
        card = await specialist.PostJson($"{Url}/{id}/refusal-resubmit", new { note = "Норма указана" }).Json();
        Assert.Equal("pending", card["refusalCheck"]!["state"]!.GetValue<string>());
        card = await inspector.PostJson($"{Url}/{id}/refusal-check", new { confirmed = true }).Json();
        Assert.Equal(
            ("confirmed", "Климова Ирина Викторовна"),
            (card["refusalCheck"]!["state"]!.GetValue<string>(), card["refusalCheck"]!["checkedBy"]!.GetValue<string>())
        );

        // Cl. 17.2–17.3: sent with every document, marked returned.
        card = await specialist.PostJson($"{Url}/{id}/refusal-sent", new { }).Json();
        Assert.NotNull(card["refusalCheck"]!["sentOn"]);
        Assert.All(card["checklist"]!.AsArray().Where(x => x!["received"] is JsonObject rec && rec["source"]!.GetValue<string>() == "applicant"),
            x => Assert.True(x!["received"]!["returnedToApplicant"]!.GetValue<bool>()));
        Assert.Contains("проверил в Министерстве: Климова Ирина Викторовна", Step(card, "refusal")["performer"]!.GetValue<string>());
        await specialist.PostJson($"{Url}/{id}/refusal-sent", new { }).Problem(HttpStatusCode.Conflict);

        var text = await ApplicationLifecycleTests.DocxTextAsync(specialist, $"{Url}/{id}/refusal.docx");
        Assert.Contains("в двух экземплярах", text);
        Assert.Contains("после проверки обоснованности Министерством (обоснованность подтверждена", text);
        Assert.Contains("возвращён заявителю", text);
    }
}
