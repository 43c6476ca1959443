using System.Net;
using System.Text.Json.Nodes;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sobes.Domain.Applications;
using Sobes.Domain.Calendar;
using Sobes.Domain.Common;
using Sobes.Infrastructure.Persistence;
using Sobes.Web.Tests.Hosting;
using Sobes.Web.Tests.Support;

namespace Sobes.Web.Tests.Appeals;

/// <summary>Complaints of seed 002 section V through the API: registration, the head's single extension (cl. 23.9), the answer (cl. 23.8),
/// the letters and the journal.</summary>
[Clause("002", "V")]
public sealed class AppealsWebTests(Hosts hosts) : WebTest(hosts)
{
    public const string Url = "/api/v1/appeals";
    private static readonly ProductionCalendar Calendar = new(RussianCalendarData.All);
    private static readonly AdministrativeRegulation Seed002 = new() { ComplaintAnswerDays = 30, ComplaintExtensionDays = 15 };

    public static object Body(long citizenId, DateOnly receivedOn, string subject = "amountCorrectness") => new
    {
        citizenId, receivedOn = receivedOn.ToString("yyyy-MM-dd"), channel = "post", subject,
        text = "Не согласна с размером выплаты: прошу пересчитать.", officials = "специалист по выплате", attachments = "копия решения",
    };

    [Clause("002", "23.9")]
    [Clause("002", "23.8")]
    [Theory, ClassData(typeof(AllDatabases))]
    public async Task A_complaint_is_registered_extended_once_by_the_head_and_answered_with_the_letters(Db db)
    {
        var host = await HostAsync(db);
        var today = host.Service<RegionClock>().Today;
        var citizen = (await host.CreateCitizenAsync()).Id;
        var specialist = await host.LoginAsync("specialist");
        var head = await host.LoginAsync("head");

        // Seed 002 cl. 23.9 with its own figure: received 02.11.2026 → the answer is due 02.12.2026.
        var example = await specialist.PostJson(Url, Body(citizen, new DateOnly(2026, 11, 2))).Json(HttpStatusCode.Created);
        Assert.Equal("2026-12-02", example["dueOn"]!.GetValue<string>());
        Assert.StartsWith("Ж-2026-", example["number"]!.GetValue<string>());
        Assert.Equal("AR-PRIEM-VARNA", example["regulation"]!.GetValue<string>());

        var received = today.AddDays(-3);
        var card = await specialist.PostJson(Url, Body(citizen, received, "deadlineViolation")).Json(HttpStatusCode.Created);
        var id = card.Id();
        Assert.Equal(DeadlineRules.ComplaintDue(received, Seed002, Calendar).ToString("yyyy-MM-dd"), card["dueOn"]!.GetValue<string>());
        Assert.Equal("underReview", card["status"]!.GetValue<string>());

        // Only the head extends (cl. 23.9); by at most 15 days; once.
        var extension = new { days = 15, reason = "требуется проверка сведений в органе опеки", notifiedOn = today.ToString("yyyy-MM-dd") };
        await specialist.PostJson($"{Url}/{id}/extend", extension).Problem(HttpStatusCode.Forbidden);
        var tooLong = await head.PostJson(
                $"{Url}/{id}/extend",
                new
                {
                    days = 16,
                    reason = "проверка",
                    notifiedOn = today.ToString("yyyy-MM-dd"),
                }
            )
            .Problem(HttpStatusCode.BadRequest);
        Assert.NotNull(tooLong["errors"]!["days"]);
        Assert.Null((await head.GetAsync($"{Url}/{id}").Json())["extensionDays"]);
        var extended = await head.PostJson($"{Url}/{id}/extend", extension).Json();
        Assert.Equal(DeadlineRules.ComplaintDue(received, Seed002, Calendar, 15).ToString("yyyy-MM-dd"), extended["dueOn"]!.GetValue<string>());
        Assert.Equal("extended", extended["status"]!.GetValue<string>());
        var again = await head.PostJson(
                $"{Url}/{id}/extend",
                new
                {
                    days = 5,
                    reason = "ещё проверка",
                    notifiedOn = today.ToString("yyyy-MM-dd"),
                }
            )
            .Problem(HttpStatusCode.Conflict);
        Assert.Contains("только один раз", again["detail"]!.GetValue<string>());

        var notice = DocxText(await specialist.GetAsync($"{Url}/{id}/extension.docx").Expect(HttpStatusCode.OK));
        Assert.Contains("продлён на 15 дн.", notice);
        Assert.Contains(DateOnly.Parse(extended["dueOn"]!.GetValue<string>()).ToString("dd.MM.yyyy"), notice);
        await specialist.GetAsync($"{Url}/{id}/answer.docx").Problem(HttpStatusCode.Conflict);

        var answered = await specialist
            .PostJson(
                $"{Url}/{id}/answer",
                new
                {
                    decision = "refused",
                    text = "Срок принятия решения не нарушен.",
                    answeredOn = today.ToString("yyyy-MM-dd"),
                }
            )
            .Json();
        Assert.Equal("answered", answered["status"]!.GetValue<string>());
        Assert.False(answered["answeredLate"]!.GetValue<bool>());
        await specialist.PostJson($"{Url}/{id}/answer", new { decision = "satisfied", text = "ещё раз" }).Problem(HttpStatusCode.Conflict);
        var letter = DocxText(await specialist.GetAsync($"{Url}/{id}/answer.docx").Expect(HttpStatusCode.OK));
        Assert.Contains("отказе в её удовлетворении", letter);
        Assert.Contains("п. 23.10", letter);

        var journal = await specialist.GetAsync($"{Url}/journal.docx?year={today.Year}").Expect(HttpStatusCode.OK);
        using (var doc = WordprocessingDocument.Open(new MemoryStream(await journal.Content.ReadAsByteArrayAsync()), false))
        {
            Assert.Contains(card["number"]!.GetValue<string>(), doc.MainDocumentPart!.Document!.Body!.InnerText);
            Assert.Equal(PageOrientationValues.Landscape, doc.MainDocumentPart.Document.Body.Descendants<PageSize>().Single().Orient!.Value);
        }
        var xlsx = await specialist.GetAsync($"{Url}/journal.xlsx?year={today.Year}&status=answered").Expect(HttpStatusCode.OK);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType?.MediaType);
        var list = (await specialist.GetAsync($"{Url}?year={today.Year}&status=answered").Json()).AsArray();
        Assert.Contains(list, r => r!["id"]!.GetValue<long>() == id);

        // Every read of the card and every change is in the audit log.
        using var scope = host.Services.CreateScope();
        var actions = await scope.ServiceProvider.GetRequiredService<SobesDbContext>().AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == "Complaint" && a.EntityId == card["number"]!.GetValue<string>()).Select(a => a.Action).ToListAsync();
        Assert.Contains(Sobes.Domain.Audit.AuditAction.Create, actions);
        Assert.Equal(2, actions.Count(a => a == Sobes.Domain.Audit.AuditAction.Update));
        Assert.Contains(Sobes.Domain.Audit.AuditAction.Read, actions);
        Assert.Contains(Sobes.Domain.Audit.AuditAction.Export, actions);
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Varna_gets_404_for_a_Kasli_complaint_and_invalid_input_changes_nothing(Db db)
    {
        var host = await HostAsync(db);
        var today = host.Service<RegionClock>().Today;
        var citizen = (await host.CreateCitizenAsync()).Id;
        var specialist = await host.LoginAsync("specialist");
        var id = (await specialist.PostJson(Url, Body(citizen, today)).Json(HttpStatusCode.Created)).Id();

        await (await host.LoginAsync("varna")).GetAsync($"{Url}/{id}").Problem(HttpStatusCode.NotFound);
        await (await host.LoginAsync("varna.head"))
            .PostJson(
                $"{Url}/{id}/extend",
                new
                {
                    days = 5,
                    reason = "проверка",
                    notifiedOn = today.ToString("yyyy-MM-dd"),
                }
            )
            .Problem(HttpStatusCode.NotFound);
        Assert.DoesNotContain((await (await host.LoginAsync("varna")).GetAsync(Url).Json()).AsArray(), r => r!["id"]!.GetValue<long>() == id);
        await (await host.LoginAsync("inspector")).GetAsync($"{Url}/{id}").Expect(HttpStatusCode.OK);
        await (await host.LoginAsync("auditor")).GetAsync($"{Url}/{id}").Expect(HttpStatusCode.OK);
        await (await host.LoginAsync("auditor"))
            .PostJson($"{Url}/{id}/answer", new { decision = "refused", text = "нет" })
            .Expect(HttpStatusCode.Forbidden);

        var before = await CountAsync(specialist, citizen);
        var bad = await specialist
            .PostJson(
                Url,
                new
                {
                    citizenId = citizen,
                    channel = "representative",
                    text = " ",
                    receivedOn = today.AddDays(1).ToString("yyyy-MM-dd"),
                }
            )
            .Problem(HttpStatusCode.BadRequest);
        foreach (var field in new[] { "subject", "text", "receivedOn", "representativeName" }) Assert.NotNull(bad["errors"]![field]);
        await specialist
            .PostJson(
                Url,
                new
                {
                    citizenId = citizen,
                    subject = "refusalDecision",
                    text = "суть",
                    applicationNumber = "З-1999-9999",
                }
            )
            .Problem(HttpStatusCode.BadRequest);
        Assert.Equal(before, await CountAsync(specialist, citizen));

        var noGround = await specialist
            .PostJson($"{Url}/{id}/answer", new { decision = "leftWithoutAnswer", text = "Текст не читается." })
            .Problem(HttpStatusCode.BadRequest);
        Assert.NotNull(noGround["errors"]!["noAnswerGround"]);
        var card = await specialist.GetAsync($"{Url}/{id}").Json();
        Assert.Null(card["answeredOn"]);
        Assert.Equal(1, card["version"]!.GetValue<int>());
    }

    private static async Task<int> CountAsync(HttpClient client, long citizen) =>
        (await client.GetAsync(Url).Json()).AsArray().Count(r => r!["citizenId"]!.GetValue<long>() == citizen);

    public static string DocxText(HttpResponseMessage response)
    {
        using var stream = new MemoryStream(response.Content.ReadAsByteArrayAsync().GetAwaiter().GetResult());
        using var doc = WordprocessingDocument.Open(stream, false);
        return string.Join("\n", doc.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().Select(p => p.InnerText));
    }
}
