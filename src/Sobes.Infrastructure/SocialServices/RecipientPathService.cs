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

/// <summary>
/// The recipient's path of 442-ФЗ: application (ст. 14) → decision on the need within five working days (ст. 15) →
/// individual programme (ст. 16) → contract with the provider (ст. 17). Scoped to the user's territory and audited.
/// </summary>
public sealed class RecipientPathService(SobesDbContext db, AuditLog audit, RegionClock clock, CalendarService calendar)
{
    private const string Entity = nameof(ServiceApplication);

    /// <summary>Whether the user acts for a provider of social services (concludes contracts, records services).</summary>
    public Task<bool> IsProviderAsync(UserContext user, CancellationToken ct = default) => db.IsProviderAsync(user, ct);

    public async Task<IReadOnlyList<ServiceApplicationListItem>> ListAsync(
        UserContext user,
        NeedRecognitionOutcome? outcome = null,
        CancellationToken ct = default
    )
    {
        var today = clock.Today;
        var visible = db.Citizens.VisibleTo(user);
        var rows = await db.ServiceApplications.AsNoTracking()
            .Where(a => visible.Any(c => c.Id == a.CitizenId))
            .Where(a => outcome == null || a.NeedRecognition!.Outcome == outcome)
            .OrderByDescending(a => a.SubmittedOn).ThenByDescending(a => a.Id)
            .Select(a => new { a.Id, a.Number, a.CitizenId, a.SubmittedOn, a.RequestedForm, a.NeedRecognition })
            .Take(500).ToListAsync(ct);
        var names = await db.NamesAsync(user, rows.Select(r => r.CitizenId), ct);
        var ids = rows.Select(r => r.Id).ToList();
        var contracts = await db.ServiceContracts.AsNoTracking()
            .Where(c => ids.Contains(c.IndividualProgramme!.NeedRecognition!.ServiceApplicationId))
            .Select(c => new { c.Number, c.IndividualProgramme!.NeedRecognition!.ServiceApplicationId }).ToListAsync(ct);
        await audit.RecordAsync(user, AuditAction.Search, Entity, null, null, $"Список заявлений о социальном обслуживании: {rows.Count}", ct);
        return rows.Select(r => new ServiceApplicationListItem(
                r.Id,
                r.Number,
                r.CitizenId,
                names.GetValueOrDefault(r.CitizenId, "—"),
                r.SubmittedOn,
                r.RequestedForm,
                r.NeedRecognition?.Outcome ?? NeedRecognitionOutcome.Pending,
                r.NeedRecognition?.DueOn ?? r.SubmittedOn,
                r.NeedRecognition?.DecidedOn,
                r.NeedRecognition is { } n && NeedRecognitionRules.IsOverdue(n, today),
                contracts.FirstOrDefault(c => c.ServiceApplicationId == r.Id)?.Number
            ))
            .ToList();
    }

    public async Task<ServiceApplication> CreateAsync(UserContext user, ServiceApplicationInput input, CancellationToken ct = default)
    {
        SocialServicesAccess.RequireWriter(user);
        var citizen = await db.VisibleCitizenAsync(user, input.CitizenId, ct);
        var errors = new List<ValidationError>();
        if (input.SubmittedOn == default) errors.Add(new("submittedOn", "Укажите дату подачи заявления."));
        else if (input.SubmittedOn > clock.Today) errors.Add(new("submittedOn", "Дата подачи не может быть в будущем."));
        if (!Enum.IsDefined(input.RequestedForm)) errors.Add(new("requestedForm", "Укажите форму социального обслуживания."));
        if (string.IsNullOrWhiteSpace(input.Circumstances))
            errors.Add(new("circumstances", "Укажите обстоятельства, ухудшающие условия жизнедеятельности (ст. 15 442-ФЗ)."));
        var household = Household(input, citizen.Id, citizen.FullName, errors);
        DomainValidationException.ThrowIfAny(errors);

        var application = new ServiceApplication
        {
            Number = await DocumentNumbers.NextAsync(db.ServiceApplications.Select(a => a.Number), "ЗСО", input.SubmittedOn.Year, ct),
            CitizenId = citizen.Id,
            AuthorityOrganisationId = await AuthorityOfAsync(user, ct),
            ReceivedByOrganisationId = user.OrganisationId,
            SubmittedOn = input.SubmittedOn,
            RequestedForm = input.RequestedForm,
            Circumstances = input.Circumstances!.Trim(),
            FreeGrounds = input.FreeGrounds.Distinct().ToList(),
            SubsistenceGroup = input.SubsistenceGroup,
            Household = household,
        };
        application.NeedRecognition = NeedRecognitionRules.Open(application, await calendar.LoadAsync(ct));
        db.ServiceApplications.Add(application);
        audit.Add(
            user,
            AuditAction.Create,
            Entity,
            application.Number,
            citizen.Id,
            $"Заявление {application.Number} о социальном обслуживании ({application.RequestedForm.RussianShort()}): " +
                $"{citizen.FullName}; решение до {application.NeedRecognition.DueOn:dd.MM.yyyy}"
        );
        await db.SaveChangesAsync(ct);
        return application;
    }

    private List<HouseholdMember> Household(ServiceApplicationInput input, long citizenId, string citizenName, List<ValidationError> errors)
    {
        var members = input.Household.Count > 0 ? input.Household : [new HouseholdMemberInput { CitizenId = citizenId }];
        var monthOfApplication = new DateOnly(input.SubmittedOn.Year, input.SubmittedOn.Month, 1);
        var result = new List<HouseholdMember>();
        for (var i = 0; i < members.Count; i++)
        {
            var m = members[i];
            var isApplicant = i == 0;
            var name = isApplicant ? citizenName : m.FullName?.Trim();
            if (string.IsNullOrWhiteSpace(name)) errors.Add(new($"household[{i}].fullName", "Укажите ФИО члена семьи."));
            if (m.MonthlyAmount is < 0) errors.Add(new($"household[{i}].monthlyAmount", "Доход не может быть отрицательным."));
            var incomes = m
                .Incomes.Select(x => new MemberIncome
                {
                    Month = new DateOnly(x.Month.Year, x.Month.Month, 1),
                    Amount = x.Amount,
                    Kind = x.Kind?.Trim() ?? "",
                })
                .ToList();
            if (incomes.Any(x => x.Amount < 0)) errors.Add(new($"household[{i}].incomes", "Доход не может быть отрицательным."));
            if (m.MonthlyAmount is > 0 and var amount)
                for (var k = 1; k <= PerCapitaIncomeCalculator.PeriodMonths; k++)
                    incomes.Add(
                        new MemberIncome
                        {
                            Month = monthOfApplication.AddMonths(-k),
                            Amount = amount,
                            Kind = m.IncomeKind?.Trim() ?? "доход",
                        }
                    );
            result.Add(new HouseholdMember
            {
                CitizenId = isApplicant ? citizenId : m.CitizenId,
                FullName = name ?? "",
                Relation = isApplicant ? "заявитель" : m.Relation?.Trim() is { Length: > 0 } r ? r : "член семьи",
                Incomes = incomes,
            });
        }
        return result;
    }

    // The authorised body is the district's social protection department; a centre registering an application acts on its behalf.
    private async Task<int> AuthorityOfAsync(UserContext user, CancellationToken ct) =>
        await db.Organisations.AsNoTracking()
            .Where(o => o.Kind == OrganisationKind.SocialProtectionDepartment && o.TerritoryId != null && o.TerritoryId == user.TerritoryId)
            .Select(o => (int?)o.Id).FirstOrDefaultAsync(ct) ?? user.OrganisationId;

    public async Task<ServiceApplicationDetails> GetAsync(UserContext user, long id, CancellationToken ct = default)
    {
        var app = await LoadAsync(user, id, tracking: false, ct);
        var citizen = await db.VisibleCitizenAsync(user, app.CitizenId, ct);
        var programmes = await db.IndividualProgrammes.AsNoTracking().Include(p => p.Lines).ThenInclude(l => l.SocialService)
            .Where(p => p.NeedRecognition!.ServiceApplicationId == id).OrderBy(p => p.Id).ToListAsync(ct);
        var programmeIds = programmes.Select(p => p.Id).ToList();
        var contracts = await db
            .ServiceContracts.AsNoTracking()
            .Where(c => programmeIds.Contains(c.IndividualProgrammeId))
            .OrderBy(c => c.Id)
            .ToListAsync(ct);
        await audit.RecordAsync(
            user,
            AuditAction.Read,
            Entity,
            app.Number,
            app.CitizenId,
            $"Просмотр заявления {app.Number}: {citizen.FullName}",
            ct
        );
        return new ServiceApplicationDetails(app, citizen.FullName, citizen.BirthDate,
            PerCapitaIncomeCalculator.Calculate(app.Household, app.SubmittedOn),
            app.NeedRecognition is { } n && NeedRecognitionRules.IsOverdue(n, clock.Today), programmes, contracts);
    }

    private async Task<ServiceApplication> LoadAsync(UserContext user, long id, bool tracking, CancellationToken ct)
    {
        var q = tracking ? db.ServiceApplications : db.ServiceApplications.AsNoTracking();
        var visible = db.Citizens.VisibleTo(user);
        return await q.AsSplitQuery().Include(a => a.Household).Include(a => a.NeedRecognition)
                   .Where(a => visible.Any(c => c.Id == a.CitizenId))
                   .FirstOrDefaultAsync(a => a.Id == id, ct)
               ?? throw new NotFoundException($"Заявление № {id} не найдено.");
    }

    public async Task<NeedRecognition> DecideAsync(UserContext user, long applicationId, DecisionInput input, CancellationToken ct = default)
    {
        SocialServicesAccess.RequireWriter(user);
        var app = await LoadAsync(user, applicationId, tracking: true, ct);
        var decision = app.NeedRecognition ?? throw new InvalidOperationException("У заявления нет решения.");
        if (decision.Outcome != NeedRecognitionOutcome.Pending)
            throw new ConflictException("Решение по заявлению уже принято.");
        var on = input.DecidedOn ?? clock.Today;
        if (on > clock.Today) throw new DomainValidationException([new("decidedOn", "Дата решения не может быть в будущем.")]);
        switch (input.Outcome)
        {
            case NeedRecognitionOutcome.Recognised:
                NeedRecognitionRules.Recognise(decision, on, input.Form ?? app.RequestedForm);
                break;
            case NeedRecognitionOutcome.Refused:
                NeedRecognitionRules.Refuse(decision, on, input.RefusalReason?.Trim() ?? "");
                break;
            default:
                throw new DomainValidationException([new("outcome", "Выберите решение: признать нуждающимся или отказать.")]);
        }
        DomainValidationException.ThrowIfAny(NeedRecognitionRules.Validate(decision, app.SubmittedOn));
        decision.DecidedByUserId = user.UserId;
        audit.Add(
            user,
            AuditAction.Update,
            nameof(NeedRecognition),
            app.Number,
            app.CitizenId,
            $"Решение по заявлению {app.Number}: {decision.Outcome.Russian()}"
                + (decision.DecidedOn > decision.DueOn ? $" (с нарушением срока {decision.DueOn:dd.MM.yyyy})" : ""),
            [new("Решение", NeedRecognitionOutcome.Pending.Russian(), decision.Outcome.Russian())]
        );
        await db.SaveChangesAsync(ct);
        return decision;
    }

    public async Task<IndividualProgramme> CreateProgrammeAsync(
        UserContext user,
        long applicationId,
        ProgrammeInput input,
        CancellationToken ct = default
    )
    {
        SocialServicesAccess.RequireWriter(user);
        var app = await LoadAsync(user, applicationId, tracking: false, ct);
        var decision = app.NeedRecognition!;
        if (decision.Outcome != NeedRecognitionOutcome.Recognised)
            throw new DomainValidationException([
                new("needRecognition", "Индивидуальная программа составляется после признания гражданина нуждающимся."),
            ]);
        var ids = input.Lines.Select(l => l.SocialServiceId).Distinct().ToList();
        var services = await db.SocialServices.AsNoTracking().Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, ct);
        var form = decision.RecognisedForm!.Value;
        var programme = new IndividualProgramme
        {
            Number = await DocumentNumbers.NextAsync(db.IndividualProgrammes.Select(p => p.Number), "ИППСУ", input.DrawnUpOn.Year, ct),
            CitizenId = app.CitizenId,
            NeedRecognitionId = decision.Id,
            Form = form,
            DrawnUpOn = input.DrawnUpOn,
            StartsOn = input.StartsOn,
            NextReviewOn = input.NextReviewOn ?? IndividualProgrammeRules.LatestReviewDate(input.StartsOn),
            RecommendedProviderIds = [user.OrganisationId],
            Lines = input.Lines.Select(l => new ProgrammeLine
            {
                SocialServiceId = l.SocialServiceId,
                Volume = l.Volume,
                Periodicity = l.Periodicity?.Trim() ?? "",
                PeriodFrom = l.PeriodFrom ?? input.StartsOn,
                PeriodTo = l.PeriodTo ?? input.StartsOn.AddYears(1).AddDays(-1),
            }).ToList(),
        };
        var errors = IndividualProgrammeRules.Validate(programme).ToList();
        if (input.DrawnUpOn < decision.DecidedOn) errors.Add(new("drawnUpOn", "Программа составляется после решения о признании нуждающимся."));
        for (var i = 0; i < programme.Lines.Count; i++)
        {
            if (!services.TryGetValue(programme.Lines[i].SocialServiceId, out var s))
                errors.Add(new($"lines[{i}].socialServiceId", "Выберите услугу из перечня."));
            else if (s.Form != form)
                errors.Add(new($"lines[{i}].socialServiceId", $"Услуга «{s.Name}» не относится к форме «{form.RussianShort()}»."));
        }
        DomainValidationException.ThrowIfAny(errors);
        db.IndividualProgrammes.Add(programme);
        audit.Add(
            user,
            AuditAction.Create,
            nameof(IndividualProgramme),
            programme.Number,
            app.CitizenId,
            $"Индивидуальная программа {programme.Number} ({form.RussianShort()}, услуг: {programme.Lines.Count}), пересмотр не " +
                $"позднее {programme.NextReviewOn:dd.MM.yyyy}"
        );
        await db.SaveChangesAsync(ct);
        return programme;
    }

    public async Task<ServiceContract> ConcludeContractAsync(
        UserContext user,
        long programmeId,
        ServiceContractInput input,
        CancellationToken ct = default
    )
    {
        await db.RequireProviderAsync(user, ct);
        var visible = db.Citizens.VisibleTo(user);
        var programme = await db.IndividualProgrammes.AsNoTracking()
                            .Where(p => visible.Any(c => c.Id == p.CitizenId))
                            .FirstOrDefaultAsync(p => p.Id == programmeId, ct)
                        ?? throw new NotFoundException($"Индивидуальная программа № {programmeId} не найдена.");
        if (await db.ServiceContracts.AnyAsync(c => c.IndividualProgrammeId == programmeId && c.TerminatedOn == null, ct))
            throw new ConflictException("По этой программе уже заключён договор.");
        var contract = new ServiceContract
        {
            Number = await DocumentNumbers.NextAsync(db.ServiceContracts.Select(c => c.Number), "ДСО", input.ConcludedOn.Year, ct),
            CitizenId = programme.CitizenId,
            IndividualProgrammeId = programme.Id,
            ProviderOrganisationId = user.OrganisationId,
            ProgrammeSubmittedOn = input.ProgrammeSubmittedOn,
            ConcludedOn = input.ConcludedOn,
            StartsOn = input.StartsOn,
            EndsOn = input.EndsOn,
        };
        var errors = ServiceContractRules.Validate(contract).ToList();
        if (input.ProgrammeSubmittedOn < programme.DrawnUpOn)
            errors.Add(new("programmeSubmittedOn", "Программа не может быть представлена до её составления."));
        if (input.StartsOn < programme.StartsOn) errors.Add(new("startsOn", "Обслуживание по договору не может начаться раньше действия программы."));
        if (input.ConcludedOn > clock.Today) errors.Add(new("concludedOn", "Дата заключения не может быть в будущем."));
        DomainValidationException.ThrowIfAny(errors);
        db.ServiceContracts.Add(contract);
        audit.Add(user, AuditAction.Create, nameof(ServiceContract), contract.Number, programme.CitizenId,
            $"Договор {contract.Number} о предоставлении социальных услуг по программе {programme.Number} с {contract.StartsOn:dd.MM.yyyy}");
        await db.SaveChangesAsync(ct);
        return contract;
    }

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

    /// <summary>Ends a contract early on one of the grounds of ст. 18 ч. 1; no services are recorded after the date. The provider does it.</summary>
    public async Task<ServiceContract> TerminateContractAsync(
        UserContext user,
        long contractId,
        TerminationInput input,
        CancellationToken ct = default
    )
    {
        await db.RequireProviderAsync(user, ct);
        var visible = db.Citizens.VisibleTo(user);
        var contract = await db.ServiceContracts
                           .Where(c => c.ProviderOrganisationId == user.OrganisationId && visible.Any(x => x.Id == c.CitizenId))
                           .FirstOrDefaultAsync(c => c.Id == contractId, ct)
                       ?? throw new NotFoundException($"Договор № {contractId} не найден среди договоров вашей организации.");
        if (contract.TerminatedOn is not null)
            throw new ConflictException($"Договор {contract.Number} уже прекращён {contract.TerminatedOn:dd.MM.yyyy}.");
        var errors = new List<ValidationError>();
        if (input.TerminatedOn == default) errors.Add(new("terminatedOn", "Укажите дату прекращения обслуживания."));
        else if (input.TerminatedOn > clock.Today) errors.Add(new("terminatedOn", "Дата прекращения не может быть в будущем."));
        contract.TerminatedOn = input.TerminatedOn;
        contract.TerminationGround = input.Ground;
        contract.TerminationReason = string.IsNullOrWhiteSpace(input.Reason) ? null : input.Reason.Trim();
        errors.AddRange(ServiceContractRules.Validate(contract).Where(e => e.Field is "ground" or "reason" or "terminatedOn"));
        if (
            errors.Count == 0
            && await db.DeliveredServices.AnyAsync(d => d.ServiceContractId == contract.Id && d.DeliveredOn > input.TerminatedOn, ct)
        )
            errors.Add(
                new(
                    "terminatedOn",
                    $"После {input.TerminatedOn:dd.MM.yyyy} по договору отмечены услуги: удалите их или укажите более позднюю дату."
                )
            );
        DomainValidationException.ThrowIfAny(errors.DistinctBy(e => (e.Field, e.Message)).ToList());
        audit.Add(
            user,
            AuditAction.Update,
            nameof(ServiceContract),
            contract.Number,
            contract.CitizenId,
            $"Прекращено обслуживание по договору {contract.Number} с {input.TerminatedOn:dd.MM.yyyy} (последний день): " +
                $"{input.Ground!.Value.Russian()}"
                + (contract.TerminationReason is { } r ? $" — {r}" : ""),
            [new("Прекращён", null, input.TerminatedOn.ToString("dd.MM.yyyy"))]
        );
        await db.SaveChangesAsync(ct);
        return contract;
    }

    public async Task<IReadOnlyList<(UrgentServiceAct Act, string CitizenName)>> UrgentActsAsync(UserContext user, CancellationToken ct = default)
    {
        var visible = db.Citizens.VisibleTo(user);
        var acts = await db.UrgentServiceActs.AsNoTracking().Include(a => a.Lines).ThenInclude(l => l.SocialService)
            .Where(a => visible.Any(c => c.Id == a.CitizenId))
            .OrderByDescending(a => a.DrawnUpOn).ThenByDescending(a => a.Id).Take(300).ToListAsync(ct);
        var names = await db.NamesAsync(user, acts.Select(a => a.CitizenId), ct);
        await audit.RecordAsync(user, AuditAction.Search, nameof(UrgentServiceAct), null, null, $"Список актов о срочных услугах: {acts.Count}", ct);
        return acts.Select(a => (a, names.GetValueOrDefault(a.CitizenId, "—"))).ToList();
    }

    /// <summary>
    /// Urgent services (ст. 21) need no programme and no contract; the act signed by the recipient proves them.
    /// Each line is also recorded as a delivered service, so the assignment's urgent volumes count it.
    /// </summary>
    public async Task<UrgentServiceAct> CreateUrgentActAsync(UserContext user, UrgentActInput input, CancellationToken ct = default)
    {
        await db.RequireProviderAsync(user, ct);
        var citizen = await db.VisibleCitizenAsync(user, input.CitizenId, ct);
        var ids = input.Lines.Select(l => l.SocialServiceId).ToList();
        var services = await db.SocialServices.AsNoTracking().Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, ct);
        var act = new UrgentServiceAct
        {
            Number = await DocumentNumbers.NextAsync(db.UrgentServiceActs.Select(a => a.Number), "АСУ", input.DrawnUpOn.Year, ct),
            CitizenId = citizen.Id,
            ProviderOrganisationId = user.OrganisationId,
            Basis = input.Basis?.Trim() ?? "",
            ProvidedFrom = input.ProvidedFrom,
            ProvidedTo = input.ProvidedTo,
            DrawnUpOn = input.DrawnUpOn,
            Conditions = input.Conditions?.Trim() ?? "",
            RecipientSignedOn = input.RecipientSignedOn,
            Lines = input
                .Lines.Select(l => new UrgentServiceActLine
                {
                    SocialServiceId = l.SocialServiceId,
                    SocialService = services.GetValueOrDefault(l.SocialServiceId),
                    Quantity = l.Quantity,
                })
                .ToList(),
        };
        var errors = UrgentServiceActRules.Validate(act).ToList();
        if (act.Lines.Any(l => l.SocialService is null)) errors.Add(new("lines", "Выберите срочные услуги из перечня."));
        if (input.DrawnUpOn > clock.Today) errors.Add(new("drawnUpOn", "Дата акта не может быть в будущем."));
        DomainValidationException.ThrowIfAny(errors);
        foreach (var line in act.Lines) line.SocialService = null; // the catalogue rows are read-only here
        db.UrgentServiceActs.Add(act);
        db.DeliveredServices.AddRange(act.Lines.Select(l => new DeliveredService
        {
            CitizenId = citizen.Id, SocialServiceId = l.SocialServiceId, DeliveredOn = act.ProvidedFrom, Quantity = l.Quantity,
            ProviderOrganisationId = user.OrganisationId, WorkerUserId = user.UserId, WorkerName = user.FullName,
        }));
        audit.Add(user, AuditAction.Create, nameof(UrgentServiceAct), act.Number, citizen.Id,
            $"Акт {act.Number} о предоставлении срочных социальных услуг: {citizen.FullName}, услуг: {act.Lines.Count}");
        await db.SaveChangesAsync(ct);
        return act;
    }
}
