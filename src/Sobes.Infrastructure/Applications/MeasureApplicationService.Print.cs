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
        return await ExportAsync(user, d, ApplicationForms.Notice(d), $"Уведомление {d.Application.DecisionNumber}.docx", "уведомление о назначении", ct);
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

    /// <summary>The journal of applications (seed 002 appendix 7) for the filter, as .xlsx.</summary>
    public async Task<FileResult> JournalXlsxAsync(UserContext user, ApplicationFilter filter, CancellationToken ct = default)
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
        var sheet = rows.Select(r => new Dictionary<string, object?>
        {
            ["№ заявления"] = r.Number, ["Дата регистрации"] = r.RegisteredOn.ToString("dd.MM.yyyy"), ["Заявитель"] = r.Applicant, ["Меры"] = r.Measures,
            ["Состояние"] = r.Status.Russian(), ["Срок решения"] = r.DueOn?.ToString("dd.MM.yyyy"), ["№ решения"] = r.DecisionNumber,
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
            ["№ решения"] = r.RefusalNumber, ["Дата решения"] = r.DecidedOn.ToString("dd.MM.yyyy"), ["Заявитель"] = r.Applicant, ["Вид выплаты"] = r.Measure,
            ["Ребёнок"] = r.Child, ["Заявление"] = $"{r.ApplicationNumber} от {r.RegisteredOn:dd.MM.yyyy}", ["Причина отказа"] = r.Ground,
            ["Основание"] = r.LegalReference, ["Хранить до"] = r.KeepUntil.ToString("dd.MM.yyyy"),
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
