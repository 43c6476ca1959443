using System.Net;
using System.Text.Json.Nodes;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sobes.Domain.Common;
using Sobes.Domain.Measures;
using Sobes.Infrastructure.Persistence;
using Sobes.Web.Tests.Hosting;
using Sobes.Web.Tests.Support;
using static Sobes.Web.Tests.Applications.ApplicationsTestData;

namespace Sobes.Web.Tests.Applications;

public sealed class ApplicationLifecycleTests(Hosts hosts) : WebTest(hosts)
{
    [Theory, ClassData(typeof(AllDatabases))]
    public async Task The_journal_number_runs_on_past_its_padding_9999_then_10000_then_10001(Db db)
    {
        var host = await HostAsync(db);
        var r = await host.CreateRegulationAsync();
        var specialist = await host.LoginAsync("specialist");
        var (applicant, child) = await host.FamilyAsync();
        var first = (await specialist.RegisterAsync(r, applicant, child, "2021-03-02")).Id();
        using (var scope = host.Services.CreateScope())
        {
            var context = scope.ServiceProvider.GetRequiredService<SobesDbContext>();
            var stored = await context.MeasureApplications.SingleAsync(a => a.Id == first);
            stored.Number = "З-2021-9999";
            await context.SaveChangesAsync();
        }
        var (a2, c2) = await host.FamilyAsync();
        Assert.Equal("З-2021-10000", (await specialist.RegisterAsync(r, a2, c2, "2021-03-03"))["number"]!.GetValue<string>());
        var (a3, c3) = await host.FamilyAsync();
        Assert.Equal("З-2021-10001", (await specialist.RegisterAsync(r, a3, c3, "2021-03-04"))["number"]!.GetValue<string>());
    }

    [Clause("002", "7.1")]
    [Clause("002", "14.4")]
    [Clause("002", "15.2")]
    [Clause("002", "15.3")]
    [Clause("002", "16.2")]
    [Theory, ClassData(typeof(AllDatabases))]
    public async Task End_to_end_register_documents_interagency_answer_draft_visa_sign_creates_the_assignment_with_its_amount(Db db)
    {
        var host = await HostAsync(db);
        var r = await host.CreateRegulationAsync();
        var (applicant, child) = await host.FamilyAsync();
        var specialist = await host.LoginAsync("specialist");
        var head = await host.LoginAsync("head");

        var app = await specialist.RegisterAsync(r, applicant, child, "2026-02-20");
        var id = app.Id();
        Assert.Matches(@"^З-2026-\d{4}$", app["number"]!.GetValue<string>());
        Assert.Equal("registered", app["status"]!.GetValue<string>());
        foreach (var key in new[] { "application", "identity", "court" }) await specialist.ReceiveAsync(id, r.Doc(key), "2026-02-24");
        var card = await specialist.ReceiveAsync(id, r.Doc("residence"), "2026-02-24", issuedOn: "2026-02-10");
        Assert.Equal("registered", card["status"]!.GetValue<string>());

        // The birth certificate is obtained from the ЗАГС: request on Wednesday 25.02.2026, answer due in five working days (04.03.2026).
        card = await specialist
            .PostJson($"{Url}/{id}/requests", new { regulationDocumentId = r.Doc("birth"), sentOn = "2026-02-25" })
            .Json(HttpStatusCode.Created);
        var request = card["requests"]!.AsArray().Single()!;
        Assert.Equal("Отдел ЗАГС", request["body"]!.GetValue<string>());
        Assert.Equal("2026-03-04", request["dueOn"]!.GetValue<string>());
        Assert.Equal(
            "requested",
            card["checklist"]!.AsArray().Single(x => x!["regulationDocumentId"]!.GetValue<int>() == r.Doc("birth"))![
                "status"
            ]!.GetValue<string>()
        );

        // A confirming answer on Thursday 26.02.2026 completes the documents: seed 002 cl. 7.1 — ten days, 08.03 is a holiday and 09.03 a
        // day off → 10.03.2026.
        card = await specialist
            .PostJson(
                $"{Url}/{id}/requests/{request.Id()}/answer",
                new
                {
                    answeredOn = "2026-02-26",
                    answer = "Запись акта о рождении № 118 подтверждена",
                    confirms = true,
                }
            )
            .Json();
        Assert.Equal("underReview", card["status"]!.GetValue<string>());
        Assert.Equal("2026-02-26", card["documentsCompleteOn"]!.GetValue<string>());
        Assert.Equal("2026-03-10", card["dueOn"]!.GetValue<string>());
        var birth = card["checklist"]!.AsArray().Single(x => x!["regulationDocumentId"]!.GetValue<int>() == r.Doc("birth"))!;
        Assert.Equal(("received", "interagency"), (birth["status"]!.GetValue<string>(), birth["received"]!["source"]!.GetValue<string>()));

        // The draft (cl. 14.4): the rules propose the period from the month of application until the day before the 18th birthday.
        var item = card["items"]!.AsArray().Single()!;
        Assert.Equal(ChildAmount2026, item["proposal"]!["amount"]!.GetValue<decimal>());
        Assert.Equal(
            ("2026-02-01", "2033-05-31"),
            (item["proposal"]!["periodFrom"]!.GetValue<string>(), item["proposal"]!["periodTo"]!.GetValue<string>())
        );
        Assert.All(item["findings"]!.AsArray(), f => Assert.Equal("met", f!["kind"]!.GetValue<string>()));
        card = await specialist
            .PutJson(
                $"{Url}/{id}/draft",
                new { items = new[] { new { itemId = item.Id(), outcome = "grant" } }, version = card["version"]!.GetValue<int>() }
            )
            .Json();
        Assert.Equal(ChildAmount2026, card["items"]![0]!["amount"]!.GetValue<decimal>());

        // Control check and visa by the specialist (cl. 15.2–15.3), signature by the head (cl. 16.2).
        card = await specialist.PostJson($"{Url}/{id}/visa", new { }).Json();
        Assert.Equal("awaitingSignature", card["status"]!.GetValue<string>());
        var queue = await head.GetAsync($"{Url}/queue").Json();
        Assert.Contains(queue["awaitingSignature"]!.AsArray(), x => x!.Id() == id);
        card = await head.PostJson($"{Url}/{id}/sign", new { version = card["version"]!.GetValue<int>() }).Json();
        Assert.Equal("decided", card["status"]!.GetValue<string>());
        Assert.Matches(@"^Р-\d{4}-\d{4}$", card["decisionNumber"]!.GetValue<string>());
        Assert.NotNull(card["visaBy"]);
        var assignmentId = card["items"]![0]!["assignment"]!["id"]!.GetValue<long>();

        using var scope = host.Services.CreateScope();
        var sobes = scope.ServiceProvider.GetRequiredService<SobesDbContext>();
        var assignment = await sobes.Assignments.Include(a => a.Periods).SingleAsync(a => a.Id == assignmentId);
        Assert.Equal((applicant, (long?)child, r.ChildMeasure), (assignment.CitizenId, assignment.BeneficiaryCitizenId, assignment.MeasureId));
        Assert.Equal((new DateOnly(2026, 2, 1), (DateOnly?)new DateOnly(2033, 5, 31)), (assignment.StartsOn, assignment.EndsOn));
        Assert.Equal(ChildAmount2026, assignment.AmountOn(new DateOnly(2026, 3, 1)));
    }

    [Clause("002", "10.3")]
    [Clause("002", "10.5")]
    [Clause("002", "10.6")]
    [Fact]
    public async Task Seed002_cl10_checklist_refuses_expired_duplicate_and_unlisted_documents_and_accepts_one_alternative()
    {
        var host = await HostAsync(Db.Sqlite);
        var r = await host.CreateRegulationAsync();
        var other = await host.CreateRegulationAsync();
        var (applicant, child) = await host.FamilyAsync();
        var specialist = await host.LoginAsync("specialist");
        var id = (await specialist.RegisterAsync(r, applicant, child, "2026-03-02")).Id();

        var card = await specialist.GetAsync($"{Url}/{id}").Json();
        var missing = card["missingDocuments"]!.AsArray().Select(x => x!.GetValue<string>()).ToList();
        Assert.Contains("Справка о совместном проживании", missing);
        Assert.Contains("одно из: Свидетельство о смерти родителей; Решение суда о лишении родителей родительских прав", missing);
        Assert.DoesNotContain("Справка об учёбе ребёнка", missing);

        // cl. 10.5: the residence certificate is valid for a month from issue — issued 31 days before receipt it is refused.
        var expired = await specialist
            .PostJson(
                $"{Url}/{id}/documents",
                new
                {
                    regulationDocumentId = r.Doc("residence"),
                    receivedOn = "2026-03-05",
                    issuedOn = "2026-02-02",
                }
            )
            .Problem(HttpStatusCode.BadRequest);
        Assert.Contains("действителен 30 дней", expired["errors"]!["issuedOn"]![0]!.GetValue<string>());
        await specialist.ReceiveAsync(id, r.Doc("residence"), "2026-03-05", issuedOn: "2026-02-03");

        // cl. 10.3: no document twice, and no second proof of the same facts once an alternative of the group is in.
        var twice = await specialist
            .PostJson(
                $"{Url}/{id}/documents",
                new
                {
                    regulationDocumentId = r.Doc("residence"),
                    receivedOn = "2026-03-05",
                    issuedOn = "2026-03-01",
                }
            )
            .Problem(HttpStatusCode.BadRequest);
        Assert.Contains("п. 10.3", twice["errors"]!["regulationDocumentId"]![0]!.GetValue<string>());
        card = await specialist.ReceiveAsync(id, r.Doc("death"), "2026-03-05");
        Assert.Equal(
            "coveredByAlternative",
            card["checklist"]!.AsArray().Single(x => x!["regulationDocumentId"]!.GetValue<int>() == r.Doc("court"))![
                "status"
            ]!.GetValue<string>()
        );
        await specialist
            .PostJson($"{Url}/{id}/documents", new { regulationDocumentId = r.Doc("court"), receivedOn = "2026-03-05" })
            .Problem(HttpStatusCode.BadRequest);

        // cl. 10.6: a document of another regulation's list is beyond this list.
        var beyond = await specialist
            .PostJson($"{Url}/{id}/documents", new { regulationDocumentId = other.Doc("application"), receivedOn = "2026-03-05" })
            .Problem(HttpStatusCode.BadRequest);
        Assert.Contains("п. 10.6", beyond["errors"]!["regulationDocumentId"]![0]!.GetValue<string>());

        card = await specialist.GetAsync($"{Url}/{id}").Json();
        Assert.Equal("registered", card["status"]!.GetValue<string>());
        Assert.Equal(3, card["missingDocuments"]!.AsArray().Count);
    }

    [Clause("002", "14.2.3")]
    [Fact]
    public async Task Seed002_cl14_2_3_an_active_assignment_for_the_same_child_warns_of_double_payment_and_a_pending_application_blocks_a_second()
    {
        var host = await HostAsync(Db.Sqlite);
        var r = await host.CreateRegulationAsync();
        var (applicant, child) = await host.FamilyAsync();
        var specialist = await host.LoginAsync("specialist");
        var head = await host.LoginAsync("head");

        var first = await specialist.RegisterAsync(r, applicant, child, "2026-04-01");
        var blocked = await specialist.PostJson(Url, Register(r, applicant, child, "2026-04-02")).Problem(HttpStatusCode.Conflict);
        Assert.Contains(first["number"]!.GetValue<string>(), blocked["detail"]!.GetValue<string>());

        await specialist.CompleteAsync(r, first.Id(), "2026-04-01");
        await specialist
            .PutJson($"{Url}/{first.Id()}/draft", new { items = new[] { new { itemId = first["items"]![0]!.Id(), outcome = "grant" } } })
            .Expect(HttpStatusCode.OK);
        await specialist.PostJson($"{Url}/{first.Id()}/visa", new { }).Expect(HttpStatusCode.OK);
        await head.PostJson($"{Url}/{first.Id()}/sign", new { }).Expect(HttpStatusCode.OK);

        // The other foster parent applies for the same child: registered, with the warning of cl. 14.2 subcl. 3.
        var (spouse, _) = await host.FamilyAsync();
        var second = await specialist.PostJson(Url, Register(r, spouse, child, "2026-05-04")).Json(HttpStatusCode.Created);
        var warning = Assert.Single(second["warnings"]!.AsArray())!.GetValue<string>();
        Assert.StartsWith($"Ребёнку уже назначено «Содержание ребёнка {r.Code}»", warning);
        Assert.Contains("возможен только отказ", warning);
        Assert.Contains("п. 14.2 подп. 3", warning);
        Assert.NotEmpty(second["application"]!["items"]![0]!["warnings"]!.AsArray());
    }

    [Clause("002", "16.2")]
    [Clause("002", "15.2")]
    [Fact]
    public async Task Seed002_cl16_2_only_the_head_of_the_department_signs_and_may_return_the_draft_with_a_note()
    {
        var host = await HostAsync(Db.Sqlite);
        var r = await host.CreateRegulationAsync();
        var (applicant, child) = await host.FamilyAsync();
        var specialist = await host.LoginAsync("specialist");
        var head = await host.LoginAsync("head");
        var card = await specialist.AwaitingSignatureAsync(r, applicant, child, "2026-06-01");
        var id = card.Id();

        var refused = await specialist.PostJson($"{Url}/{id}/sign", new { }).Problem(HttpStatusCode.Forbidden);
        Assert.Contains("п. 16.2", refused["detail"]!.GetValue<string>());
        await (await host.LoginAsync("varna.head")).PostJson($"{Url}/{id}/sign", new { }).Expect(HttpStatusCode.NotFound);

        await head.PostJson($"{Url}/{id}/return", new { note = "" }).Problem(HttpStatusCode.BadRequest);
        card = await head.PostJson($"{Url}/{id}/return", new { note = "Уточните период выплаты" }).Json();
        Assert.Equal(("underReview", "Уточните период выплаты"), (card["status"]!.GetValue<string>(), card["returnNote"]!.GetValue<string>()));
        Assert.Null(card["visaBy"]);

        // The head may make the control check too (cl. 15.2: «начальник отдела»), then signs; a stale version is a conflict.
        card = await head.PostJson($"{Url}/{id}/visa", new { }).Json();
        await head.PostJson($"{Url}/{id}/sign", new { version = card["version"]!.GetValue<int>() - 1 }).Problem(HttpStatusCode.Conflict);
        card = await head.PostJson($"{Url}/{id}/sign", new { version = card["version"]!.GetValue<int>() }).Json();
        Assert.Equal("decided", card["status"]!.GetValue<string>());
        Assert.Equal(card["visaBy"]!.GetValue<string>(), card["signedBy"]!.GetValue<string>());
    }

    [Clause("002", "17.2")]
    [Clause("002", "17.3")]
    [Clause("002", "17.4")]
    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Seed002_cl17_3_and_17_4_a_refusal_holds_every_element_and_is_entered_in_the_refusal_journal(Db db)
    {
        var host = await HostAsync(db);
        var r = await host.CreateRegulationAsync();
        var (applicant, child) = await host.FamilyAsync(childBirthDate: "2016-09-12");
        var specialist = await host.LoginAsync("specialist");
        var head = await host.LoginAsync("head");
        var card = await specialist.AwaitingSignatureAsync(r, applicant, child, "2026-07-01", refuse: true);
        var id = card.Id();
        card = await head.PostJson($"{Url}/{id}/sign", new { }).Json();
        var refusalNumber = card["items"]![0]!["refusalNumber"]!.GetValue<string>();
        Assert.Matches(@"^ОТК-\d{4}-\d{4}$", refusalNumber);
        Assert.Equal(refusalNumber, card["decisionNumber"]!.GetValue<string>());
        Assert.Null(card["items"]![0]!["assignment"]);
        // Cl. 17.2: the applicant's copy goes with every document submitted; sending it marks them returned.
        await specialist.PostJson($"{Url}/{id}/refusal-sent", new { }).Expect(HttpStatusCode.OK);

        var text = await DocxTextAsync(specialist, $"{Url}/{id}/refusal.docx");
        var applicantCard = await specialist.GetAsync($"/api/v1/citizens/{applicant}").Json();
        var childCard = await specialist.GetAsync($"/api/v1/citizens/{child}").Json();
        var decidedOn = DateOnly.Parse(card["decidedOn"]!.GetValue<string>()).ToString("dd.MM.yyyy");
        Assert.Contains($"РЕШЕНИЕ № {refusalNumber} от {decidedOn}", text);                                     // number and date
        Assert.Contains(applicantCard["surname"]!.GetValue<string>() + " Анна Сергеевна", text);                 // applicant's name
        Assert.Contains("ул. Ленина", text);                                                                     // address
        Assert.Contains("Денежные средства на содержание ребёнка в приёмной семье", text);                     // kind of payment
        Assert.Contains(childCard["surname"]!.GetValue<string>() + " Мария Петровна, дата рождения 12.09.2016", text); // child
        Assert.Contains($"подано 01.07.2026, регистрационный № {card["number"]!.GetValue<string>()}", text);      // application
        Assert.Contains("Отсутствие права на назначение денежных средств (нет договора о приёмной семье)", text);
        Assert.Contains("ст. 3 Закона Челябинской области от 25.10.2007 № 212-ЗО", text);                       // legal reference
        Assert.Contains("в течение 30 дней со дня её регистрации (п. 23.9 регламента)", text);                  // appeal
        Assert.Contains("Справка о совместном проживании", text);                                               // documents
        Assert.Contains("возвращён заявителю", text);                                                           // mark of return

        var journal = await specialist.GetAsync($"{Url}/refusals").Json();
        var entry = journal.AsArray().Single(x => x!["refusalNumber"]!.GetValue<string>() == refusalNumber)!;
        Assert.Equal(
            DateOnly.Parse(card["decidedOn"]!.GetValue<string>()).AddYears(5).ToString("yyyy-MM-dd"),
            entry["keepUntil"]!.GetValue<string>()
        );
        await (await host.LoginAsync("varna.head")).GetAsync($"{Url}/refusals").Json().ContinueWith(t =>
            Assert.DoesNotContain(t.Result.AsArray(), x => x!["refusalNumber"]!.GetValue<string>() == refusalNumber));
    }

    [Clause("002", "18.1")]
    [Fact]
    public async Task Seed002_cl18_1_the_notice_holds_the_amount_and_the_payment_period_of_each_granted_measure()
    {
        var host = await HostAsync(Db.Sqlite);
        var r = await host.CreateRegulationAsync();
        var (applicant, child) = await host.FamilyAsync();
        var specialist = await host.LoginAsync("specialist");
        var head = await host.LoginAsync("head");
        var id = (await specialist.RegisterAsync(r, applicant, child, "2026-08-03", furniture: true)).Id();
        var card = await specialist.CompleteAsync(r, id, "2026-08-04");
        await specialist.GetAsync($"{Url}/{id}/notice.docx").Problem(HttpStatusCode.Conflict);
        var items = card["items"]!.AsArray().Select(i => new { itemId = i!.Id(), outcome = "grant" }).ToArray();
        await specialist.PutJson($"{Url}/{id}/draft", new { items }).Expect(HttpStatusCode.OK);
        await specialist.PostJson($"{Url}/{id}/visa", new { }).Expect(HttpStatusCode.OK);
        card = await head.PostJson($"{Url}/{id}/sign", new { }).Json();

        var text = await DocxTextAsync(specialist, $"{Url}/{id}/notice.docx");
        Assert.Contains("УВЕДОМЛЕНИЕ", text);
        Assert.Contains($"№ {card["decisionNumber"]!.GetValue<string>()}", text);
        Assert.Contains(RussianFormat.Money(ChildAmount2026) + " в месяц", text);
        Assert.Contains("ежемесячно с 01.08.2026 по 31.05.2033", text);
        Assert.Contains(RussianFormat.Money(FurnitureAmount), text);
        Assert.Contains("единовременно", text);
        Assert.Contains("Каслин", text);                              // the department
        Assert.Contains("Специалист:", text);

        var decision = await DocxTextAsync(specialist, $"{Url}/{id}/decision.docx");
        Assert.Contains($"РЕШЕНИЕ (ПРОТОКОЛ) № {card["decisionNumber"]!.GetValue<string>()}", decision);
    }

    [Fact]
    public async Task Withdrawal_before_signature_and_the_journal_filters()
    {
        var host = await HostAsync(Db.Sqlite);
        var r = await host.CreateRegulationAsync();
        var (applicant, child) = await host.FamilyAsync();
        var specialist = await host.LoginAsync("specialist");
        var app = await specialist.RegisterAsync(r, applicant, child, "2026-09-01");
        var card = await specialist.PostJson($"{Url}/{app.Id()}/withdraw", new { note = "Заявление отозвано лично" }).Json();
        Assert.Equal("withdrawn", card["status"]!.GetValue<string>());
        await specialist.PostJson($"{Url}/{app.Id()}/withdraw", new { }).Problem(HttpStatusCode.Conflict);

        var page = await specialist.GetAsync($"{Url}?measureId={r.ChildMeasure}&status=withdrawn").Json();
        Assert.Equal(app["number"]!.GetValue<string>(), Assert.Single(page.Items())["number"]!.GetValue<string>());
        var byNumber = await specialist.GetAsync($"{Url}?q={app["number"]!.GetValue<string>()}").Json();
        Assert.Single(byNumber.Items());
        Assert.Empty((await (await host.LoginAsync("varna.head")).GetAsync($"{Url}?measureId={r.ChildMeasure}").Json()).Items());
        Assert.Single((await (await host.LoginAsync("inspector")).GetAsync($"{Url}?measureId={r.ChildMeasure}").Json()).Items());
        await specialist.GetAsync($"{Url}?status=nonsense").Problem(HttpStatusCode.BadRequest);
    }

    internal static async Task<string> DocxTextAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url).Expect(HttpStatusCode.OK);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType?.MediaType);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var doc = WordprocessingDocument.Open(stream, false);
        return string.Join("\n", doc.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().Select(p => p.InnerText));
    }
}
