using Microsoft.EntityFrameworkCore;
using Sobes.Domain.Appeals;
using Sobes.Domain.Applications;
using Sobes.Domain.Audit;
using Sobes.Domain.Common;
using Sobes.Domain.Organisations;
using Sobes.Domain.Registry;
using Sobes.Infrastructure.Audit;
using Sobes.Infrastructure.Calendar;
using Sobes.Infrastructure.Common;
using Sobes.Infrastructure.Persistence;
using Sobes.Infrastructure.Registry;

namespace Sobes.Infrastructure.Appeals;

/// <summary>
/// Pre-trial complaints under any administrative regulation (seed 002 section V): registration in the department's yearly journal,
/// the 30-day term and its single extension by the head, the answer. A complaint belongs to the department that received it (the ministry
/// reads all; another department gets 404); every read of a card and every change is audited, changes in the same SaveChanges.
/// </summary>
public sealed partial class ComplaintService(SobesDbContext db, AuditLog audit, RegionClock clock, CalendarService calendar)
{
    private const string Entity = nameof(Complaint);
    /// <summary>The regulation of seed 002, taken when the complaint names none and concerns no application.</summary>
    public const string DefaultRegulationCode = "AR-PRIEM-VARNA";

    public async Task<Complaint> RegisterAsync(UserContext user, RegisterComplaintInput input, CancellationToken ct = default)
    {
        await RequireCaseWorkerAsync(user, ct);
        var citizen = await db.VisibleCitizenAsync(user, input.CitizenId, ct);
        var today = clock.Today;
        var receivedOn = input.ReceivedOn ?? today;
        var errors = ComplaintRules.CheckRegistration(input.Channel, input.Subject, receivedOn, today, input.Text, input.RepresentativeName).ToList();

        MeasureApplication? application = null;
        if (input.ApplicationId is not null || !string.IsNullOrWhiteSpace(input.ApplicationNumber))
        {
            var number = input.ApplicationNumber?.Trim().ToUpperInvariant();
            var q = db.MeasureApplications.AsNoTracking().Where(a => a.OrganisationId == user.OrganisationId);
            application = input.ApplicationId is { } appId ? await q.FirstOrDefaultAsync(a => a.Id == appId, ct) : await q.FirstOrDefaultAsync(a => a.Number == number, ct);
            if (application is null) errors.Add(new("applicationId", "Заявление не найдено в журнале вашего управления."));
            else if (application.CitizenId != citizen.Id) errors.Add(new("applicationId", "Заявление подано другим гражданином, не заявителем жалобы."));
        }
        if (input.AssignmentId is { } assignmentId)
        {
            var assignment = await db.Assignments.AsNoTracking().Where(a => a.Id == assignmentId && a.OrganisationId == user.OrganisationId)
                .Select(a => new { a.CitizenId, a.BeneficiaryCitizenId }).FirstOrDefaultAsync(ct);
            if (assignment is null) errors.Add(new("assignmentId", "Назначение не найдено среди назначений вашего управления."));
            else if (assignment.CitizenId != citizen.Id && assignment.BeneficiaryCitizenId != citizen.Id)
                errors.Add(new("assignmentId", "Назначение другого гражданина, не заявителя жалобы."));
        }
        var regulation = input.RegulationId is { } regulationId
            ? await db.Regulations.AsNoTracking().FirstOrDefaultAsync(r => r.Id == regulationId && r.IsActive, ct)
            : application is not null
                ? await db.Regulations.AsNoTracking().FirstOrDefaultAsync(r => r.Id == application.RegulationId, ct)
                : await db.Regulations.AsNoTracking().FirstOrDefaultAsync(r => r.Code == DefaultRegulationCode && r.IsActive, ct);
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
            $"Жалоба {complaint.Number} от {receivedOn:dd.MM.yyyy}: {citizen.FullName}; {complaint.Subject.Russian()}; срок ответа {complaint.DueOn:dd.MM.yyyy}");
        await db.SaveChangesAsync(ct);
        return complaint;
    }

    public async Task ExtendAsync(UserContext user, long id, ExtendComplaintInput input, CancellationToken ct = default)
    {
        AppealsAccess.RequireHead(user);
        await RequireDepartmentAsync(user, ct);
        var complaint = await LoadAsync(user, id, tracking: true, ct);
        RequireVersion(complaint, input.Version);
        var before = complaint.DueOn;
        ComplaintRules.Extend(complaint, complaint.Regulation!, await calendar.LoadAsync(ct), input.Days, input.Reason, input.NotifiedOn, clock.Today, user.UserId);
        audit.Add(user, AuditAction.Update, Entity, complaint.Number, complaint.CitizenId,
            $"Жалоба {complaint.Number}: срок рассмотрения продлён на {input.Days} дн. — с {before:dd.MM.yyyy} до {complaint.DueOn:dd.MM.yyyy}; причина: {complaint.ExtensionReason}; заявитель уведомлён {complaint.CitizenNotifiedOn:dd.MM.yyyy}");
        await SaveAsync(complaint, ct);
    }

    public async Task AnswerAsync(UserContext user, long id, AnswerComplaintInput input, CancellationToken ct = default)
    {
        await RequireCaseWorkerAsync(user, ct);
        var complaint = await LoadAsync(user, id, tracking: true, ct);
        RequireVersion(complaint, input.Version);
        var today = clock.Today;
        ComplaintRules.Answer(complaint, input.Decision, input.NoAnswerGround, input.Text, input.AnsweredOn ?? today, today, user.UserId);
        audit.Add(user, AuditAction.Update, Entity, complaint.Number, complaint.CitizenId,
            $"Жалоба {complaint.Number}: ответ от {complaint.AnsweredOn:dd.MM.yyyy} — {complaint.Decision!.Value.Short()}"
            + (complaint.NoAnswerGround is { } g ? $" ({g.Russian()})" : "") + (complaint.AnsweredLate ? $"; с нарушением срока (срок {complaint.DueOn:dd.MM.yyyy})" : ""));
        await SaveAsync(complaint, ct);
    }

    public async Task<ComplaintDetails> GetAsync(UserContext user, long id, CancellationToken ct = default)
    {
        var details = await DetailsAsync(user, await LoadAsync(user, id, tracking: false, ct), ct);
        await audit.RecordAsync(user, AuditAction.Read, Entity, details.Complaint.Number, details.Complaint.CitizenId,
            $"Просмотр жалобы {details.Complaint.Number}: {details.Complainant}", ct);
        return details;
    }

    public async Task<IReadOnlyList<ComplaintListItem>> ListAsync(UserContext user, ComplaintFilter filter, CancellationToken ct = default)
    {
        var rows = await ListItemsAsync(user, filter, ct);
        await audit.RecordAsync(user, AuditAction.Search, Entity, null, null,
            $"Журнал жалоб{(filter.Year is { } y ? $" за {y} год" : "")}{(filter.Status is { } s ? $", {s.Russian().ToLowerInvariant()}" : "")}: {rows.Count}", ct);
        return rows;
    }

    private async Task<List<ComplaintListItem>> ListItemsAsync(UserContext user, ComplaintFilter filter, CancellationToken ct)
    {
        if (filter.Status is { } st && !Enum.IsDefined(st)) throw new DomainValidationException([new("status", "Неизвестное состояние жалобы.")]);
        if (filter.Year is < 2000 or > 2100) throw new DomainValidationException([new("year", "Год — от 2000 до 2100.")]);
        var today = clock.Today;
        var q = Scoped(user).AsNoTracking();
        if (filter.Year is { } year) q = q.Where(c => c.ReceivedOn >= new DateOnly(year, 1, 1) && c.ReceivedOn <= new DateOnly(year, 12, 31));
        q = filter.Status switch
        {
            ComplaintStatus.Answered => q.Where(c => c.AnsweredOn != null),
            ComplaintStatus.Overdue => q.Where(c => c.AnsweredOn == null && c.DueOn < today),
            ComplaintStatus.Extended => q.Where(c => c.AnsweredOn == null && c.DueOn >= today && c.ExtensionDays != null),
            ComplaintStatus.UnderReview => q.Where(c => c.AnsweredOn == null && c.DueOn >= today && c.ExtensionDays == null),
            _ => q,
        };
        var complaints = await q.OrderBy(c => c.ReceivedOn).ThenBy(c => c.Id)
            .Join(db.Regulations, c => c.RegulationId, r => r.Id, (c, r) => new { c, r.Code })
            .Join(db.Organisations, x => x.c.OrganisationId, o => o.Id, (x, o) => new { x.c, x.Code, o.ShortName })
            .ToListAsync(ct);
        var people = await PeopleAsync(user, complaints.Select(x => x.c.CitizenId), ct);
        var cal = await calendar.LoadAsync(ct);
        return complaints.Select(x =>
        {
            var c = x.c;
            var (name, address) = people.GetValueOrDefault(c.CitizenId, ("—", ""));
            return new ComplaintListItem(c.Id, c.Number, c.ReceivedOn, c.CitizenId, name, address, c.Channel, c.Subject, x.Code, c.DueOn, c.ExtensionDays,
                c.StatusOn(today), c.IsAnswered ? null : DeadlineRules.WorkingDaysLeft(today, c.DueOn, cal), c.Decision, c.AnsweredOn, c.AnsweredLate, x.ShortName);
        }).ToList();
    }

    /// <summary>Counts for the home page (no personal data, so not audited).</summary>
    public async Task<ComplaintCounts> CountsAsync(UserContext user, CancellationToken ct = default)
    {
        var today = clock.Today;
        var open = Scoped(user).AsNoTracking().Where(c => c.AnsweredOn == null);
        return new ComplaintCounts(await open.CountAsync(ct), await open.CountAsync(c => c.DueOn < today, ct));
    }

    /// <summary>The journal number of an application of the user's department (for the registration form), or null.</summary>
    public Task<string?> ApplicationNumberAsync(UserContext user, long applicationId, CancellationToken ct = default) =>
        db.MeasureApplications.AsNoTracking().Where(a => a.Id == applicationId && a.OrganisationId == user.OrganisationId).Select(a => a.Number).FirstOrDefaultAsync(ct);

    public async Task<IReadOnlyList<RegulationOption>> RegulationsAsync(CancellationToken ct = default) =>
        await db.Regulations.AsNoTracking().Where(r => r.IsActive).OrderBy(r => r.Name).Select(r => new RegulationOption(r.Id, r.Code, r.Name)).ToListAsync(ct);

    /// <summary>Names and postal addresses (actual, else registration — cl. 23.7.1) of visible citizens.</summary>
    private async Task<Dictionary<long, (string Name, string Address)>> PeopleAsync(UserContext user, IEnumerable<long> ids, CancellationToken ct)
    {
        var set = ids.Distinct().ToList();
        var rows = await db.Citizens.AsNoTracking().VisibleTo(user).Where(c => set.Contains(c.Id)).ToListAsync(ct);
        return rows.ToDictionary(c => c.Id, c => (c.FullName, Citizen.DeliveryAddress(c.ActualAddress, c.RegistrationAddress).ToString()));
    }

    private async Task<ComplaintDetails> DetailsAsync(UserContext user, Complaint c, CancellationToken ct)
    {
        var today = clock.Today;
        var person = (await PeopleAsync(user, [c.CitizenId], ct)).GetValueOrDefault(c.CitizenId, ("—", ""));
        var org = await db.Organisations.AsNoTracking().FirstAsync(o => o.Id == c.OrganisationId, ct);
        var applicationNumber = c.ApplicationId is { } a ? await db.MeasureApplications.AsNoTracking().Where(x => x.Id == a).Select(x => x.Number).FirstOrDefaultAsync(ct) : null;
        var assignmentNumber = c.AssignmentId is { } s ? await db.Assignments.AsNoTracking().Where(x => x.Id == s).Select(x => x.Number).FirstOrDefaultAsync(ct) : null;
        var userIds = new[] { c.RegisteredByUserId, c.ExtendedByUserId, c.AnsweredByUserId }.OfType<int>().Distinct().ToList();
        var users = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.FullName, ct);
        var r = c.Regulation!;
        return new ComplaintDetails(c, person.Item1, person.Item2, org.Name, org.Address, r.Code, r.Name, r.ComplaintClause, r.ComplaintAnswerDays, r.ComplaintExtensionDays,
            applicationNumber, assignmentNumber, c.StatusOn(today), c.IsAnswered ? null : DeadlineRules.WorkingDaysLeft(today, c.DueOn, await calendar.LoadAsync(ct)),
            users, today);
    }

    private IQueryable<Complaint> Scoped(UserContext user) =>
        db.AppealComplaints.VisibleTo(user);

    private async Task<Complaint> LoadAsync(UserContext user, long id, bool tracking, CancellationToken ct)
    {
        var q = tracking ? Scoped(user) : Scoped(user).AsNoTracking();
        return await q.Include(c => c.Regulation).FirstOrDefaultAsync(c => c.Id == id, ct)
               ?? throw new NotFoundException($"Жалоба № {id} не найдена.");
    }

    private async Task RequireCaseWorkerAsync(UserContext user, CancellationToken ct)
    {
        AppealsAccess.RequireCaseWorker(user);
        await RequireDepartmentAsync(user, ct);
    }

    private async Task RequireDepartmentAsync(UserContext user, CancellationToken ct)
    {
        if (!await db.Organisations.AsNoTracking().AnyAsync(o => o.Id == user.OrganisationId && o.Kind == OrganisationKind.SocialProtectionDepartment, ct))
            throw new ForbiddenException("Жалобы на решения и действия при предоставлении государственной услуги рассматривает управление социальной защиты населения.");
    }

    private static void RequireVersion(Complaint c, int? version)
    {
        if (version is { } v && v != c.Version)
            throw new ConflictException("Жалобу изменил другой пользователь. Обновите страницу и повторите действие.", "version");
    }

    private async Task SaveAsync(Complaint c, CancellationToken ct)
    {
        c.Version++;
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConflictException("Жалобу изменил другой пользователь. Обновите страницу и повторите действие.", "version");
        }
    }

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
