using System.Diagnostics;
using MiniExcelLibs;
using Sobes.Infrastructure.SocialServices;
using Sobes.Web.Tests.Hosting;

namespace Sobes.Web.Tests.SocialServices;

/// <summary>The seven-column .xlsx of seed 004 is read back and, where LibreOffice is installed, converted to PDF by it.</summary>
[Clause("004", "1.1.8.1")]
public class XlsxInLibreOfficeTests(Hosts hosts) : SocialServicesTest(hosts)
{
    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Seed004_report_xlsx_has_the_seven_columns_and_opens_in_LibreOffice(Db dbKind)
    {
        await OnAsync(dbKind);
        var user = await Fx.NewCentreAsync("Выгрузка");
        var assignmentId = await Scenario.ImportAsync(Fx, user);
        byte[] content;
        string name;
        await using (var db = Fx.NewContext())
        {
            var s = Fx.Build(db);
            var r = await s.Reports.CreateAsync(user, new ReportCreateInput { StateAssignmentId = assignmentId, PartCode = "2", Year = 2015 });
            (content, name) = await s.Reports.ExportXlsxAsync(user, r.Id);
        }
        Assert.Equal("Отчёт ГЗ 148045 часть 2 2015.xlsx", name);
        using (var stream = new MemoryStream(content))
        {
            var rows = stream.Query(useHeaderRow: false).Cast<IDictionary<string, object>>().ToList();
            Assert.Equal(ReportXlsxExporter.Columns, rows[4].Values.Cast<string>());
            var trips = rows.Single(x => (x["A"] as string) == "Количество выездов");
            Assert.Equal(("выезды", 331d, 0d), ((string)trips["B"], Convert.ToDouble(trips["C"]), Convert.ToDouble(trips["D"])));
        }

        var soffice = new[] { "/usr/bin/libreoffice", "/usr/bin/soffice" }.FirstOrDefault(File.Exists);
        // scripts/test.sh installs LibreOffice; a run outside it without LibreOffice says so instead of passing silently.
        Assert.True(soffice is not null, "LibreOffice не установлен: запустите тесты через scripts/test.sh (он ставит libreoffice-calc-nogui).");
        var dir = Directory.CreateTempSubdirectory("sobes-xlsx-");
        var xlsx = Path.Combine(dir.FullName, "report.xlsx");
        await File.WriteAllBytesAsync(xlsx, content);
        using var process = Process.Start(new ProcessStartInfo(soffice!, ["--headless", "--convert-to", "pdf", "--outdir", dir.FullName, xlsx])
        { RedirectStandardOutput = true, RedirectStandardError = true, Environment = { ["HOME"] = dir.FullName } })!;
        await process.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromMinutes(2)).Token);
        var pdf = Path.Combine(dir.FullName, "report.pdf");
        Assert.True(File.Exists(pdf), await process.StandardError.ReadToEndAsync());
        Assert.True(new FileInfo(pdf).Length > 1000);
        dir.Delete(recursive: true);
    }
}
