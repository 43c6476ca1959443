using Microsoft.EntityFrameworkCore;
using Sobes.Domain.Applications;
using Sobes.Domain.Audit;
using Sobes.Domain.Common;
using Sobes.Domain.Organisations;
using Sobes.Infrastructure.Audit;
using Sobes.Infrastructure.Common;
using Sobes.Infrastructure.Persistence;
using Sobes.Infrastructure.Registry;

namespace Sobes.Infrastructure.Applications;

/// <summary>The journal of oral appeals (seed 002 appendix 6, cl. 14.2 subcl. 5): the department's own, the ministry reads all.</summary>
public sealed class OralAppealJournal(SobesDbContext db, AuditLog audit, RegionClock clock, ApplicationCases cases)
{
    private const string AppealEntity = nameof(OralAppeal);

    public async Task<OralAppeal> RecordOralAppealAsync(UserContext user, OralAppealInput input, CancellationToken ct = default)
    {
        await cases.RequireCaseWorkerAsync(user, ct);
        var today = clock.Today;
        var on = input.AppealedOn ?? today;
        var errors = new List<ValidationError>();
        if (on > today) errors.Add(new("appealedOn", "Дата обращения не может быть в будущем."));
        if (string.IsNullOrWhiteSpace(input.Shortcomings))
            errors.Add(new("shortcomings", "Укажите, каких документов не хватало или какие недостатки разъяснены заявителю."));
        var name = input.CitizenName?.Trim();
        if (input.CitizenId is { } cid) name = (await db.VisibleCitizenAsync(user, cid, ct)).FullName;
        if (string.IsNullOrWhiteSpace(name)) errors.Add(new("citizenName", "Укажите фамилию, имя, отчество обратившегося."));
        if (input.RegulationId is { } rid && !await db.Regulations.AnyAsync(r => r.Id == rid, ct))
            errors.Add(new("regulationId", "Такого регламента нет."));
        DomainValidationException.ThrowIfAny(errors);
        var appeal = new OralAppeal
        {
            OrganisationId = user.OrganisationId, AppealedOn = on, CitizenName = name!.Length > 300 ? name[..300] : name, CitizenId = input.CitizenId,
            RegulationId = input.RegulationId, Shortcomings = input.Shortcomings!.Trim(), DocumentsReturned = input.DocumentsReturned,
            RecordedByUserId = user.UserId, RecordedAtUtc = clock.NowUtc,
        };
        db.OralAppeals.Add(appeal);
        audit.Add(
            user,
            AuditAction.Create,
            AppealEntity,
            null,
            input.CitizenId,
            $"Устное обращение {on:dd.MM.yyyy}: {appeal.CitizenName} — {appeal.Shortcomings}"
                + (appeal.DocumentsReturned ? "; документы возвращены" : "")
        );
        await db.SaveChangesAsync(ct);
        return appeal;
    }

    public async Task<IReadOnlyList<OralAppealRow>> OralAppealsAsync(UserContext user, int? year, CancellationToken ct = default)
    {
        var q = db.OralAppeals.AsNoTracking().VisibleTo(user);
        if (year is { } y) q = q.Where(a => a.AppealedOn >= new DateOnly(y, 1, 1) && a.AppealedOn <= new DateOnly(y, 12, 31));
        var appeals = await q.OrderByDescending(a => a.AppealedOn).ThenByDescending(a => a.Id).Take(1000).ToListAsync(ct);
        var userIds = appeals.Select(a => a.RecordedByUserId).Distinct().ToList();
        var users = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.FullName, ct);
        var rows = appeals.Select(a => new OralAppealRow(a.Id, a.AppealedOn, a.CitizenName, a.CitizenId, a.Shortcomings, a.DocumentsReturned,
            users.GetValueOrDefault(a.RecordedByUserId, ""))).ToList();
        await audit.RecordAsync(user, AuditAction.Search, AppealEntity, null, null, $"Журнал устных обращений: {rows.Count}", ct);
        return rows;
    }

    public async Task<ApplicationFile> OralAppealJournalDocxAsync(UserContext user, int? year, CancellationToken ct = default)
    {
        var rows = await OralAppealsAsync(user, year, ct);
        await audit.RecordAsync(
            user,
            AuditAction.Export,
            AppealEntity,
            null,
            null,
            $"Журнал устных обращений выгружен (.docx): {rows.Count} строк",
            ct
        );
        return new ApplicationFile(
            ApplicationForms.OralAppealJournal(await cases.DepartmentNameAsync(user, ct), rows, year, clock.Today),
            "Журнал устных обращений.docx",
            ApplicationFile.DocxType
        );
    }
}
