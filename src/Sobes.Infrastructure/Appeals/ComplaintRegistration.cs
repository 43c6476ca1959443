using Microsoft.EntityFrameworkCore;
using Sobes.Domain.Appeals;
using Sobes.Domain.Applications;
using Sobes.Domain.Audit;
using Sobes.Domain.Common;
using Sobes.Domain.Organisations;
using Sobes.Domain.Registry;
using Sobes.Infrastructure.Audit;
using Sobes.Infrastructure.Calendar;
using Sobes.Infrastructure.Persistence;
using Sobes.Infrastructure.Registry;
using static Sobes.Infrastructure.Appeals.ComplaintRecords;

namespace Sobes.Infrastructure.Appeals;

/// <summary>
/// Registration of a complaint in the department's yearly journal (seed 002 cl. 23.7): the complainant from the registry, the channel,
/// the regulation (named, the application's, or seed 002's), the application or assignment appealed, the subject of cl. 23.1; the number
/// «Ж-год-номер» and the 30-day term on the production calendar (cl. 23.9).
/// </summary>
public sealed class ComplaintRegistration(SobesDbContext db, AuditLog audit, RegionClock clock, CalendarService calendar, ComplaintRecords records,
    RegistryService registry)
{
    /// <summary>The regulation of seed 002, taken when the complaint names none and concerns no application.</summary>
    public const string DefaultRegulationCode = "AR-PRIEM-VARNA";

    public async Task<Complaint> RegisterAsync(UserContext user, RegisterComplaintInput input, CancellationToken ct = default)
    {
        await records.RequireCaseWorkerAsync(user, ct);
        var citizen = await db.VisibleCitizenAsync(user, input.CitizenId, ct);
        var today = clock.Today;
        var receivedOn = input.ReceivedOn ?? today;
        var errors = ComplaintRules.CheckRegistration(input.Channel, input.Subject, receivedOn, today, input.Text, input.RepresentativeName).ToList();
        var application = await ApplicationAsync(user, input, citizen, errors, ct);
        await CheckAssignmentAsync(user, input, citizen, errors, ct);
        var regulation = await RegulationAsync(input, application, ct);
        if (regulation is null) errors.Add(new("regulationId", "Выберите действующий административный регламент, по которому подана жалоба."));
        DomainValidationException.ThrowIfAny(errors);

        var cal = await calendar.LoadAsync(ct);
        var complaint = new Complaint
        {
            Number = await DocumentNumbers.NextAsync(db.AppealComplaints.Select(c => c.Number), "Ж", receivedOn.Year, ct),
            OrganisationId = user.OrganisationId,
            ReceivedOn = receivedOn,
            RegisteredAtUtc = clock.NowUtc,
            RegisteredByUserId = user.UserId,
            Channel = input.Channel,
            CitizenId = citizen.Id,
            RepresentativeName = Clean(input.RepresentativeName),
            RegulationId = regulation!.Id,
            ApplicationId = application?.Id,
            AssignmentId = input.AssignmentId,
            Subject = input.Subject,
            Text = input.Text!.Trim(),
            Officials = Clean(input.Officials),
            Attachments = Clean(input.Attachments),
            DueOn = DeadlineRules.ComplaintDue(receivedOn, regulation, cal),
            Version = 1,
        };
        db.AppealComplaints.Add(complaint);
        audit.Add(user, AuditAction.Create, Entity, complaint.Number, citizen.Id,
            $"Жалоба {complaint.Number} от {receivedOn:dd.MM.yyyy}: {citizen.FullName}; {complaint.Subject.Russian()}; "
            + $"срок ответа {complaint.DueOn:dd.MM.yyyy}");
        await db.SaveChangesAsync(ct);
        return complaint;
    }

    /// <summary>The registration form: the complainant from the registry, the active regulations, the application's number if one is
    /// given.</summary>
    public async Task<ComplaintForm> FormAsync(UserContext user, long citizenId, long? applicationId, CancellationToken ct = default)
    {
        var complainant = await registry.GetAsync(user, citizenId, ct);
        var regulations = await RegulationsAsync(ct);
        var number = applicationId is { } id ? await ApplicationNumberAsync(user, id, ct) : null;
        return new ComplaintForm(complainant, regulations, number);
    }

    /// <summary>The journal number of an application of the user's department (for the registration form), or null.</summary>
    public Task<string?> ApplicationNumberAsync(UserContext user, long applicationId, CancellationToken ct = default) =>
        db.MeasureApplications.AsNoTracking().Where(a => a.Id == applicationId && a.OrganisationId == user.OrganisationId).Select(a => a.Number)
            .FirstOrDefaultAsync(ct);

    public async Task<IReadOnlyList<RegulationOption>> RegulationsAsync(CancellationToken ct = default) =>
        await db.Regulations.AsNoTracking().Where(r => r.IsActive).OrderBy(r => r.Name).Select(r => new RegulationOption(r.Id, r.Code, r.Name))
            .ToListAsync(ct);

    /// <summary>The application appealed (by id or journal number), of the department and of the complainant.</summary>
    private async Task<MeasureApplication?> ApplicationAsync(
        UserContext user,
        RegisterComplaintInput input,
        Citizen citizen,
        List<ValidationError> errors,
        CancellationToken ct
    )
    {
        if (input.ApplicationId is null && string.IsNullOrWhiteSpace(input.ApplicationNumber)) return null;
        var number = input.ApplicationNumber?.Trim().ToUpperInvariant();
        var q = db.MeasureApplications.AsNoTracking().Where(a => a.OrganisationId == user.OrganisationId);
        var application = input.ApplicationId is { } appId
            ? await q.FirstOrDefaultAsync(a => a.Id == appId, ct)
            : await q.FirstOrDefaultAsync(a => a.Number == number, ct);
        if (application is null) errors.Add(new("applicationId", "Заявление не найдено в журнале вашего управления."));
        else if (application.CitizenId != citizen.Id) errors.Add(new("applicationId", "Заявление подано другим гражданином, не заявителем жалобы."));
        return application;
    }

    private async Task CheckAssignmentAsync(
        UserContext user,
        RegisterComplaintInput input,
        Citizen citizen,
        List<ValidationError> errors,
        CancellationToken ct
    )
    {
        if (input.AssignmentId is not { } assignmentId) return;
        var assignment = await db.Assignments.AsNoTracking().Where(a => a.Id == assignmentId && a.OrganisationId == user.OrganisationId)
            .Select(a => new { a.CitizenId, a.BeneficiaryCitizenId }).FirstOrDefaultAsync(ct);
        if (assignment is null) errors.Add(new("assignmentId", "Назначение не найдено среди назначений вашего управления."));
        else if (assignment.CitizenId != citizen.Id && assignment.BeneficiaryCitizenId != citizen.Id)
            errors.Add(new("assignmentId", "Назначение другого гражданина, не заявителя жалобы."));
    }

    /// <summary>The regulation named (if active), else the application's, else seed 002's.</summary>
    private async Task<AdministrativeRegulation?> RegulationAsync(
        RegisterComplaintInput input,
        MeasureApplication? application,
        CancellationToken ct
    ) =>
        input.RegulationId is { } regulationId
            ? await db.Regulations.AsNoTracking().FirstOrDefaultAsync(r => r.Id == regulationId && r.IsActive, ct)
        : application is not null ? await db.Regulations.AsNoTracking().FirstOrDefaultAsync(r => r.Id == application.RegulationId, ct)
        : await db.Regulations.AsNoTracking().FirstOrDefaultAsync(r => r.Code == DefaultRegulationCode && r.IsActive, ct);

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
