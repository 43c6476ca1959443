using Microsoft.EntityFrameworkCore;
using Sobes.Domain.Audit;
using Sobes.Domain.Common;
using Sobes.Domain.Organisations;
using Sobes.Domain.SocialServices;
using Sobes.Infrastructure.Audit;
using Sobes.Infrastructure.Calendar;
using Sobes.Infrastructure.Persistence;
using Sobes.Infrastructure.Registry;


namespace Sobes.Infrastructure.SocialServices;

/// <summary>The review of individual programmes (ст. 16 ч. 5 442-ФЗ): those due for review, and the review itself.</summary>
public sealed class ProgrammeReview(SobesDbContext db, AuditLog audit, RegionClock clock)
{
    /// <summary>Programmes in force of the user's territory whose review (ст. 16 ч. 5) is due within <paramref name="days"/> days or
    /// overdue, earliest first.</summary>
    public async Task<IReadOnlyList<ProgrammeReviewItem>> DueForReviewAsync(
        UserContext user,
        int days = IndividualProgrammeRules.ReviewNoticeDays,
        CancellationToken ct = default
    )
    {
        if (days is < 0 or > 3 * 366) throw new DomainValidationException([new("days", "Укажите число дней от 0 до 1098.")]);
        var today = clock.Today;
        var limit = today.AddDays(days);
        var visible = db.Citizens.VisibleTo(user);
        var rows = await db.IndividualProgrammes.AsNoTracking()
            .Where(p => p.ClosedOn == null && p.NextReviewOn <= limit && visible.Any(c => c.Id == p.CitizenId))
            .OrderBy(p => p.NextReviewOn).ThenBy(p => p.Id)
            .Select(p => new { p.Id, p.Number, p.NeedRecognition!.ServiceApplicationId, p.CitizenId, p.Form, p.StartsOn, p.NextReviewOn })
            .Take(500).ToListAsync(ct);
        var ids = rows.Select(r => r.Id).ToList();
        var contracts = await db.ServiceContracts.AsNoTracking().Where(c => ids.Contains(c.IndividualProgrammeId) && c.TerminatedOn == null)
            .Select(c => new { c.IndividualProgrammeId, c.Number }).ToListAsync(ct);
        var names = await db.NamesAsync(user, rows.Select(r => r.CitizenId), ct);
        await audit.RecordAsync(
            user,
            AuditAction.Search,
            nameof(IndividualProgramme),
            null,
            null,
            $"Программы к пересмотру в ближайшие {days} дн.: {rows.Count}",
            ct
        );
        return rows.Select(r => new ProgrammeReviewItem(
                r.Id,
                r.Number,
                r.ServiceApplicationId,
                r.CitizenId,
                names.GetValueOrDefault(r.CitizenId, "—"),
                r.Form,
                r.StartsOn,
                r.NextReviewOn,
                r.NextReviewOn < today,
                contracts.FirstOrDefault(c => c.IndividualProgrammeId == r.Id)?.Number
            ))
            .ToList();
    }

    /// <summary>
    /// Reviews the programme (ст. 16 ч. 5): a new version with the old one's services from the new start, the old one closed the day before.
    /// The contract in force follows the new version (as by an additional agreement), so services go on being recorded under the same contract.
    /// </summary>
    public async Task<IndividualProgramme> ReviewProgrammeAsync(
        UserContext user,
        long programmeId,
        ProgrammeReviewInput input,
        CancellationToken ct = default
    )
    {
        SocialServicesAccess.RequireWriter(user);
        var visible = db.Citizens.VisibleTo(user);
        var old = await db.IndividualProgrammes.Include(p => p.Lines)
                      .Where(p => visible.Any(c => c.Id == p.CitizenId))
                      .FirstOrDefaultAsync(p => p.Id == programmeId, ct)
                  ?? throw new NotFoundException($"Индивидуальная программа № {programmeId} не найдена.");
        if (old.ClosedOn is not null)
            throw new ConflictException($"Программа {old.Number} уже пересмотрена: действовала по {old.ClosedOn:dd.MM.yyyy}.");
        var (revised, errors) = IndividualProgrammeRules.Revise(old, input.DrawnUpOn, input.StartsOn, input.NextReviewOn);
        var all = errors.ToList();
        if (input.DrawnUpOn == default) all.Add(new("drawnUpOn", "Укажите дату пересмотра."));
        else if (input.DrawnUpOn > clock.Today) all.Add(new("drawnUpOn", "Дата пересмотра не может быть в будущем."));
        if (all.Count > 0 || revised is null)
        {
            db.ChangeTracker.Clear();
            DomainValidationException.ThrowIfAny(all);
        }
        revised!.Number = await DocumentNumbers.NextAsync(db.IndividualProgrammes.Select(p => p.Number), "ИППСУ", input.DrawnUpOn.Year, ct);
        db.IndividualProgrammes.Add(revised);
        var contracts = await db.ServiceContracts.Where(c => c.IndividualProgrammeId == old.Id && c.TerminatedOn == null).ToListAsync(ct);
        foreach (var c in contracts) c.IndividualProgramme = revised; // the key is set when the new version is inserted, in the same save
        audit.Add(
            user,
            AuditAction.Create,
            nameof(IndividualProgramme),
            revised.Number,
            old.CitizenId,
            $"Пересмотр программы {old.Number}: новая редакция {revised.Number} с {revised.StartsOn:dd.MM.yyyy}, пересмотр не " +
                $"позднее {revised.NextReviewOn:dd.MM.yyyy}"
                + (contracts.Count > 0 ? $"; договор {string.Join(", ", contracts.Select(c => c.Number))} следует новой редакции" : ""),
            [new("Действует по", null, old.ClosedOn!.Value.ToString("dd.MM.yyyy"))]
        );
        await db.SaveChangesAsync(ct);
        return revised;
    }
}
