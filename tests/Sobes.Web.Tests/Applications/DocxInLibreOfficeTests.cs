using System.Diagnostics;
using System.Net;
using Sobes.Domain.Common;
using Sobes.Domain.Measures;
using Sobes.Web.Tests.Hosting;
using Sobes.Web.Tests.Support;
using static Sobes.Web.Tests.Applications.ApplicationsTestData;

namespace Sobes.Web.Tests.Applications;

/// <summary>The notice of seed 002 cl. 18.1 opens in LibreOffice Writer: converted to PDF, and to text that still holds the amount and the
/// period.</summary>
[Clause("002", "18.1")]
public sealed class DocxInLibreOfficeTests(Hosts hosts) : WebTest(hosts)
{
    [Fact]
    public async Task Seed002_cl18_1_notice_docx_converts_to_pdf_and_its_text_holds_the_amount_and_the_period()
    {
        var host = await HostAsync(Db.Sqlite);
        var r = await host.CreateRegulationAsync();
        var (applicant, child) = await host.FamilyAsync();
        var specialist = await host.LoginAsync("specialist");
        var card = await specialist.AwaitingSignatureAsync(r, applicant, child, "2026-03-02");
        await (await host.LoginAsync("head")).PostJson($"{Url}/{card.Id()}/sign", new { }).Expect(HttpStatusCode.OK);
        var response = await specialist.GetAsync($"{Url}/{card.Id()}/notice.docx").Expect(HttpStatusCode.OK);
        var content = await response.Content.ReadAsByteArrayAsync();

        var soffice = new[] { "/usr/bin/libreoffice", "/usr/bin/soffice" }.FirstOrDefault(File.Exists);
        // scripts/test.sh installs LibreOffice Writer; a run outside it without LibreOffice says so instead of passing silently.
        Assert.True(soffice is not null, "LibreOffice не установлен: запустите тесты через scripts/test.sh (он ставит libreoffice-writer-nogui).");
        var dir = Directory.CreateTempSubdirectory("sobes-docx-");
        var docx = Path.Combine(dir.FullName, "notice.docx");
        await File.WriteAllBytesAsync(docx, content);
        await ConvertAsync(soffice!, dir.FullName, docx, "pdf");
        await ConvertAsync(soffice!, dir.FullName, docx, "txt:Text (encoded):UTF8");
        var pdf = Path.Combine(dir.FullName, "notice.pdf");
        var txt = Path.Combine(dir.FullName, "notice.txt");
        Assert.True(
            File.Exists(pdf) && new FileInfo(pdf).Length > 1000,
            "LibreOffice Writer не преобразовал .docx в PDF (установлен ли libreoffice-writer-nogui?)."
        );
        var text = await File.ReadAllTextAsync(txt);
        Assert.Contains(RussianFormat.Money(ChildAmount2026) + " в месяц", text);
        Assert.Contains("ежемесячно с 01.03.2026 по 31.05.2033", text);
        dir.Delete(recursive: true);
    }

    internal static async Task ConvertAsync(string soffice, string dir, string file, string target)
    {
        using var process = Process.Start(new ProcessStartInfo(soffice, ["--headless", "--convert-to", target, "--outdir", dir, file])
        { RedirectStandardOutput = true, RedirectStandardError = true, Environment = { ["HOME"] = dir } })!;
        await process.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromMinutes(2)).Token);
    }
}
