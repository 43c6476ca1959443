using Microsoft.EntityFrameworkCore;
using Sobes.Domain.Audit;
using Sobes.Domain.Common;
using Sobes.Domain.Organisations;
using Sobes.Domain.SocialServices;
using Sobes.Infrastructure.Audit;
using Sobes.Infrastructure.Common;
using Sobes.Infrastructure.Persistence;
using Sobes.Infrastructure.Registry;

namespace Sobes.Infrastructure.SocialServices;

public sealed class QualityComplaintExamination
{
    public bool IsJustified { get; set; }
    public DateOnly AnsweredOn { get; set; }
    public string? Outcome { get; set; }
}

/// <summary>
/// Registers the quality indicators count from: satisfaction surveys, complaints, external inspections,
/// and the journal of works (Часть 2). Each belongs to the user's organisation; a complaint names a person, so reading them is audited.
/// </summary>
public sealed class QualityService(SobesDbContext db, AuditLog audit, RegionClock clock)
{
    public Task<List<SatisfactionSurvey>> SurveysAsync(UserContext user, int year, CancellationToken ct = default) =>
        db.SatisfactionSurveys.AsNoTracking().VisibleTo(user).Where(s => s.ConductedOn.Year == year)
            .OrderByDescending(s => s.ConductedOn).ToListAsync(ct);

    public async Task<SatisfactionSurvey> AddSurveyAsync(UserContext user, SatisfactionSurvey input, CancellationToken ct = default)
    {
        SocialServicesAccess.RequireWriter(user);
        input.Id = 0;
        input.OrganisationId = user.OrganisationId;
        input.Basis = input.Basis?.Trim() ?? "";
        DomainValidationException.ThrowIfAny(SatisfactionSurveyRules.Validate(input, clock.Today));
        db.SatisfactionSurveys.Add(input);
        audit.Add(
            user,
            AuditAction.Create,
            nameof(SatisfactionSurvey),
            null,
            null,
            $"Опрос удовлетворённости {input.ConductedOn:dd.MM.yyyy} ({input.Form.RussianShort()}): {input.Satisfied} из " +
                $"{input.Respondents}; {input.Basis}"
        );
        await db.SaveChangesAsync(ct);
        return input;
    }

    public async Task<List<QualityComplaint>> ComplaintsAsync(UserContext user, int year, CancellationToken ct = default)
    {
        var rows = await db.QualityComplaints.AsNoTracking().VisibleTo(user).Where(c => c.ReceivedOn.Year == year)
            .OrderByDescending(c => c.ReceivedOn).ToListAsync(ct);
        await audit.RecordAsync(user, AuditAction.Search, nameof(QualityComplaint), null, null, $"Журнал жалоб за {year} год: {rows.Count}", ct);
        return rows;
    }

    public async Task<QualityComplaint> AddComplaintAsync(UserContext user, QualityComplaint input, CancellationToken ct = default)
    {
        SocialServicesAccess.RequireWriter(user);
        input.Id = 0;
        input.OrganisationId = user.OrganisationId;
        input.ComplainantName = input.ComplainantName?.Trim() ?? "";
        input.Subject = input.Subject?.Trim() ?? "";
        if (input.CitizenId is { } cid) await db.VisibleCitizenAsync(user, cid, ct);
        DomainValidationException.ThrowIfAny(QualityComplaintRules.Validate(input, clock.Today));
        db.QualityComplaints.Add(input);
        audit.Add(
            user,
            AuditAction.Create,
            nameof(QualityComplaint),
            null,
            input.CitizenId,
            $"Зарегистрирована жалоба от {input.ReceivedOn:dd.MM.yyyy}: {input.ComplainantName}; ответ до " +
                $"{QualityComplaintRules.AnswerDueOn(input):dd.MM.yyyy}"
        );
        await db.SaveChangesAsync(ct);
        return input;
    }

    public async Task<QualityComplaint> ExamineComplaintAsync(
        UserContext user,
        int id,
        QualityComplaintExamination input,
        CancellationToken ct = default
    )
    {
        SocialServicesAccess.RequireWriter(user);
        var c = await db.QualityComplaints.FirstOrDefaultAsync(x => x.Id == id && x.OrganisationId == user.OrganisationId, ct)
                ?? throw new NotFoundException($"Жалоба № {id} не найдена.");
        var old = c.IsJustified;
        c.IsJustified = input.IsJustified;
        c.AnsweredOn = input.AnsweredOn == default ? clock.Today : input.AnsweredOn;
        c.Outcome = input.Outcome?.Trim();
        var errors = QualityComplaintRules.Validate(c, clock.Today).ToList();
        if (c.AnsweredOn > clock.Today) errors.Add(new("answeredOn", "Дата ответа не может быть в будущем."));
        DomainValidationException.ThrowIfAny(errors);
        audit.Add(
            user,
            AuditAction.Update,
            nameof(QualityComplaint),
            id.ToString(),
            c.CitizenId,
            $"Рассмотрена жалоба № {id}: {(c.IsJustified == true ? "обоснованная" : "необоснованная")}",
            [new("Обоснованность", old?.ToString(), c.IsJustified?.ToString())]
        );
        await db.SaveChangesAsync(ct);
        return c;
    }

    public Task<List<ExternalInspection>> InspectionsAsync(UserContext user, int year, CancellationToken ct = default) =>
        db.ExternalInspections.AsNoTracking().VisibleTo(user).Where(i => i.EndedOn.Year == year)
            .OrderByDescending(i => i.EndedOn).ToListAsync(ct);

    public async Task<ExternalInspection> AddInspectionAsync(UserContext user, ExternalInspection input, CancellationToken ct = default)
    {
        SocialServicesAccess.RequireWriter(user);
        input.Id = 0;
        input.OrganisationId = user.OrganisationId;
        input.ActNumber = input.ActNumber?.Trim() ?? "";
        DomainValidationException.ThrowIfAny(ExternalInspectionRules.Validate(input, clock.Today));
        db.ExternalInspections.Add(input);
        audit.Add(
            user,
            AuditAction.Create,
            nameof(ExternalInspection),
            null,
            null,
            $"Проверка {input.Body.Russian()} {input.StartedOn:dd.MM.yyyy}–{input.EndedOn:dd.MM.yyyy}, {input.ActNumber}: " +
                $"нарушений {input.ViolationsFound}"
        );
        await db.SaveChangesAsync(ct);
        return input;
    }

    public Task<List<WorkEntry>> WorksAsync(UserContext user, int year, CancellationToken ct = default) =>
        db.WorkEntries.AsNoTracking().Include(w => w.AssignmentSection)
            .VisibleTo(user).Where(w => w.PerformedOn.Year == year)
            .OrderByDescending(w => w.PerformedOn).ThenByDescending(w => w.Id).ToListAsync(ct);

    /// <summary>Work sections (Часть 2) of the user's organisation's assignments, to record work against.</summary>
    public Task<List<AssignmentSection>> WorkSectionsAsync(UserContext user, CancellationToken ct = default) =>
        db.AssignmentSections.AsNoTracking().Include(s => s.Part).ThenInclude(p => p!.StateAssignment)
            .Where(s => s.Kind == SectionKind.Work && s.Part!.StateAssignment!.OrganisationId == user.OrganisationId)
            .OrderByDescending(s => s.Part!.StateAssignment!.FinancialYear).ThenBy(s => s.Ordinal).ToListAsync(ct);

    public async Task<WorkEntry> AddWorkAsync(UserContext user, WorkEntry input, CancellationToken ct = default)
    {
        SocialServicesAccess.RequireWriter(user);
        var section = await db.AssignmentSections.AsNoTracking().Include(s => s.Part).ThenInclude(p => p!.StateAssignment)
            .FirstOrDefaultAsync(s => s.Id == input.AssignmentSectionId && s.Kind == SectionKind.Work, ct);
        var errors = WorkEntryRules.Validate(input, clock.Today).ToList();
        if (section is null || section.Part!.StateAssignment!.OrganisationId != user.OrganisationId)
            errors.Add(new("assignmentSectionId", "Выберите работу из государственного задания вашей организации."));
        DomainValidationException.ThrowIfAny(errors);
        input.Id = 0;
        input.OrganisationId = user.OrganisationId;
        input.AssignmentSection = null;
        db.WorkEntries.Add(input);
        audit.Add(user, AuditAction.Create, nameof(WorkEntry), null, null,
            $"Журнал работ: раздел {section!.Number} «{section.Name}», {input.PerformedOn:dd.MM.yyyy}, количество {input.Quantity:0.###}" +
            (input.DistanceKm is { } km ? $", {km:0.#} км" : ""));
        await db.SaveChangesAsync(ct);
        return input;
    }
}
