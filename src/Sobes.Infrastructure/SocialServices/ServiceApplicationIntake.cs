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
/// The application for social services (ст. 14 442-ФЗ): the list, registration with the household and its incomes
/// (the decision on the need opens with its five-working-day deadline), the card. Scoped to the user's territory and audited.
/// </summary>
public sealed class ServiceApplicationIntake(SobesDbContext db, AuditLog audit, RegionClock clock, CalendarService calendar)
{
    private const string Entity = nameof(ServiceApplication);

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
        var app = await db.ServiceApplicationAsync(user, id, tracking: false, ct);
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
}
