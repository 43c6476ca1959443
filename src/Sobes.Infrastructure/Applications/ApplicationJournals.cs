using MiniExcelLibs;
using MiniExcelLibs.OpenXml;
using Sobes.Domain.Applications;
using Sobes.Domain.Audit;
using Sobes.Domain.Common;
using Sobes.Domain.Organisations;
using Sobes.Infrastructure.Audit;

namespace Sobes.Infrastructure.Applications;

/// <summary>The journals as files: applications (seed 002 appendix 7) and refusals (appendix 13), .docx and .xlsx; every export is audited.</summary>
public sealed class ApplicationJournals(AuditLog audit, RegionClock clock, ApplicationCases cases, ApplicationReading reading)
{
    private const string Entity = ApplicationCases.Entity;

    /// <summary>The journal of applications (seed 002 appendix 7) as a landscape .docx table.</summary>
    public async Task<ApplicationFile> JournalDocxAsync(UserContext user, ApplicationFilter filter, CancellationToken ct = default)
    {
        var rows = await JournalRowsAsync(user, filter, ct);
        await audit.RecordAsync(user, AuditAction.Export, Entity, null, null, $"Журнал заявлений выгружен (.docx): {rows.Count} строк", ct);
        return new ApplicationFile(
            ApplicationForms.ApplicationJournal(await cases.DepartmentNameAsync(user, ct), rows, clock.Today),
            "Журнал регистрации заявлений.docx",
            ApplicationFile.DocxType
        );
    }

    /// <summary>The refusal journal (seed 002 appendix 13) as a landscape .docx table.</summary>
    public async Task<ApplicationFile> RefusalJournalDocxAsync(UserContext user, int? year, CancellationToken ct = default)
    {
        var rows = await reading.RefusalsAsync(user, year, ct);
        await audit.RecordAsync(user, AuditAction.Export, Entity, null, null, $"Журнал решений об отказе выгружен (.docx): {rows.Count} строк", ct);
        return new ApplicationFile(
            ApplicationForms.RefusalJournal(await cases.DepartmentNameAsync(user, ct), rows, year, clock.Today),
            "Журнал решений об отказе.docx",
            ApplicationFile.DocxType
        );
    }

    private async Task<List<ApplicationListItem>> JournalRowsAsync(UserContext user, ApplicationFilter filter, CancellationToken ct)
    {
        filter.Page = 1;
        filter.PageSize = 200;
        var rows = new List<ApplicationListItem>();
        ApplicationPage page;
        do
        {
            page = await reading.ListAsync(user, filter, ct);
            rows.AddRange(page.Items);
            filter.Page++;
        } while (filter.Page <= page.Pages && filter.Page <= 50);
        return rows;
    }

    /// <summary>The journal of applications (seed 002 appendix 7) for the filter, as .xlsx.</summary>
    public async Task<ApplicationFile> JournalXlsxAsync(UserContext user, ApplicationFilter filter, CancellationToken ct = default)
    {
        var rows = await JournalRowsAsync(user, filter, ct);
        var sheet = rows.Select(r => new Dictionary<string, object?>
        {
            ["№ заявления"] = r.Number,
            ["Дата регистрации"] = r.RegisteredOn.ToString("dd.MM.yyyy"),
            ["Заявитель"] = r.Applicant,
            ["Меры"] = r.Measures,
            ["Состояние"] = r.Status.Russian(),
            ["Срок решения"] = r.DueOn?.ToString("dd.MM.yyyy"),
            ["№ решения"] = r.DecisionNumber,
            ["Дата решения"] = r.DecidedOn?.ToString("dd.MM.yyyy"),
        });
        await audit.RecordAsync(user, AuditAction.Export, Entity, null, null, $"Журнал заявлений выгружен: {rows.Count} строк", ct);
        return new ApplicationFile(Xlsx(sheet, "Журнал заявлений"), "Журнал заявлений.xlsx", ApplicationFile.XlsxType);
    }

    /// <summary>The refusal journal (seed 002 cl. 17.4, appendix 13) as .xlsx.</summary>
    public async Task<ApplicationFile> RefusalJournalXlsxAsync(UserContext user, int? year, CancellationToken ct = default)
    {
        var rows = await reading.RefusalsAsync(user, year, ct);
        var sheet = rows.Select(r => new Dictionary<string, object?>
        {
            ["№ решения"] = r.RefusalNumber,
            ["Дата решения"] = r.DecidedOn.ToString("dd.MM.yyyy"),
            ["Заявитель"] = r.Applicant,
            ["Вид выплаты"] = r.Measure,
            ["Ребёнок"] = r.Child,
            ["Заявление"] = $"{r.ApplicationNumber} от {r.RegisteredOn:dd.MM.yyyy}",
            ["Причина отказа"] = r.Ground,
            ["Основание"] = r.LegalReference,
            ["Хранить до"] = r.KeepUntil.ToString("dd.MM.yyyy"),
        });
        await audit.RecordAsync(user, AuditAction.Export, Entity, null, null, $"Журнал решений об отказе выгружен: {rows.Count} строк", ct);
        return new ApplicationFile(Xlsx(sheet, "Отказы"), "Журнал решений об отказе.xlsx", ApplicationFile.XlsxType);
    }

    private static byte[] Xlsx(IEnumerable<Dictionary<string, object?>> rows, string sheetName)
    {
        using var stream = new MemoryStream();
        var list = rows.ToList();
        if (list.Count == 0) list.Add(new Dictionary<string, object?> { ["Записей нет"] = "" });
        stream.SaveAs(list, sheetName: sheetName, excelType: ExcelType.XLSX, configuration: new OpenXmlConfiguration { AutoFilter = false });
        return stream.ToArray();
    }
}
