using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using MiniExcelLibs.OpenXml;
using Sobes.Domain.Applications;
using Sobes.Domain.Audit;
using Sobes.Domain.Common;
using Sobes.Domain.Organisations;

namespace Sobes.Infrastructure.Applications;

/// <summary>Printed forms (.docx) and the journals (.xlsx); every export is audited.</summary>
public sealed partial class MeasureApplicationService
{
    public const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public sealed record FileResult(byte[] Content, string FileName, string ContentType);

    /// <summary>Seed 002 cl. 18.1: the applicant is told the amounts and the payment terms after the decision.</summary>
    public async Task<FileResult> NoticeAsync(UserContext user, long id, CancellationToken ct = default)
    {
        var d = await DetailsAsync(await LoadAsync(user, id, tracking: false, ct), ct);
        if (d.Application.Status != ApplicationStatus.Decided || !d.Items.Any(i => i.Item.Outcome == ItemOutcome.Grant))
            throw new ConflictException("Уведомление о назначении формируется после подписания решения, в котором есть назначенные меры.");
        return await ExportAsync(
            user,
            d,
            ApplicationForms.Notice(d),
            $"Уведомление {d.Application.DecisionNumber}.docx",
            "уведомление о назначении",
            ct
        );
    }

    /// <summary>The decision (protocol); before the signature it is printed as a draft.</summary>
    public async Task<FileResult> DecisionAsync(UserContext user, long id, CancellationToken ct = default)
    {
        var d = await DetailsAsync(await LoadAsync(user, id, tracking: false, ct), ct);
        if (d.Application.PreparedByUserId is null) throw new ConflictException("Проект решения ещё не подготовлен.");
        var name = d.Application.DecisionNumber is { } n ? $"Решение {n}.docx" : $"Проект решения {d.Application.Number}.docx";
        return await ExportAsync(user, d, ApplicationForms.Decision(d), name, "решение (протокол)", ct);
    }

    /// <summary>Seed 002 cl. 17.3: the refusal decisions of the application (or of one item).</summary>
    public async Task<FileResult> RefusalAsync(UserContext user, long id, long? itemId, CancellationToken ct = default)
    {
        var d = await DetailsAsync(await LoadAsync(user, id, tracking: false, ct), ct);
        var refused = d.Items.Where(i => i.Item.RefusalNumber is not null && (itemId is null || i.Item.Id == itemId)).ToList();
        if (refused.Count == 0) throw new ConflictException("По заявлению нет подписанного решения об отказе.");
        var name = refused.Count == 1 ? $"Отказ {refused[0].Item.RefusalNumber}.docx" : $"Отказы по заявлению {d.Application.Number}.docx";
        return await ExportAsync(user, d, ApplicationForms.Refusal(d, itemId), name, "решение об отказе", ct);
    }

    private async Task<FileResult> ExportAsync(UserContext user, ApplicationDetails d, byte[] content, string name, string what, CancellationToken ct)
    {
        await audit.RecordAsync(user, AuditAction.Export, Entity, d.Application.Number, d.Application.CitizenId,
            $"Заявление {d.Application.Number}: выгружено {what} ({name})", ct);
        return new FileResult(content, name, DocxType);
    }

    /// <summary>The application form of appendix 2–5 pre-filled from the application (its measures of that appendix).</summary>
    public async Task<FileResult> ApplicationFormAsync(UserContext user, long id, int appendix, CancellationToken ct = default)
    {
        RequireAppendix(appendix);
        var d = await DetailsAsync(await LoadAsync(user, id, tracking: false, ct), ct);
        if (d.Items.All(i => ApplicationForms.AppendixOf(i.Measure) != appendix))
            throw new ConflictException($"В заявлении нет мер, заявление о которых оформляется по приложению {appendix}.");
        return await ExportAsync(
            user,
            d,
            ApplicationForms.ApplicationForm(appendix, d),
            $"Заявление {d.Application.Number} (приложение {appendix}).docx",
            $"заявление по форме приложения {appendix}",
            ct
        );
    }

    /// <summary>A blank of appendix 2–5 to hand out at intake (cl. 14.2 subcl. 4); no personal data, so not audited.</summary>
    public Task<FileResult> BlankFormAsync(UserContext user, int appendix, CancellationToken ct = default)
    {
        RequireAppendix(appendix);
        return Task.FromResult(
            new FileResult(ApplicationForms.ApplicationForm(appendix, null), $"Бланк заявления (приложение {appendix}).docx", DocxType)
        );
    }

    private static void RequireAppendix(int appendix)
    {
        if (!ApplicationForms.Appendices.ContainsKey(appendix))
            throw new NotFoundException($"Формы заявления по приложению {appendix} нет: бланки — приложения 2–5.");
    }

    /// <summary>The journal of applications (seed 002 appendix 7) as a landscape .docx table.</summary>
    public async Task<FileResult> JournalDocxAsync(UserContext user, ApplicationFilter filter, CancellationToken ct = default)
    {
        var rows = await JournalRowsAsync(user, filter, ct);
        await audit.RecordAsync(user, AuditAction.Export, Entity, null, null, $"Журнал заявлений выгружен (.docx): {rows.Count} строк", ct);
        return new FileResult(
            ApplicationForms.ApplicationJournal(await DepartmentNameAsync(user, ct), rows, clock.Today),
            "Журнал регистрации заявлений.docx",
            DocxType
        );
    }

    /// <summary>The refusal journal (seed 002 appendix 13) as a landscape .docx table.</summary>
    public async Task<FileResult> RefusalJournalDocxAsync(UserContext user, int? year, CancellationToken ct = default)
    {
        var rows = await RefusalsAsync(user, year, ct);
        await audit.RecordAsync(user, AuditAction.Export, Entity, null, null, $"Журнал решений об отказе выгружен (.docx): {rows.Count} строк", ct);
        return new FileResult(
            ApplicationForms.RefusalJournal(await DepartmentNameAsync(user, ct), rows, year, clock.Today),
            "Журнал решений об отказе.docx",
            DocxType
        );
    }

    private Task<string> DepartmentNameAsync(UserContext user, CancellationToken ct) =>
        db.Organisations.Where(o => o.Id == user.OrganisationId).Select(o => o.Name).FirstAsync(ct);

    private async Task<List<ApplicationListItem>> JournalRowsAsync(UserContext user, ApplicationFilter filter, CancellationToken ct)
    {
        filter.Page = 1;
        filter.PageSize = 200;
        var rows = new List<ApplicationListItem>();
        ApplicationPage page;
        do
        {
            page = await ListAsync(user, filter, ct);
            rows.AddRange(page.Items);
            filter.Page++;
        } while (filter.Page <= page.Pages && filter.Page <= 50);
        return rows;
    }

    /// <summary>The journal of applications (seed 002 appendix 7) for the filter, as .xlsx.</summary>
    public async Task<FileResult> JournalXlsxAsync(UserContext user, ApplicationFilter filter, CancellationToken ct = default)
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
        return new FileResult(Xlsx(sheet, "Журнал заявлений"), "Журнал заявлений.xlsx", XlsxType);
    }

    /// <summary>The refusal journal (seed 002 cl. 17.4, appendix 13) as .xlsx.</summary>
    public async Task<FileResult> RefusalJournalXlsxAsync(UserContext user, int? year, CancellationToken ct = default)
    {
        var rows = await RefusalsAsync(user, year, ct);
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
        return new FileResult(Xlsx(sheet, "Отказы"), "Журнал решений об отказе.xlsx", XlsxType);
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
