using Microsoft.EntityFrameworkCore;
using Sobes.Domain.Appeals;
using Sobes.Domain.Audit;
using Sobes.Domain.Common;
using Sobes.Domain.Organisations;
using Sobes.Infrastructure.Audit;
using Sobes.Infrastructure.Documents;
using Sobes.Infrastructure.Persistence;
using static Sobes.Infrastructure.Appeals.ComplaintRecords;

namespace Sobes.Infrastructure.Appeals;

/// <summary>Printed letters to the complainant (.docx) and the journal (.docx, .xlsx); every export is audited.</summary>
public sealed class ComplaintLetters(SobesDbContext db, AuditLog audit, RegionClock clock, ComplaintJournal journal, ComplaintRecords records)
{
    public const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public sealed record FileResult(byte[] Content, string FileName, string ContentType);

    /// <summary>Seed 002 cl. 23.9: the citizen is told in writing why the term was extended and until when.</summary>
    public async Task<FileResult> ExtensionNoticeAsync(UserContext user, long id, CancellationToken ct = default)
    {
        var d = await journal.DetailsAsync(user, await records.LoadAsync(user, id, tracking: false, ct), ct);
        if (d.Complaint.ExtensionDays is null) throw new ConflictException("Срок рассмотрения этой жалобы не продлевался.");
        return await ExportAsync(
            user,
            d,
            ComplaintForms.ExtensionNotice(d),
            $"Продление срока {d.Complaint.Number}.docx",
            "уведомление о продлении срока",
            ct
        );
    }

    /// <summary>Seed 002 cl. 23.8: the written answer, with the route to the higher body and to court (cl. 23, 23.10).</summary>
    public async Task<FileResult> AnswerLetterAsync(UserContext user, long id, CancellationToken ct = default)
    {
        var d = await journal.DetailsAsync(user, await records.LoadAsync(user, id, tracking: false, ct), ct);
        if (!d.Complaint.IsAnswered) throw new ConflictException("На жалобу ещё не дан ответ.");
        var ministry = await db
            .Organisations.AsNoTracking()
            .Where(o => o.Kind == OrganisationKind.Ministry)
            .Select(o => o.Name)
            .FirstOrDefaultAsync(ct);
        return await ExportAsync(user, d, ComplaintForms.Answer(d, ministry), $"Ответ на жалобу {d.Complaint.Number}.docx", "ответ на жалобу", ct);
    }

    public async Task<FileResult> JournalDocxAsync(UserContext user, ComplaintFilter filter, CancellationToken ct = default)
    {
        var rows = await journal.ListItemsAsync(user, filter, ct);
        var content = ComplaintForms.Journal(await TitleAsync(user, filter, ct), rows);
        return await JournalExportAsync(user, rows.Count, new FileResult(content, $"Журнал жалоб{YearSuffix(filter)}.docx", DocxType), ct);
    }

    public async Task<FileResult> JournalXlsxAsync(UserContext user, ComplaintFilter filter, CancellationToken ct = default)
    {
        var rows = await journal.ListItemsAsync(user, filter, ct);
        var sheet = new List<Dictionary<string, object?>>
        {
            XlsxSheet.Row("Журнал регистрации жалоб"),
            XlsxSheet.Row(await TitleAsync(user, filter, ct)),
            XlsxSheet.Row(ComplaintForms.JournalHeaders),
        };
        sheet.AddRange(rows.Select(r => XlsxSheet.Row([.. ComplaintForms.JournalRow(r)])));
        var content = XlsxSheet.Save(sheet, "Жалобы", [14, 20, 45, 40, 12, 12, 35]);
        return await JournalExportAsync(
            user,
            rows.Count,
            new FileResult(content, $"Журнал жалоб{YearSuffix(filter)}.xlsx", XlsxSheet.ContentType),
            ct
        );
    }

    private async Task<string> TitleAsync(UserContext user, ComplaintFilter filter, CancellationToken ct)
    {
        var department = user.SeesWholeRegion
            ? "все управления"
            : await db.Organisations.AsNoTracking().Where(o => o.Id == user.OrganisationId).Select(o => o.Name).FirstAsync(ct);
        return department + (filter.Year is { } y ? $", {y} год" : "") + (filter.Status is { } s ? $", {s.Russian().ToLowerInvariant()}" : "")
               + $"; на {clock.Today:dd.MM.yyyy}";
    }

    private static string YearSuffix(ComplaintFilter filter) => filter.Year is { } y ? $" {y}" : "";

    private async Task<FileResult> JournalExportAsync(UserContext user, int count, FileResult file, CancellationToken ct)
    {
        await audit.RecordAsync(user, AuditAction.Export, Entity, null, null, $"Журнал жалоб выгружен ({file.FileName}): {count} записей", ct);
        return file;
    }

    private async Task<FileResult> ExportAsync(UserContext user, ComplaintDetails d, byte[] content, string name, string what, CancellationToken ct)
    {
        await audit.RecordAsync(user, AuditAction.Export, Entity, d.Complaint.Number, d.Complaint.CitizenId,
            $"Жалоба {d.Complaint.Number}: выгружено {what} ({name})", ct);
        return new FileResult(content, name, DocxType);
    }
}
