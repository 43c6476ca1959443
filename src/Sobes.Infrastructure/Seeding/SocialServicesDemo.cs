using Microsoft.EntityFrameworkCore;
using Sobes.Domain.Calendar;
using Sobes.Domain.Common;
using Sobes.Domain.Organisations;
using Sobes.Domain.Registry;
using Sobes.Domain.SocialServices;
using Sobes.Infrastructure.Audit;
using Sobes.Infrastructure.Calendar;
using Sobes.Infrastructure.Persistence;
using Sobes.Infrastructure.SocialServices;

namespace Sobes.Infrastructure.Seeding;

/// <summary>
/// Demo of the social services module at the Kasli centre, in the year of the seed 004 assignment: applications in February–March 2015
/// (the subsistence minimum of IV quarter 2014 in force), contracts from 1 April, the II quarter of services recorded,
/// acts for April–June (April and May signed), surveys, complaints, inspections and works. Goes through the module's
/// services, so the demo obeys the same rules as a user; only the daily service records are inserted in bulk.
/// </summary>
internal sealed class SocialServicesDemo(SobesDbContext db, TimeProvider time)
{
    private static readonly DateOnly QuarterStart = new(2015, 4, 1);
    private static readonly DateOnly QuarterEnd = new(2015, 6, 30);
    private readonly Random _rnd = new(148045);

    private sealed record HomeCase(decimal MonthlyIncome, string Note, decimal? SpouseIncome = null, FreeServiceGround? Ground = null);

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

    public async Task LoadAsync(Organisation kcson, User worker, CancellationToken ct)
    {
        var user = new UserContext(worker.Id, worker.Login, worker.FullName, worker.Role, kcson.Id, kcson.TerritoryId);
        var clock = new RegionClock(time, TimeZoneInfo.FindSystemTimeZoneById("Asia/Yekaterinburg"));
        var audit = new AuditLog(db, time);
        var calendarService = new CalendarService(db, audit);
        var calendar = await calendarService.LoadAsync(ct);
        var path = new RecipientPathService(db, audit, clock, calendarService);
        var services = await db.SocialServices.AsNoTracking().ToDictionaryAsync(s => s.Code, ct);

        var candidates = await db.Citizens.AsNoTracking()
            .Where(c => c.TerritoryId == kcson.TerritoryId && c.DeathDate == null && c.BirthDate <= new DateOnly(1966, 1, 1))
            .Include(c => c.FamilyTies).ThenInclude(t => t.Relative)
            .OrderBy(c => c.BirthDate).ThenBy(c => c.Id).ToListAsync(ct); // the oldest are the 2015 recipients
        var spouseHolder = candidates.FirstOrDefault(c => c.FamilyTies.Any(t => t.Relation == FamilyRelation.Spouse && t.Relative != null));
        var queue = new Queue<Citizen>(candidates.Where(c => c != spouseHolder && !candidates.Any(x => x == spouseHolder && x.FamilyTies.Any(t => t.RelativeId == c.Id))));
        if (queue.Count < HomeCases.Length + StationaryIncomes.Length + 11) return; // too small a population for the demo

        var day = new DateOnly(2015, 2, 13);
        DateOnly NextDay() { day = calendar.AddWorkingDays(day, 1); return day; }

        var home = new List<(ServiceContract Contract, int Index)>();
        for (var i = 0; i < HomeCases.Length; i++)
        {
            var c = HomeCases[i];
            var citizen = c.SpouseIncome is not null && spouseHolder is not null ? spouseHolder : queue.Dequeue();
            var household = new List<HouseholdMemberInput> { new() { MonthlyAmount = c.MonthlyIncome, IncomeKind = "страховая пенсия по старости" } };
            if (c.SpouseIncome is { } si)
            {
                var spouse = citizen.FamilyTies.FirstOrDefault(t => t.Relation == FamilyRelation.Spouse)?.Relative;
                household.Add(new() { CitizenId = spouse?.Id, FullName = spouse?.FullName ?? "Супруг(а) заявителя", Relation = "супруг(а)", MonthlyAmount = si, IncomeKind = "страховая пенсия по старости" });
            }
            var contract = await PathAsync(path, user, citizen, ServiceForm.AtHome, NextDay(), household, c.Ground is { } g ? [g] : [],
                $"Частичная утрата способности к самообслуживанию в связи с преклонным возрастом; {c.Note}.", HomeLines(services), ct);
            home.Add((contract!, i));
        }

        var stationary = new List<ServiceContract>();
        for (var i = 0; i < StationaryIncomes.Length; i++)
        {
            var citizen = queue.Dequeue();
            var household = new List<HouseholdMemberInput> { new() { MonthlyAmount = StationaryIncomes[i], IncomeKind = "страховая пенсия по старости" } };
            // One of the seven applicants for the stationary department is refused, so Пу/По of seed 004 is 6 of 7.
            var refused = i == StationaryIncomes.Length - 1;
            var contract = await PathAsync(path, user, citizen, ServiceForm.Stationary, NextDay(), household, [],
                "Полная утрата способности к самообслуживанию, отсутствие родственников, обязанных обеспечить уход.", StationaryLines(services), ct, refused);
            if (contract is not null) stationary.Add(contract);
        }

        var deliveries = new List<DeliveredService>();
        foreach (var (contract, index) in home) deliveries.AddRange(HomeDeliveries(contract, index, services, calendar, user));
        foreach (var contract in stationary) deliveries.AddRange(StationaryDeliveries(contract, services, calendar, user));
        db.DeliveredServices.AddRange(deliveries);
        await db.SaveChangesAsync(ct);

        // Urgent services (ст. 21 442-ФЗ): no programme, an act signed by the recipient.
        var urgent = new[] { ("4.4", new DateOnly(2015, 4, 14)), ("4.5", new DateOnly(2015, 4, 28)), ("4.4", new DateOnly(2015, 5, 19)), ("4.5", new DateOnly(2015, 6, 9)), ("4.1", new DateOnly(2015, 6, 16)) };
        foreach (var (code, on) in urgent)
            await path.CreateUrgentActAsync(user, new UrgentActInput
            {
                CitizenId = queue.Dequeue().Id, Basis = "Заявление гражданина", ProvidedFrom = on, ProvidedTo = on, DrawnUpOn = on, RecipientSignedOn = on,
                Conditions = "в помещении центра", Lines = [new UrgentLineInput { SocialServiceId = services[code].Id, Quantity = 1 }],
            }, ct);

        var acts = new ServiceActService(db, audit, clock);
        for (var month = 4; month <= 6; month++) await acts.GenerateMonthAsync(user, 2015, month, ct);
        var toSign = await db.ServiceActs.AsNoTracking().Where(a => a.Year == 2015 && a.Month <= 5).Select(a => new { a.Id, a.Month }).ToListAsync(ct);
        foreach (var a in toSign) await acts.SignAsync(user, a.Id, new DateOnly(2015, a.Month + 1, 3), ct);

        await QualityAsync(user, clock, audit, ct);

        await CurrentRecipientsAsync(path, user, services, calendar, clock.Today, queue, ct);

        // Two fresh applications awaiting the decision, one of them past its five working days.
        var today = clock.Today;
        foreach (var back in new[] { 9, 1 })
            await path.CreateAsync(user, new ApplicationInput
            {
                CitizenId = queue.Dequeue().Id, SubmittedOn = today.AddDays(-back), RequestedForm = ServiceForm.AtHome,
                Circumstances = "Частичная утрата способности к самообслуживанию после перенесённого заболевания.",
                Household = [new() { MonthlyAmount = 21500m, IncomeKind = "страховая пенсия по старости" }],
            }, ct);
    }

    private static List<ProgrammeLineInput> HomeLines(IReadOnlyDictionary<string, SocialService> s, DateOnly? from = null) =>
    [
        L(s["1.1.1"], 104, "2 раза в неделю", from), L(s["1.1.6"], 52, "1 раз в неделю", from), L(s["1.2.1"], 104, "2 раза в неделю", from),
        L(s["1.3.1"], 26, "1 раз в 2 недели", from), L(s["1.4.1"], 12, "1 раз в месяц", from),
    ];

    /// <summary>
    /// Three recipients served now (contracts from about a month ago, the subsistence minimum of the current year),
    /// so that a worker can record today's services and draw up this month's acts.
    /// </summary>
    private async Task CurrentRecipientsAsync(RecipientPathService path, UserContext user, IReadOnlyDictionary<string, SocialService> services,
        ProductionCalendar calendar, DateOnly today, Queue<Citizen> queue, CancellationToken ct)
    {
        decimal[] incomes = [21000m, 26500m, 31000m];
        var submitted = today.AddDays(-45);
        for (var i = 0; i < incomes.Length; i++)
        {
            while (!calendar.IsWorkingDay(submitted)) submitted = submitted.AddDays(1);
            var contractDay = calendar.AddWorkingDays(submitted, 6);
            var start = contractDay.AddDays(1);
            if (start >= today) return;
            var contract = await PathAsync(path, user, queue.Dequeue(), ServiceForm.AtHome, submitted,
                [new() { MonthlyAmount = incomes[i], IncomeKind = "страховая пенсия по старости" }], [],
                "Частичная утрата способности к самообслуживанию в связи с преклонным возрастом.", HomeLines(services, start), ct, contractDay: contractDay);
            db.DeliveredServices.AddRange(HomeDeliveries(contract!, i, services, calendar, user, start, today.AddDays(-1)));
            submitted = submitted.AddDays(1);
        }
        await db.SaveChangesAsync(ct);
    }

    private static List<ProgrammeLineInput> StationaryLines(IReadOnlyDictionary<string, SocialService> s) =>
    [
        L(s["3.1.1"], 366, "ежедневно"), L(s["3.2.1"], 52, "1 раз в неделю"), L(s["3.3.1"], 26, "1 раз в 2 недели"), L(s["3.5.1"], 52, "1 раз в неделю"),
    ];

    private static ProgrammeLineInput L(SocialService s, decimal volume, string periodicity, DateOnly? from = null) =>
        new() { SocialServiceId = s.Id, Volume = volume, Periodicity = periodicity, PeriodFrom = from ?? QuarterStart, PeriodTo = (from ?? QuarterStart).AddYears(1).AddDays(-1) };

    private async Task<ServiceContract?> PathAsync(RecipientPathService path, UserContext user, Citizen citizen, ServiceForm form, DateOnly submitted,
        List<HouseholdMemberInput> household, List<FreeServiceGround> grounds, string circumstances, List<ProgrammeLineInput> lines, CancellationToken ct,
        bool refuse = false, DateOnly? contractDay = null)
    {
        var app = await path.CreateAsync(user, new ApplicationInput
        {
            CitizenId = citizen.Id, SubmittedOn = submitted, RequestedForm = form, Circumstances = circumstances, Household = household, FreeGrounds = grounds,
        }, ct);
        var decidedOn = app.NeedRecognition!.DueOn.AddDays(-_rnd.Next(0, 3));
        if (refuse)
        {
            await path.DecideAsync(user, app.Id, new DecisionInput
            {
                Outcome = NeedRecognitionOutcome.Refused, DecidedOn = decidedOn,
                RefusalReason = "Не выявлены обстоятельства, ухудшающие условия жизнедеятельности (ст. 15 ч. 1 442-ФЗ): уход обеспечивают совместно проживающие родственники.",
            }, ct);
            return null;
        }
        await path.DecideAsync(user, app.Id, new DecisionInput { Outcome = NeedRecognitionOutcome.Recognised, DecidedOn = decidedOn, Form = form }, ct);
        var concluded = contractDay ?? new DateOnly(2015, 3, 31);
        var starts = lines.Min(l => l.PeriodFrom!.Value);
        var programme = await path.CreateProgrammeAsync(user, app.Id, new ProgrammeInput { DrawnUpOn = decidedOn, StartsOn = starts, Lines = lines }, ct);
        return await path.ConcludeContractAsync(user, programme.Id, new ContractInput
        {
            ProgrammeSubmittedOn = concluded, ConcludedOn = concluded, StartsOn = starts,
        }, ct);
    }

    private IEnumerable<DeliveredService> HomeDeliveries(ServiceContract contract, int index, IReadOnlyDictionary<string, SocialService> s, ProductionCalendar calendar, UserContext user,
        DateOnly? from = null, DateOnly? to = null)
    {
        var start = from ?? QuarterStart;
        // Each recipient has two visiting days a week; the first visit of a week includes cleaning.
        DayOfWeek[][] patterns = [[DayOfWeek.Monday, DayOfWeek.Thursday], [DayOfWeek.Tuesday, DayOfWeek.Friday], [DayOfWeek.Wednesday, DayOfWeek.Friday]];
        var days = patterns[index % patterns.Length];
        var week = -1;
        var visitInWeek = 0;
        var month = 0;
        for (var d = start; d <= (to ?? QuarterEnd); d = d.AddDays(1))
        {
            if (!days.Contains(d.DayOfWeek) || !calendar.IsWorkingDay(d)) continue;
            var w = (d.DayNumber - start.DayNumber + (int)start.DayOfWeek) / 7;
            if (w != week) { week = w; visitInWeek = 0; }
            visitInWeek++;
            yield return D(contract, s["1.2.1"], d, 15, user);
            yield return D(contract, s["1.1.1"], d, 40, user);
            if (visitInWeek == 1) yield return D(contract, s["1.1.6"], d, 60, user);
            if (visitInWeek == 1 && week % 2 == 0) yield return D(contract, s["1.3.1"], d, 30, user);
            if (d.Month != month) { month = d.Month; yield return D(contract, s["1.4.1"], d, 30, user); }
        }
    }

    private IEnumerable<DeliveredService> StationaryDeliveries(ServiceContract contract, IReadOnlyDictionary<string, SocialService> s, ProductionCalendar calendar, UserContext user)
    {
        for (var d = QuarterStart; d <= QuarterEnd; d = d.AddDays(1))
        {
            yield return new DeliveredService
            {
                CitizenId = contract.CitizenId, SocialServiceId = s["3.1.1"].Id, ServiceContractId = contract.Id, ProviderOrganisationId = user.OrganisationId,
                DeliveredOn = d, Quantity = 1, WorkerUserId = user.UserId, WorkerName = user.FullName,
            };
            if (!calendar.IsWorkingDay(d)) continue;
            if (d.DayOfWeek == DayOfWeek.Monday) yield return D(contract, s["3.2.1"], d, 15, user);
            if (d.DayOfWeek == DayOfWeek.Wednesday) yield return D(contract, s["3.5.1"], d, 45, user);
            if (d.DayOfWeek == DayOfWeek.Thursday && d.Day <= 14) yield return D(contract, s["3.3.1"], d, 30, user);
        }
    }

    private DeliveredService D(ServiceContract c, SocialService s, DateOnly on, int norm, UserContext user) => new()
    {
        CitizenId = c.CitizenId, SocialServiceId = s.Id, ServiceContractId = c.Id, ProviderOrganisationId = user.OrganisationId,
        DeliveredOn = on, Quantity = 1, Minutes = norm + _rnd.Next(-norm / 5, norm / 5 + 1), WorkerUserId = user.UserId, WorkerName = user.FullName,
    };

    private async Task QualityAsync(UserContext user, RegionClock clock, AuditLog audit, CancellationToken ct)
    {
        var quality = new QualityService(db, audit, clock);
        await quality.AddSurveyAsync(user, new SatisfactionSurvey { ConductedOn = new(2015, 6, 24), Form = ServiceForm.AtHome, Respondents = 10, Satisfied = 10, Basis = "Акт опроса № 2 от 24.06.2015, протокол комиссии по контролю качества № 2 от 26.06.2015" }, ct);
        await quality.AddSurveyAsync(user, new SatisfactionSurvey { ConductedOn = new(2015, 6, 25), Form = ServiceForm.Stationary, Respondents = 6, Satisfied = 6, Basis = "Акт опроса № 3 от 25.06.2015, протокол комиссии по контролю качества № 2 от 26.06.2015" }, ct);
        await quality.AddSurveyAsync(user, new SatisfactionSurvey { ConductedOn = new(2015, 6, 25), Form = ServiceForm.Urgent, Respondents = 4, Satisfied = 4, Basis = "Акт опроса № 4 от 25.06.2015" }, ct);
        var complaint = await quality.AddComplaintAsync(user, new Complaint
        {
            ReceivedOn = new(2015, 5, 12), Channel = ComplaintChannel.Post, ComplainantName = "Родственник получателя услуг (письмо)", Form = ServiceForm.AtHome,
            Subject = "Перенос времени посещения социальным работником без предупреждения",
        }, ct);
        await quality.ExamineComplaintAsync(user, complaint.Id, new ComplaintExamination
            { IsJustified = false, AnsweredOn = new(2015, 6, 5), Outcome = "Перенос согласован с получателем услуг по телефону; жалоба признана необоснованной, заявителю дан ответ." }, ct);
        await quality.AddInspectionAsync(user, new ExternalInspection
            { Body = SupervisoryBody.Rospotrebnadzor, StartedOn = new(2015, 5, 14), EndedOn = new(2015, 5, 15), ActNumber = "Акт проверки № 112 от 15.05.2015", ViolationsFound = 0 }, ct);
        await quality.AddInspectionAsync(user, new ExternalInspection
        {
            Body = SupervisoryBody.Gospozhnadzor, StartedOn = new(2015, 4, 20), EndedOn = new(2015, 4, 21), ActNumber = "Акт проверки № 37 от 21.04.2015", ViolationsFound = 1,
            Summary = "Не обновлён план эвакуации стационарного отделения", RemediedOn = new(2015, 5, 6),
        }, ct);
        var works = await quality.WorkSectionsAsync(user, ct);
        var entries = new (string Number, DateOnly On, decimal Quantity, decimal? Km)[]
        {
            ("1", new(2015, 4, 10), 38, null), ("1", new(2015, 5, 15), 41, null), ("1", new(2015, 6, 12), 35, null),
            ("2", new(2015, 4, 2), 3, null), ("2", new(2015, 5, 20), 2, null),
            ("3", new(2015, 4, 16), 52, null), ("3", new(2015, 5, 21), 47, null), ("3", new(2015, 6, 18), 49, null),
            ("4", new(2015, 4, 24), 61, null), ("4", new(2015, 5, 29), 55, null), ("4", new(2015, 6, 26), 58, null),
            ("5", new(2015, 4, 7), 11, 1710), ("5", new(2015, 5, 12), 9, 1445), ("5", new(2015, 6, 9), 10, 1620),
            ("6", new(2015, 4, 22), 7, null), ("6", new(2015, 5, 27), 6, null), ("6", new(2015, 6, 24), 6, null),
            ("7", new(2015, 5, 8), 60, null), ("7", new(2015, 6, 1), 45, null),
        };
        foreach (var (number, on, quantity, km) in entries)
        {
            var section = works.FirstOrDefault(w => w.Number == number && w.Part!.StateAssignment!.FinancialYear == 2015);
            if (section is null) continue;
            await quality.AddWorkAsync(user, new WorkEntry { AssignmentSectionId = section.Id, PerformedOn = on, Quantity = quantity, DistanceKm = km, Note = "Ежемесячная сводка отделения" }, ct);
        }
    }
}
