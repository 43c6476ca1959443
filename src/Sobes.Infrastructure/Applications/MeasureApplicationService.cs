using Microsoft.EntityFrameworkCore;
using Sobes.Domain.Applications;
using Sobes.Domain.Audit;
using Sobes.Domain.Calendar;
using Sobes.Domain.Common;
using Sobes.Domain.Measures;
using Sobes.Domain.Organisations;
using Sobes.Domain.Registry;
using Sobes.Infrastructure.Audit;
using Sobes.Infrastructure.Calendar;
using Sobes.Infrastructure.Common;
using Sobes.Infrastructure.Measures;
using Sobes.Infrastructure.Persistence;
using Sobes.Infrastructure.Registry;

namespace Sobes.Infrastructure.Applications;

/// <summary>
/// Applications for measures by administrative regulation (seed 002 section III): intake and the journal, the documents' checklist,
/// interagency requests, the draft decision, the control check and visa, the head's signature and the refusal journal.
/// Records belong to the department that registered them (the ministry reads all); every change is audited in its one SaveChanges.
/// </summary>
public sealed partial class MeasureApplicationService(
    SobesDbContext db,
    AuditLog audit,
    RegionClock clock,
    CalendarService calendar,
    AssignmentFactory factory,
    IApplicationContracts contracts,
    IEnumerable<IApplicationGrantHook> grantHooks
)
{
    private const string Entity = nameof(MeasureApplication);
    /// <summary>The head's queue shows applications due within this many working days.</summary>
    public const int DueSoonWorkingDays = 2;

    private static readonly ApplicationStatus[] Open =
    [
        ApplicationStatus.Registered,
        ApplicationStatus.UnderReview,
        ApplicationStatus.AwaitingSignature,
    ];

    public async Task<RegisterResult> RegisterAsync(UserContext user, RegisterApplicationInput input, CancellationToken ct = default)
    {
        await RequireCaseWorkerAsync(user, ct);
        var citizen = await db.VisibleCitizenAsync(user, input.CitizenId, ct);
        var today = clock.Today;
        var on = input.RegisteredOn ?? today;
        var errors = new List<ValidationError>();
        if (on > today) errors.Add(new("registeredOn", "Дата регистрации не может быть в будущем."));
        if (citizen.DeathDate is not null) errors.Add(new("citizenId", "В реестре отмечена смерть заявителя: заявление не регистрируется."));
        if (!Enum.IsDefined(input.Channel)) errors.Add(new("channel", "Укажите, как подано заявление."));
        var regulation = await db.Regulations.AsNoTracking().FirstOrDefaultAsync(r => r.Id == input.RegulationId && r.IsActive, ct);
        if (regulation is null) errors.Add(new("regulationId", "Выберите административный регламент государственной услуги."));
        var method = input.PaymentMethod ?? citizen.PaymentDetails.Method;
        if (method is null) errors.Add(new("paymentMethod", "Укажите способ выплаты: в личном деле заявителя он не указан."));
        else if (!Enum.IsDefined(method.Value)) errors.Add(new("paymentMethod", "Способ выплаты: банк или почта."));
        if (input.Items.Count == 0) errors.Add(new("items", "Укажите хотя бы одну меру поддержки."));
        if (input.FosterContractId is { } contractId && !await contracts.IsApplicantsAsync(user, contractId, citizen.Id, ct))
            errors.Add(
                new(
                    "fosterContractId",
                    "Договор о приёмной семье не найден: заявитель должен быть приёмным родителем по договору вашего управления."
                )
            );
        if (input.IntakeStartedAtUtc is { } started && Utc(started) > clock.NowUtc.AddMinutes(1))
            errors.Add(new("intakeStartedAtUtc", "Время начала приёма не может быть позже времени регистрации."));

        var measureIds = input.Items.Select(i => i.MeasureId).Distinct().ToList();
        var measures = await db.Measures.AsNoTracking().Where(m => measureIds.Contains(m.Id)).ToDictionaryAsync(m => m.Id, ct);
        var childIds = input.Items.Select(i => i.BeneficiaryCitizenId).OfType<long>().Distinct().ToList();
        var children = await db.VisibleCitizens(user).Where(c => childIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);
        var seen = new HashSet<(int, long?)>();
        for (var i = 0; i < input.Items.Count; i++)
        {
            var item = input.Items[i];
            if (!measures.TryGetValue(item.MeasureId, out var m) || regulation is null || m.RegulationId != regulation.Id || !m.IsActive)
            {
                errors.Add(new($"items[{i}].measureId", "Выберите меру, которая предоставляется по этому регламенту."));
                continue;
            }
            if (item.BeneficiaryCitizenId is { } childId)
            {
                if (!children.TryGetValue(childId, out var child))
                    errors.Add(new($"items[{i}].beneficiaryCitizenId", "Ребёнок не найден в реестре вашего района."));
                else if (childId == citizen.Id)
                    errors.Add(new($"items[{i}].beneficiaryCitizenId", "Ребёнком указан сам заявитель."));
                else if (child.DeathDate is not null)
                    errors.Add(new($"items[{i}].beneficiaryCitizenId", "В реестре отмечена смерть ребёнка."));
            }
            else if (m.Eligibility.ForChild)
                errors.Add(new($"items[{i}].beneficiaryCitizenId", $"Мера «{m.ShortName}» назначается на ребёнка: укажите его."));
            if (!seen.Add((item.MeasureId, item.BeneficiaryCitizenId)))
                errors.Add(new($"items[{i}].measureId", "Эта мера на этого получателя уже указана в заявлении."));
        }
        DomainValidationException.ThrowIfAny(errors);

        for (var i = 0; i < input.Items.Count; i++)
        {
            var item = input.Items[i];
            if (await PendingApplicationAsync(citizen.Id, item.MeasureId, item.BeneficiaryCitizenId, ct) is { } pending)
                throw new ConflictException(
                    $"По мере «{measures[item.MeasureId].ShortName}» на этого получателя уже есть нерассмотренное заявление " +
                        $"{pending}: повторное не регистрируется.",
                    $"items[{i}].measureId"
                );
        }

        var application = new MeasureApplication
        {
            Number = await DocumentNumbers.NextAsync(db.MeasureApplications.Select(a => a.Number), "З", on.Year, ct),
            RegisteredOn = on,
            RegisteredAtUtc = clock.NowUtc,
            CitizenId = citizen.Id,
            OrganisationId = user.OrganisationId,
            RegulationId = regulation!.Id,
            FosterContractId = input.FosterContractId,
            Channel = input.Channel,
            PaymentMethod = method!.Value,
            RegisteredByUserId = user.UserId,
            IntakeStartedAtUtc = input.IntakeStartedAtUtc is { } start ? Utc(start) : null,
            Items = input.Items.Select(i => new ApplicationItem { MeasureId = i.MeasureId, BeneficiaryCitizenId = i.BeneficiaryCitizenId }).ToList(),
            Version = 1,
        };
        var found = await FindDoublePaymentsAsync(
            citizen.Id,
            application.Items.Select(i => (measures[i.MeasureId], i.BeneficiaryCitizenId)).ToList(),
            null,
            ct
        );
        RecordDoublePaymentCheck(user, application, found, application.Items.Count);
        var warnings = found
            .Select(f => f.Message + " — назначить эту меру будет нельзя, возможен только отказ (п. 14.2 подп. 3 регламента).")
            .ToList();
        db.MeasureApplications.Add(application);
        audit.Add(
            user,
            AuditAction.Create,
            Entity,
            application.Number,
            citizen.Id,
            $"Заявление {application.Number} от {on:dd.MM.yyyy}: {citizen.FullName}; " +
                $"{string.Join(", ", application.Items.Select(i => measures[i.MeasureId].ShortName))}"
                + (warnings.Count > 0 ? $"; предупреждений о двойной выплате: {warnings.Count}" : "")
        );
        await db.SaveChangesAsync(ct);
        return new RegisterResult(application, warnings);
    }

    /// <summary>A time without a zone is taken as UTC, as the field's name says.</summary>
    private static DateTime Utc(DateTime t) => t.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(t, DateTimeKind.Utc) : t.ToUniversalTime();

    /// <summary>An application for the same measure and recipient still without a decision, in any department.</summary>
    private Task<string?> PendingApplicationAsync(long applicantId, int measureId, long? childId, CancellationToken ct) =>
        db
            .MeasureApplications.AsNoTracking()
            .Where(a => Open.Contains(a.Status))
            .Where(a =>
                a.Items.Any(i =>
                    i.MeasureId == measureId
                    && i.Outcome != ItemOutcome.Refuse
                    && (childId == null ? i.BeneficiaryCitizenId == null && a.CitizenId == applicantId : i.BeneficiaryCitizenId == childId)
                )
            )
            .Select(a => a.Number)
            .FirstOrDefaultAsync(ct);

    public async Task<ApplicationPage> ListAsync(UserContext user, ApplicationFilter filter, CancellationToken ct = default)
    {
        if (filter.Page < 1 || filter.PageSize is < 1 or > 200)
            throw new DomainValidationException([new("page", "Страница от 1, размер страницы от 1 до 200.")]);
        var today = clock.Today;
        var q = Scoped(user).AsNoTracking();
        if (filter.Status is { } s) q = q.Where(a => a.Status == s);
        if (filter.MeasureId is { } m) q = q.Where(a => a.Items.Any(i => i.MeasureId == m));
        if (filter.Overdue) q = q.Where(a => Open.Contains(a.Status) && a.DueOn != null && a.DueOn < today);
        if (filter.Q?.Trim() is { Length: > 0 } text)
        {
            var number = text.ToUpperInvariant();
            if (text.Any(char.IsDigit)) q = q.Where(a => a.Number.Contains(number));
            else
            {
                var found = db.Citizens.VisibleTo(user).Apply(new CitizenSearch(Q: text));
                q = q.Where(a => found.Any(c => c.Id == a.CitizenId));
            }
        }
        var total = await q.CountAsync(ct);
        var rows = await ListItemsAsync(user, q.OrderByDescending(a => a.RegisteredOn).ThenByDescending(a => a.Id)
            .Skip((filter.Page - 1) * filter.PageSize).Take(filter.PageSize), ct);
        await audit.RecordAsync(user, AuditAction.Search, Entity, null, null, $"Журнал заявлений: найдено {total}", ct);
        return new ApplicationPage(rows, total, filter.Page, filter.PageSize);
    }

    private async Task<List<ApplicationListItem>> ListItemsAsync(UserContext user, IQueryable<MeasureApplication> q, CancellationToken ct)
    {
        var rows = await q.Select(a => new
        {
            a.Id, a.Number, a.RegisteredOn, a.CitizenId, a.Status, a.DueOn, a.DecisionNumber, a.DecidedOn,
            Measures = a.Items.Select(i => i.Measure!.ShortName).ToList(),
        }).ToListAsync(ct);
        var names = await db.NamesAsync(user, rows.Select(r => r.CitizenId), ct);
        var cal = await calendar.LoadAsync(ct);
        var today = clock.Today;
        return rows.Select(r =>
        {
            var open = Open.Contains(r.Status);
            int? left = open && r.DueOn is { } due ? DeadlineRules.WorkingDaysLeft(today, due, cal) : null;
            return new ApplicationListItem(r.Id, r.Number, r.RegisteredOn, r.CitizenId, names.GetValueOrDefault(r.CitizenId, "—"), r.Status,
                string.Join(", ", r.Measures), r.DueOn, left, open && r.DueOn < today, r.DecisionNumber, r.DecidedOn);
        }).ToList();
    }

    /// <summary>Counts for the dashboard (no personal data, so not audited): awaiting signature, overdue, due within two working days.</summary>
    public async Task<QueueCounts> CountsAsync(UserContext user, CancellationToken ct = default)
    {
        var today = clock.Today;
        var horizon = (await calendar.LoadAsync(ct)).AddWorkingDays(today, DueSoonWorkingDays);
        var open = Scoped(user).AsNoTracking().Where(a => Open.Contains(a.Status));
        return new QueueCounts(
            await open.CountAsync(a => a.Status == ApplicationStatus.AwaitingSignature, ct),
            await open.CountAsync(a => a.DueOn != null && a.DueOn < today, ct),
            await open.CountAsync(a => a.DueOn != null && a.DueOn >= today && a.DueOn <= horizon, ct));
    }

    public async Task<HeadQueue> QueueAsync(UserContext user, CancellationToken ct = default)
    {
        var today = clock.Today;
        var cal = await calendar.LoadAsync(ct);
        var horizon = cal.AddWorkingDays(today, DueSoonWorkingDays);
        var q = Scoped(user).AsNoTracking().OrderBy(a => a.DueOn).ThenBy(a => a.Id);
        var awaiting = await ListItemsAsync(user, q.Where(a => a.Status == ApplicationStatus.AwaitingSignature), ct);
        var dueSoon = await ListItemsAsync(user, q.Where(a => Open.Contains(a.Status) && a.DueOn != null && a.DueOn <= horizon), ct);
        await audit.RecordAsync(
            user,
            AuditAction.Search,
            Entity,
            null,
            null,
            $"Очередь на подпись: {awaiting.Count}, срок истекает: {dueSoon.Count}",
            ct
        );
        return new HeadQueue(awaiting, dueSoon);
    }

    public async Task<ApplicationDetails> GetAsync(UserContext user, long id, CancellationToken ct = default)
    {
        var app = await LoadAsync(user, id, tracking: false, ct);
        var details = await DetailsAsync(app, ct);
        await audit.RecordAsync(
            user,
            AuditAction.Read,
            Entity,
            app.Number,
            app.CitizenId,
            $"Просмотр заявления {app.Number}: {details.Applicant.FullName}",
            ct
        );
        return details;
    }

    private async Task<ApplicationDetails> DetailsAsync(MeasureApplication app, CancellationToken ct)
    {
        var today = clock.Today;
        var cal = await calendar.LoadAsync(ct);
        var applicant = await db.Citizens.AsNoTracking().Include(c => c.Categories).ThenInclude(c => c.CategoryKind)
            .FirstAsync(c => c.Id == app.CitizenId, ct);
        var org = await db.Organisations.AsNoTracking().FirstAsync(o => o.Id == app.OrganisationId, ct);
        var childIds = app.Items.Select(i => i.BeneficiaryCitizenId).OfType<long>().ToList();
        var children = await db.Citizens.AsNoTracking().Where(c => childIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);
        var decisionDate = app.DecidedOn ?? today;
        var items = new List<ItemView>();
        foreach (var item in app.Items.OrderBy(i => i.Id))
        {
            var child = item.BeneficiaryCitizenId is { } cid ? children.GetValueOrDefault(cid) : null;
            var proposal = await ProposeAsync(app, item, item.Measure!, child?.BirthDate, org.TerritoryId ?? 0, decisionDate, ct);
            var on = proposal.PeriodFrom ?? app.RegisteredOn;
            var facts = new EligibilityFacts(
                applicant.Categories.Where(c => c.IsValidOn(on) && c.CategoryKind is not null).Select(c => c.CategoryKind!.Code).ToList(),
                applicant.TerritoryId == org.TerritoryId,
                child?.BirthDate,
                child?.FullName,
                child is not null && child.TerritoryId == org.TerritoryId,
                on
            );
            var warnings = app.Status is ApplicationStatus.Decided or ApplicationStatus.Withdrawn
                ? []
                : (await FindDoublePaymentsAsync(app.CitizenId, [(item.Measure!, item.BeneficiaryCitizenId)], app.Id, ct))
                    .Select(f => f.Message)
                    .ToList();
            items.Add(
                new ItemView(
                    item,
                    item.Measure!,
                    child?.FullName,
                    child?.BirthDate,
                    proposal,
                    EligibilityCheck.Check(item.Measure!, facts),
                    warnings,
                    item.Assignment?.Number
                )
            );
        }
        var userIds = new[]
        {
            app.RegisteredByUserId, app.PreparedByUserId, app.VisaByUserId, app.SignedByUserId, app.NoticeByUserId, app.RefusalCheckedByUserId,
            app.RefusalSentByUserId, app.DoublePaymentCheckedByUserId,
        }.OfType<int>().Distinct().ToList();
        var users = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.FullName, ct);
        var open = Open.Contains(app.Status);
        return new ApplicationDetails(app, applicant, org, app.Regulation!,
            ApplicationChecklist.Build(app.Regulation!, app.Documents, app.Requests, today),
            ApplicationChecklist.Missing(app.Regulation!, app.Documents),
            items,
            open && app.DueOn is { } due ? DeadlineRules.WorkingDaysLeft(today, due, cal) : null,
            open && app.DueOn < today,
            users,
            today)
        {
            Procedure = ProcedureTracking.Track(app.Regulation!.Steps, Facts(app, users), clock.NowLocal, cal),
            FosterContract = app.FosterContractId is { } contractId ? await contracts.DescribeAsync(contractId, ct) : null,
        };
    }

    /// <summary>The period by the measure's rules and the amount on its first day, or why they cannot be found yet.</summary>
    private async Task<ItemProposal> ProposeAsync(
        MeasureApplication app,
        ApplicationItem item,
        Measure measure,
        DateOnly? childBirth,
        int territoryId,
        DateOnly decisionDate,
        CancellationToken ct
    )
    {
        try
        {
            var from = item.PeriodFrom ?? AssignmentRules.StartOf(measure, app.RegisteredOn, decisionDate, item.EventDate);
            var to = item.PeriodFrom is null ? AssignmentRules.EndOf(measure, from, childBirth, item.ContractEndsOn) : item.PeriodTo;
            var r = await factory.ComputeAsync(measure, territoryId, from, item.Children, item.ChildrenWithIncrement, item.DocumentedSum, ct);
            return new ItemProposal(from, to, r.Amount, r.Basis, null);
        }
        catch (DomainValidationException e)
        {
            return new ItemProposal(null, null, null, null, string.Join(" ", e.Errors.Select(x => x.Message)));
        }
    }

    /// <summary>Children and wards of the applicant from the registry's family ties, offered as the beneficiaries at intake.</summary>
    public async Task<IReadOnlyList<ChildOption>> ChildrenOfAsync(UserContext user, long citizenId, CancellationToken ct = default)
    {
        var citizen = await db.VisibleCitizenAsync(user, citizenId, ct);
        var visible = db.Citizens.VisibleTo(user);
        var ties = await db.Set<FamilyTie>()
            .AsNoTracking()
            .Where(t => t.CitizenId == citizen.Id && (t.Relation == FamilyRelation.Child || t.Relation == FamilyRelation.Ward))
            .Join(
                visible,
                t => t.RelativeId,
                c => c.Id,
                (t, c) =>
                    new
                    {
                        c.Id,
                        c.Surname,
                        c.Name,
                        c.Patronymic,
                        c.BirthDate,
                        t.Relation,
                        c.DeathDate,
                    }
            )
            .ToListAsync(ct);
        return ties.Where(t => t.DeathDate is null)
            .OrderByDescending(t => t.BirthDate)
            .Select(t => new ChildOption(
                t.Id,
                string.Join(" ", new[] { t.Surname, t.Name, t.Patronymic }.Where(s => !string.IsNullOrWhiteSpace(s))),
                t.BirthDate,
                t.Relation.Russian()
            ))
            .ToList();
    }

    /// <summary>Active regulations with their measures, for the intake form.</summary>
    public async Task<IReadOnlyList<(AdministrativeRegulation Regulation, IReadOnlyList<Measure> Measures)>> RegulationsAsync(
        CancellationToken ct = default
    )
    {
        var regulations = await db.Regulations.AsNoTracking().Include(r => r.Documents).Where(r => r.IsActive).OrderBy(r => r.Name).ToListAsync(ct);
        var measures = await db.Measures.AsNoTracking().Where(m => m.IsActive && m.RegulationId != null).OrderBy(m => m.Name).ToListAsync(ct);
        return regulations.Select(r => (r, (IReadOnlyList<Measure>)measures.Where(m => m.RegulationId == r.Id).ToList())).ToList();
    }

    private IQueryable<MeasureApplication> Scoped(UserContext user) =>
        db.MeasureApplications.VisibleTo(user);

    private async Task<MeasureApplication> LoadAsync(UserContext user, long id, bool tracking, CancellationToken ct)
    {
        var q = tracking ? Scoped(user) : Scoped(user).AsNoTracking();
        return await q.AsSplitQuery()
                   .Include(a => a.Regulation!).ThenInclude(r => r.Documents)
                   .Include(a => a.Regulation!).ThenInclude(r => r.Steps)
                   .Include(a => a.Regulation!).ThenInclude(r => r.RefusalGrounds)
                   .Include(a => a.Regulation!).ThenInclude(r => r.LegalAct)
                   .Include(a => a.Items).ThenInclude(i => i.Measure!).ThenInclude(m => m.Amounts)
                   .Include(a => a.Items).ThenInclude(i => i.Measure!).ThenInclude(m => m.Bases).ThenInclude(b => b.LegalAct)
                   .Include(a => a.Items).ThenInclude(i => i.RefusalGround)
                   .Include(a => a.Items).ThenInclude(i => i.Assignment)
                   .Include(a => a.Documents).ThenInclude(d => d.RegulationDocument)
                   .Include(a => a.Requests)
                   .FirstOrDefaultAsync(a => a.Id == id, ct)
               ?? throw new NotFoundException($"Заявление № {id} не найдено.");
    }

    /// <summary>Casework is the department's (УСЗН): a specialist or head of an organisation of that kind.</summary>
    internal async Task RequireCaseWorkerAsync(UserContext user, CancellationToken ct)
    {
        MeasuresAccess.RequireCaseWorker(user);
        await RequireDepartmentAsync(user, ct);
    }

    private async Task RequireDepartmentAsync(UserContext user, CancellationToken ct)
    {
        if (
            !await db
                .Organisations.AsNoTracking()
                .AnyAsync(o => o.Id == user.OrganisationId && o.Kind == OrganisationKind.SocialProtectionDepartment, ct)
        )
            throw new ForbiddenException(
                "Заявления о мерах социальной поддержки принимает и рассматривает управление социальной защиты населения."
            );
    }

    private static void RequireVersion(MeasureApplication app, int? version)
    {
        if (version is { } v && v != app.Version)
            throw new ConflictException("Заявление изменил другой пользователь. Обновите страницу и повторите действие.", "version");
    }

    private static void RequireStatus(MeasureApplication app, string message, params ApplicationStatus[] allowed)
    {
        if (!allowed.Contains(app.Status)) throw new ConflictException(message);
    }

    private async Task SaveAsync(MeasureApplication app, CancellationToken ct)
    {
        app.Version++;
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConflictException("Заявление изменил другой пользователь. Обновите страницу и повторите действие.", "version");
        }
    }

    private async Task<ProductionCalendar> CalendarAsync(CancellationToken ct) => await calendar.LoadAsync(ct);
}
