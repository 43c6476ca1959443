using Microsoft.EntityFrameworkCore;
using Sobes.Domain.Audit;
using Sobes.Domain.Calendar;
using Sobes.Domain.Common;
using Sobes.Domain.Organisations;
using Sobes.Domain.Registry;
using Sobes.Domain.SocialServices;
using Sobes.Infrastructure.Audit;
using Sobes.Infrastructure.Calendar;
using Sobes.Infrastructure.Persistence;

namespace Sobes.Infrastructure.SocialServices;

/// <summary>
/// Demo of the social services module at the Kasli centre, in the year of the seed 004 assignment: applications in February–March 2015
/// (the subsistence minimum of IV quarter 2014 in force), contracts from 1 April, the II quarter of services recorded, acts for April–June
/// (April and May signed), surveys, complaints, inspections and works; plus three recipients served now and two fresh applications.
/// Documents are built with the domain rules and inserted in bulk (the seeding must stay fast); acts and urgent acts go through the
/// module's services.
/// </summary>
internal sealed class SocialServicesDemo(SobesDbContext db, TimeProvider time)
{
    private static readonly DateOnly QuarterStart = new(2015, 4, 1);
    private static readonly DateOnly QuarterEnd = new(2015, 6, 30);
    private static readonly DateOnly Contract2015 = new(2015, 3, 31);
    private readonly Random _rnd = new(148045);
    private readonly Dictionary<string, int> _numbers = [];
    private readonly List<(ServiceContract Contract, DemoPlan Plan)> _contracts = [];
    private ProductionCalendar _calendar = null!;
    private UserContext _user = null!;
    private int _authorityId;
    private DateOnly _day;

    private sealed record HomeCase(decimal MonthlyIncome, string Note, decimal? SpouseIncome = null, FreeServiceGround? Ground = null);

    /// <summary>What to record for a contract: home visits by a weekly pattern, or a stationary stay; between two dates.</summary>
    private sealed record DemoPlan(bool Stationary, int Pattern, DateOnly From, DateOnly To);

    // Incomes around Chelyabinsk oblast's limit for pensioners: 1.5 × 6 599 = 9 898.50 ₽ (IV quarter 2014, in force from 30.01.2015).
    private static readonly HomeCase[] HomeCases =
    [
        new(14500m, "доход выше предельной величины: плата — стоимость услуг"),
        new(11000m, "доход выше предельной величины: плата ограничена 50 % превышения"),
        new(9200m, "доход ниже предельной величины: бесплатно"),
        new(9898.50m, "доход равен предельной величине: бесплатно"),
        new(10500m, "супруги, доход на каждого выше предельной величины", SpouseIncome: 10500m),
        new(13200m, "участник ВОВ — бесплатно по категории, установленной регионом", Ground: FreeServiceGround.RegionalCategory),
        new(16000m, "доход выше предельной величины"),
        new(8500m, "доход ниже предельной величины"),
        new(12300m, "доход выше предельной величины"),
        new(10000m, "доход чуть выше предельной величины: плата ограничена"),
    ];

    private static readonly decimal[] StationaryIncomes = [12000m, 12800m, 13500m, 14200m, 15000m, 11800m, 12500m];
    private static readonly decimal[] CurrentIncomes = [21000m, 26500m, 31000m];

    public async Task LoadAsync(Organisation kcson, User worker, CancellationToken ct)
    {
        _user = new UserContext(worker.Id, worker.Login, worker.FullName, worker.Role, kcson.Id, kcson.TerritoryId);
        var clock = new RegionClock(time, TimeZoneInfo.FindSystemTimeZoneById("Asia/Yekaterinburg"));
        var audit = new AuditLog(db, time);
        var calendarService = new CalendarService(db, audit);
        _calendar = await calendarService.LoadAsync(ct);
        _authorityId = await db.Organisations.Where(o => o.Kind == OrganisationKind.SocialProtectionDepartment && o.TerritoryId == kcson.TerritoryId)
            .Select(o => (int?)o.Id).FirstOrDefaultAsync(ct) ?? kcson.Id;
        var services = await db.SocialServices.AsNoTracking().ToDictionaryAsync(s => s.Code, ct);
        var today = clock.Today;

        var (queue, spouseHolder) = await CandidatesAsync(kcson, ct);
        if (queue.Count < HomeCases.Length + StationaryIncomes.Length + CurrentIncomes.Length + 8) return; // too small a population for the demo

        _day = new DateOnly(2015, 2, 13);
        HomeRecipients(queue, spouseHolder, services);
        StationaryRecipients(queue, services);
        CurrentRecipients(queue, services, today);
        await db.SaveChangesAsync(ct);

        db.DeliveredServices.AddRange(
            _contracts.SelectMany(x =>
                x.Plan.Stationary ? StationaryDeliveries(x.Contract, services) : HomeDeliveries(x.Contract, x.Plan, services)
            )
        );
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();

        // Urgent services (ст. 21 442-ФЗ): no programme, an act signed by the recipient.
        var path = new RecipientPathService(db, audit, clock, calendarService);
        await UrgentActsAsync(path, queue, services, ct);

        await new SocialServicesDemoActs(db, audit, _user).LoadAsync(clock, ct);
        await new SocialServicesDemoQuality(db, time).LoadAsync(_user.OrganisationId, ct);
        await FreshApplicationsAsync(path, queue, today, ct);
    }

    /// <summary>The oldest citizens of the territory are the 2015 recipients; the one with a spouse is kept apart for the spouse case.</summary>
    private async Task<(Queue<Citizen> Queue, Citizen? SpouseHolder)> CandidatesAsync(Organisation kcson, CancellationToken ct)
    {
        var candidates = await db.Citizens.AsNoTracking()
            .Where(c => c.TerritoryId == kcson.TerritoryId && c.DeathDate == null && c.BirthDate <= new DateOnly(1966, 1, 1))
            .Include(c => c.FamilyTies).ThenInclude(t => t.Relative)
            .OrderBy(c => c.BirthDate).ThenBy(c => c.Id).ToListAsync(ct); // the oldest are the 2015 recipients
        var spouseHolder = candidates.FirstOrDefault(c => c.FamilyTies.Any(t => t.Relation == FamilyRelation.Spouse && t.Relative != null));
        var spouseId = spouseHolder?.FamilyTies.First(t => t.Relation == FamilyRelation.Spouse).RelativeId;
        var queue = new Queue<Citizen>(candidates.Where(c => c != spouseHolder && c.Id != spouseId));
        return (queue, spouseHolder);
    }

    private DateOnly NextDay()
    {
        _day = _calendar.AddWorkingDays(_day, 1);
        return _day;
    }

    private void HomeRecipients(Queue<Citizen> queue, Citizen? spouseHolder, IReadOnlyDictionary<string, SocialService> services)
    {
        for (var i = 0; i < HomeCases.Length; i++)
        {
            var c = HomeCases[i];
            var citizen = c.SpouseIncome is not null && spouseHolder is not null ? spouseHolder : queue.Dequeue();
            var household = new List<HouseholdMember> { Member(citizen.Id, citizen.FullName, "заявитель", c.MonthlyIncome, _day) };
            if (c.SpouseIncome is { } si)
            {
                var spouse = citizen.FamilyTies.FirstOrDefault(t => t.Relation == FamilyRelation.Spouse)?.Relative;
                household.Add(Member(spouse?.Id, spouse?.FullName ?? "Супруг(а) заявителя", "супруг(а)", si, _day));
            }
            Path(
                citizen,
                ServiceForm.AtHome,
                NextDay(),
                household,
                c.Ground is { } g ? [g] : [],
                $"Частичная утрата способности к самообслуживанию в связи с преклонным возрастом; {c.Note}.",
                HomeLines(services, QuarterStart),
                Contract2015,
                new DemoPlan(false, i, QuarterStart, QuarterEnd)
            );
        }
    }

    private void StationaryRecipients(Queue<Citizen> queue, IReadOnlyDictionary<string, SocialService> services)
    {
        for (var i = 0; i < StationaryIncomes.Length; i++)
        {
            var citizen = queue.Dequeue();
            // One of the seven applicants for the stationary department is refused, so Пу/По of seed 004 is 6 of 7.
            Path(
                citizen,
                ServiceForm.Stationary,
                NextDay(),
                [Member(citizen.Id, citizen.FullName, "заявитель", StationaryIncomes[i], _day)],
                [],
                "Полная утрата способности к самообслуживанию, отсутствие родственников, обязанных обеспечить уход.",
                StationaryLines(services),
                Contract2015,
                new DemoPlan(true, i, QuarterStart, QuarterEnd),
                refuse: i == StationaryIncomes.Length - 1
            );
        }
    }

    /// <summary>Three recipients served now, so that a worker can record today's services and draw up this month's acts.</summary>
    private void CurrentRecipients(Queue<Citizen> queue, IReadOnlyDictionary<string, SocialService> services, DateOnly today)
    {
        var submitted = today.AddDays(-45);
        for (var i = 0; i < CurrentIncomes.Length; i++, submitted = submitted.AddDays(1))
        {
            while (!_calendar.IsWorkingDay(submitted)) submitted = submitted.AddDays(1);
            var contractDay = _calendar.AddWorkingDays(submitted, 6);
            var start = contractDay.AddDays(1);
            var citizen = queue.Dequeue();
            Path(citizen, ServiceForm.AtHome, submitted, [Member(citizen.Id, citizen.FullName, "заявитель", CurrentIncomes[i], submitted)], [],
                "Частичная утрата способности к самообслуживанию в связи с преклонным возрастом.", HomeLines(services, start), contractDay,
                new DemoPlan(false, i, start, today.AddDays(-1)));
        }
    }

    private async Task UrgentActsAsync(
        RecipientPathService path,
        Queue<Citizen> queue,
        IReadOnlyDictionary<string, SocialService> services,
        CancellationToken ct
    )
    {
        var urgent = new[]
        {
            ("4.4", new DateOnly(2015, 4, 14)),
            ("4.5", new DateOnly(2015, 4, 28)),
            ("4.4", new DateOnly(2015, 5, 19)),
            ("4.5", new DateOnly(2015, 6, 9)),
            ("4.1", new DateOnly(2015, 6, 16)),
        };
        foreach (var (code, on) in urgent)
            await path.CreateUrgentActAsync(
                _user,
                new UrgentActInput
                {
                    CitizenId = queue.Dequeue().Id,
                    Basis = "Заявление гражданина",
                    ProvidedFrom = on,
                    ProvidedTo = on,
                    DrawnUpOn = on,
                    RecipientSignedOn = on,
                    Conditions = "в помещении центра",
                    Lines = [new UrgentLineInput { SocialServiceId = services[code].Id, Quantity = 1 }],
                },
                ct
            );
    }

    private async Task FreshApplicationsAsync(RecipientPathService path, Queue<Citizen> queue, DateOnly today, CancellationToken ct)
    {
        // Two fresh applications awaiting the decision, one of them past its five working days.
        foreach (var back in new[] { 9, 1 })
            await path.CreateAsync(_user, new ServiceApplicationInput
            {
                CitizenId = queue.Dequeue().Id, SubmittedOn = today.AddDays(-back), RequestedForm = ServiceForm.AtHome,
                Circumstances = "Частичная утрата способности к самообслуживанию после перенесённого заболевания.",
                Household = [new() { MonthlyAmount = 21500m, IncomeKind = "страховая пенсия по старости" }],
            }, ct);
    }

    /// <summary>Application → decision within five working days → ИППСУ → contract, each checked by the domain rules of 442-ФЗ.</summary>
    private void Path(Citizen citizen, ServiceForm form, DateOnly submitted, List<HouseholdMember> household, List<FreeServiceGround> grounds,
        string circumstances, List<ProgrammeLine> lines, DateOnly contractDay, DemoPlan plan, bool refuse = false)
    {
        var app = new ServiceApplication
        {
            Number = Next("ЗСО", submitted.Year),
            CitizenId = citizen.Id,
            AuthorityOrganisationId = _authorityId,
            ReceivedByOrganisationId = _user.OrganisationId,
            SubmittedOn = submitted,
            RequestedForm = form,
            Circumstances = circumstances,
            FreeGrounds = grounds,
            Household = household,
        };
        var decision = app.NeedRecognition = NeedRecognitionRules.Open(app, _calendar);
        var decidedOn = decision.DueOn.AddDays(-_rnd.Next(0, 3));
        if (refuse)
            NeedRecognitionRules.Refuse(
                decision,
                decidedOn,
                "Не выявлены обстоятельства, ухудшающие условия жизнедеятельности (ст. 15 ч. 1 442-ФЗ): уход обеспечивают " +
                    "совместно проживающие родственники."
            );
        else NeedRecognitionRules.Recognise(decision, decidedOn, form);
        decision.DecidedByUserId = _user.UserId;
        Check(NeedRecognitionRules.Validate(decision, submitted));
        db.ServiceApplications.Add(app);
        Audit(citizen.Id, $"заявление {app.Number} ({form.RussianShort()}), решение: {decision.Outcome.Russian()}");
        if (refuse) return;

        var starts = lines.Min(l => l.PeriodFrom);
        var programme = new IndividualProgramme
        {
            Number = Next("ИППСУ", decidedOn.Year),
            CitizenId = citizen.Id,
            NeedRecognition = decision,
            Form = form,
            DrawnUpOn = decidedOn,
            StartsOn = starts,
            NextReviewOn = IndividualProgrammeRules.LatestReviewDate(starts),
            RecommendedProviderIds = [_user.OrganisationId],
            Lines = lines,
        };
        Check(IndividualProgrammeRules.Validate(programme));
        var contract = new ServiceContract
        {
            Number = Next("ДСО", contractDay.Year),
            CitizenId = citizen.Id,
            IndividualProgramme = programme,
            ProviderOrganisationId = _user.OrganisationId,
            ProgrammeSubmittedOn = contractDay,
            ConcludedOn = contractDay,
            StartsOn = starts,
        };
        Check(ServiceContractRules.Validate(contract));
        db.ServiceContracts.Add(contract);
        _contracts.Add((contract, plan));
    }

    private static HouseholdMember Member(long? citizenId, string name, string relation, decimal monthly, DateOnly submitted)
    {
        var month = new DateOnly(submitted.Year, submitted.Month, 1);
        return new HouseholdMember
        {
            CitizenId = citizenId, FullName = name, Relation = relation,
            Incomes = Enumerable.Range(1, PerCapitaIncomeCalculator.PeriodMonths)
                .Select(k => new MemberIncome { Month = month.AddMonths(-k), Amount = monthly, Kind = "страховая пенсия по старости" }).ToList(),
        };
    }

    private static List<ProgrammeLine> HomeLines(IReadOnlyDictionary<string, SocialService> s, DateOnly from) =>
    [
        L(s["1.1.1"], 104, "2 раза в неделю", from), L(s["1.1.6"], 52, "1 раз в неделю", from), L(s["1.2.1"], 104, "2 раза в неделю", from),
        L(s["1.3.1"], 26, "1 раз в 2 недели", from), L(s["1.4.1"], 12, "1 раз в месяц", from),
    ];

    private static List<ProgrammeLine> StationaryLines(IReadOnlyDictionary<string, SocialService> s) =>
        [
            L(s["3.1.1"], 366, "ежедневно", QuarterStart),
            L(s["3.2.1"], 52, "1 раз в неделю", QuarterStart),
            L(s["3.3.1"], 26, "1 раз в 2 недели", QuarterStart),
            L(s["3.5.1"], 52, "1 раз в неделю", QuarterStart),
        ];

    private static ProgrammeLine L(SocialService s, decimal volume, string periodicity, DateOnly from) =>
        new() { SocialServiceId = s.Id, Volume = volume, Periodicity = periodicity, PeriodFrom = from, PeriodTo = from.AddYears(1).AddDays(-1) };

    private IEnumerable<DeliveredService> HomeDeliveries(ServiceContract contract, DemoPlan plan, IReadOnlyDictionary<string, SocialService> s)
    {
        // Each recipient has two visiting days a week; the first visit of a week includes cleaning.
        DayOfWeek[][] patterns =
        [
            [DayOfWeek.Monday, DayOfWeek.Thursday],
            [DayOfWeek.Tuesday, DayOfWeek.Friday],
            [DayOfWeek.Wednesday, DayOfWeek.Friday],
        ];
        var days = patterns[plan.Pattern % patterns.Length];
        var (week, visitInWeek, month) = (-1, 0, 0);
        for (var d = plan.From; d <= plan.To; d = d.AddDays(1))
        {
            if (!days.Contains(d.DayOfWeek) || !_calendar.IsWorkingDay(d)) continue;
            var w = (d.DayNumber - plan.From.DayNumber + (int)plan.From.DayOfWeek) / 7;
            if (w != week) { week = w; visitInWeek = 0; }
            visitInWeek++;
            yield return D(contract, s["1.2.1"], d, 15);
            yield return D(contract, s["1.1.1"], d, 40);
            if (visitInWeek == 1) yield return D(contract, s["1.1.6"], d, 60);
            if (visitInWeek == 1 && week % 2 == 0) yield return D(contract, s["1.3.1"], d, 30);
            if (d.Month != month) { month = d.Month; yield return D(contract, s["1.4.1"], d, 30); }
        }
    }

    private IEnumerable<DeliveredService> StationaryDeliveries(ServiceContract contract, IReadOnlyDictionary<string, SocialService> s)
    {
        for (var d = QuarterStart; d <= QuarterEnd; d = d.AddDays(1))
        {
            yield return D(contract, s["3.1.1"], d, 0); // a bed-day: priced per unit, no minutes
            if (!_calendar.IsWorkingDay(d)) continue;
            if (d.DayOfWeek == DayOfWeek.Monday) yield return D(contract, s["3.2.1"], d, 15);
            if (d.DayOfWeek == DayOfWeek.Wednesday) yield return D(contract, s["3.5.1"], d, 45);
            if (d.DayOfWeek == DayOfWeek.Thursday && d.Day <= 14) yield return D(contract, s["3.3.1"], d, 30);
        }
    }

    private DeliveredService D(ServiceContract c, SocialService s, DateOnly on, int norm) =>
        new()
        {
            CitizenId = c.CitizenId,
            SocialServiceId = s.Id,
            ServiceContractId = c.Id,
            ProviderOrganisationId = _user.OrganisationId,
            DeliveredOn = on,
            Quantity = 1,
            Minutes = norm == 0 ? 0 : norm + _rnd.Next(-norm / 5, norm / 5 + 1),
            WorkerUserId = _user.UserId,
            WorkerName = _user.FullName,
        };

    private string Next(string prefix, int year)
    {
        var key = $"{prefix}-{year}";
        _numbers[key] = _numbers.GetValueOrDefault(key) + 1;
        return $"{key}-{_numbers[key]:0000}";
    }

    private void Audit(long citizenId, string what) => db.AuditEntries.Add(new AuditEntry
    {
        AtUtc = time.GetUtcNow().UtcDateTime, UserLogin = "система", Action = AuditAction.Create, EntityType = nameof(ServiceApplication),
        CitizenId = citizenId, Summary = "Загружено из демонстрационного набора: " + what,
    });

    private static void Check(IReadOnlyList<ValidationError> errors)
    {
        if (errors.Count > 0) throw new DomainValidationException(errors);
    }
}
