using System.Net;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Sobes.Web.Tests.Hosting;
using Sobes.Web.Tests.Support;
using static Sobes.Web.Tests.Applications.ApplicationsTestData;

namespace Sobes.Web.Tests.Applications;

/// <summary>
/// The printed forms of seed 002: the application forms of appendices 2–5 (pre-filled and blank), the journals of applications (appendix 7)
/// and of refusals (appendix 13) as landscape tables, the notice with payment dates (cl. 18.1) — each opens in LibreOffice Writer.
/// </summary>
public sealed class ProcedureFormsTests(Hosts hosts) : WebTest(hosts)
{
    [Clause("002", "18.1")]
    [Fact]
    public async Task Seed002_appendices_2_to_13_forms_are_filled_from_the_application_and_open_in_LibreOffice()
    {
        var host = await HostAsync(Db.Sqlite);
        var r = await host.CreateRegulationAsync();
        var (applicant, child) = await host.FamilyAsync(childBirthDate: "2014-02-03");
        var specialist = await host.LoginAsync("specialist");
        var head = await host.LoginAsync("head");
        var id = (await specialist.RegisterAsync(r, applicant, child, "2026-09-01", furniture: true)).Id();
        var card = await specialist.CompleteAsync(r, id, "2026-09-01");
        var items = card["items"]!.AsArray();
        await specialist
            .PutJson(
                $"{Url}/{id}/draft",
                new
                {
                    items = new object[]
                    {
                        new { itemId = items[0]!.Id(), outcome = "grant" },
                        new
                        {
                            itemId = items[1]!.Id(),
                            outcome = "refuse",
                            refusalGroundId = r.RefusalGround,
                        },
                    },
                }
            )
            .Expect(HttpStatusCode.OK);
        await specialist.PostJson($"{Url}/{id}/visa", new { }).Expect(HttpStatusCode.OK);
        card = await head.PostJson($"{Url}/{id}/sign", new { }).Json();
        var applicantCard = await specialist.GetAsync($"/api/v1/citizens/{applicant}").Json();
        var childCard = await specialist.GetAsync($"/api/v1/citizens/{child}").Json();
        var surname = applicantCard["surname"]!.GetValue<string>();

        // Appendix 2 (the child's upkeep), pre-filled: applicant, address, child with birth date, the way of payment, the documents attached.
        var form2 = await TextAsync(specialist, $"{Url}/{id}/application-form.docx?appendix=2");
        Assert.Contains("Приложение 2 к административному регламенту", form2);
        Assert.Contains($"от {surname} Анна Сергеевна", form2);
        Assert.Contains("ул. Ленина", form2);
        Assert.Contains(childCard["surname"]!.GetValue<string>() + " Мария Петровна", form2);
        Assert.Contains("03.02.2014", form2);
        Assert.Contains("☒ через кредитную организацию", form2);
        Assert.Contains("☐ через отделение почтовой связи", form2);
        Assert.Contains("Справка о совместном проживании", form2);
        Assert.Contains($"регистрационный № {card["number"]!.GetValue<string>()}", form2);
        // Appendix 4 (furniture) exists in this application; appendix 3 does not; appendix 9 is no application form.
        Assert.Contains(
            "о назначении денежных средств на приобретение мебели",
            await TextAsync(specialist, $"{Url}/{id}/application-form.docx?appendix=4")
        );
        await specialist.GetAsync($"{Url}/{id}/application-form.docx?appendix=3").Problem(HttpStatusCode.Conflict);
        await specialist.GetAsync($"{Url}/forms/9.docx").Problem(HttpStatusCode.NotFound);
        foreach (var n in new[] { 2, 3, 4, 5 })
            Assert.Contains($"Приложение {n} к административному регламенту", await TextAsync(specialist, $"{Url}/forms/{n}.docx"));

        // Cl. 18.1: the notice gives the payment dates.
        Assert.Contains(
            "ежемесячно, в период с 1 по 25 число месяца, следующего за месяцем, за который производится выплата",
            await TextAsync(specialist, $"{Url}/{id}/notice.docx")
        );

        // Appendix 7 and 13: landscape journals with this application and its refusal.
        var journal = await specialist.GetAsync($"{Url}/journal.docx?q={card["number"]!.GetValue<string>()}").Expect(HttpStatusCode.OK);
        var journalBytes = await journal.Content.ReadAsByteArrayAsync();
        var journalText = Text(journalBytes);
        Assert.Contains("ЖУРНАЛ РЕГИСТРАЦИИ ЗАЯВЛЕНИЙ О НАЗНАЧЕНИИ ДЕНЕЖНЫХ СРЕДСТВ", journalText);
        Assert.Contains(card["number"]!.GetValue<string>(), journalText);
        Assert.True(IsLandscape(journalBytes));
        var refusals = await (
            await specialist.GetAsync($"{Url}/refusals.docx?year={DateTime.UtcNow.AddHours(5).Year}").Expect(HttpStatusCode.OK)
        )
            .Content.ReadAsByteArrayAsync();
        var refusalsText = Text(refusals);
        Assert.Contains("ЖУРНАЛ РЕГИСТРАЦИИ РЕШЕНИЙ ОБ ОТКАЗЕ В НАЗНАЧЕНИИ ГОСУДАРСТВЕННЫХ ПОСОБИЙ", refusalsText);
        Assert.Contains(card["items"]![1]!["refusalNumber"]!.GetValue<string>(), refusalsText);
        Assert.Contains("пять лет", refusalsText);
        Assert.True(IsLandscape(refusals));

        // Every one opens in LibreOffice Writer.
        var soffice = new[] { "/usr/bin/libreoffice", "/usr/bin/soffice" }.FirstOrDefault(File.Exists);
        Assert.True(soffice is not null, "LibreOffice не установлен: запустите тесты через scripts/test.sh (он ставит libreoffice-writer-nogui).");
        var dir = Directory.CreateTempSubdirectory("sobes-forms-");
        var files = new Dictionary<string, byte[]>
        {
            ["form2"] = await BytesAsync(specialist, $"{Url}/{id}/application-form.docx?appendix=2"),
            ["blank5"] = await BytesAsync(specialist, $"{Url}/forms/5.docx"),
            ["journal"] = journalBytes,
            ["refusals"] = refusals,
            ["refusal"] = await BytesAsync(specialist, $"{Url}/{id}/refusal.docx"),
            ["decision"] = await BytesAsync(specialist, $"{Url}/{id}/decision.docx"),
        };
        foreach (var (name, content) in files)
        {
            var docx = Path.Combine(dir.FullName, name + ".docx");
            await File.WriteAllBytesAsync(docx, content);
            await DocxInLibreOfficeTests.ConvertAsync(soffice!, dir.FullName, docx, "pdf");
            var pdf = Path.Combine(dir.FullName, name + ".pdf");
            Assert.True(File.Exists(pdf) && new FileInfo(pdf).Length > 1000, $"LibreOffice Writer не открыл {name}.docx");
        }
        dir.Delete(recursive: true);
    }

    [Clause("002", "14.2.5")]
    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Seed002_cl14_2_5_an_oral_appeal_without_the_documents_is_entered_in_the_journal_of_appendix_6(Db db)
    {
        var host = await HostAsync(db);
        var specialist = await host.LoginAsync("specialist");
        var name = "Обращавшаяся " + Guid.NewGuid().ToString("N")[..6];
        await specialist.PostJson($"{Url}/oral-appeals", new { citizenName = name }).Problem(HttpStatusCode.BadRequest);
        await specialist
            .PostJson(
                $"{Url}/oral-appeals",
                new
                {
                    citizenName = name,
                    shortcomings = "x",
                    appealedOn = "2099-01-01",
                }
            )
            .Problem(HttpStatusCode.BadRequest);
        var created = await specialist
            .PostJson(
                $"{Url}/oral-appeals",
                new
                {
                    citizenName = name,
                    appealedOn = "2026-10-05",
                    shortcomings = "Нет справки о совместном проживании; копия договора не заверена",
                    documentsReturned = true,
                }
            )
            .Json(HttpStatusCode.Created);
        Assert.Equal("2026-10-05", created["appealedOn"]!.GetValue<string>());

        var journal = await specialist.GetAsync($"{Url}/oral-appeals?year=2026").Json();
        var row = journal.AsArray().Single(r => r!["citizenName"]!.GetValue<string>() == name)!;
        Assert.Equal(("Лаптева Светлана Николаевна", true), (row["recordedBy"]!.GetValue<string>(), row["documentsReturned"]!.GetValue<bool>()));
        Assert.DoesNotContain((await (await host.LoginAsync("varna")).GetAsync($"{Url}/oral-appeals").Json()).AsArray(), r =>
            r!["citizenName"]!.GetValue<string>() == name
        );
        Assert.Contains((await (await host.LoginAsync("inspector")).GetAsync($"{Url}/oral-appeals").Json()).AsArray(), r =>
            r!["citizenName"]!.GetValue<string>() == name
        );
        await (await host.LoginAsync("accountant"))
            .PostJson($"{Url}/oral-appeals", new { citizenName = name, shortcomings = "x" })
            .Problem(HttpStatusCode.Forbidden);

        var text = Text(await BytesAsync(specialist, $"{Url}/oral-appeals.docx?year=2026"));
        Assert.Contains("ЖУРНАЛ РЕГИСТРАЦИИ УСТНЫХ ОБРАЩЕНИЙ", text);
        Assert.Contains("Нет справки о совместном проживании", text);
        var html = await (await specialist.GetAsync("/Applications/OralAppeals")).Content.ReadAsStringAsync();
        Assert.Contains(name, html);
    }

    private static async Task<byte[]> BytesAsync(HttpClient client, string url) =>
        await (await client.GetAsync(url).Expect(HttpStatusCode.OK)).Content.ReadAsByteArrayAsync();

    private static async Task<string> TextAsync(HttpClient client, string url) => Text(await BytesAsync(client, url));

    private static string Text(byte[] content)
    {
        using var doc = WordprocessingDocument.Open(new MemoryStream(content), false);
        return string.Join("\n", doc.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().Select(p => p.InnerText));
    }

    private static bool IsLandscape(byte[] content)
    {
        using var doc = WordprocessingDocument.Open(new MemoryStream(content), false);
        var size = doc.MainDocumentPart!.Document!.Body!.Descendants<PageSize>().Single();
        return size.Orient?.Value == PageOrientationValues.Landscape && size.Width!.Value > size.Height!.Value;
    }
}
