using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sobes.Domain.Applications;
using Sobes.Domain.Measures;
using Sobes.Domain.Organisations;
using Sobes.Infrastructure.Measures;
using Sobes.Infrastructure.Persistence;
using Sobes.Web.Tests.Hosting;
using Sobes.Web.Tests.Support;

namespace Sobes.Web.Tests.Measures;

/// <summary>
/// Assignments made the way a signed decision makes them: a test regulation, measures coded «T-…» with dated amounts and stop grounds
/// (the eleven of seed 002 cl. 8.1, the first automatic), an application with a granted item, and <see
/// cref="AssignmentFactory.CreateFromDecisionAsync"/>.
/// The measures live beside the catalogue's and are created once per database.
/// </summary>
public static class AssignmentScenario
{
    public const string Foster = "T-FOSTER";
    public const string PerChild = "T-PERCHILD";
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static int _sequence;

    /// <summary>Seed 002 cl. 8.1, subclauses 1–11, word for word.</summary>
    public static readonly string[] Seed002StopGrounds =
    [
        "достижения несовершеннолетним, переданным в приемную семью, возраста 18 лет",
        "устройства ребенка, переданного в приемную семью, на полное государственное обеспечение в учреждение для детей-сирот и " +
            "детей, оставшихся без попечения родителей, и в другие учреждения всех видов",
        "помещения несовершеннолетнего в учреждение, исполняющее наказание в виде лишения свободы",
        "переезда приемного родителя на постоянное место жительства за пределы  Варненского района Челябинской области",
        "смерти ребенка, переданного на воспитание в приемную семью, признания ребенка безвестно отсутствующим",
        "вступления несовершеннолетнего, переданного в приемную семью в брак",
        "объявления несовершеннолетнего полностью дееспособным в соответствии с законодательством Российской Федерации",
        "освобождения, отстранения приемного родителя от исполнения своих обязанностей, смерти приемного родителя (приемных родителей)",
        "усыновления (удочерения) ребенка, переданного в приемную семью",
        "розыска родителей, их излечения, освобождения от отбывания наказания в исправительных учреждениях",
        "при представлении заявителем заведомо недостоверных сведений и документов, по форме или содержанию не соответствующих " +
            "требованиям действующего законодательства",
    ];

    public static string GroundCode(int subclause) => $"8.1-{subclause}";

    public static async Task<UserContext> UserAsync(SobesHost host, string login)
    {
        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SobesDbContext>();
        var u = await db.Users.AsNoTracking().Include(x => x.Organisation).SingleAsync(x => x.Login == login);
        return new UserContext(u.Id, u.Login, u.FullName, u.Role, u.OrganisationId, u.Organisation!.TerritoryId);
    }

    /// <summary>A personal file made through the registry API, with the given birth date and district.</summary>
    public static async Task<long> CitizenAsync(SobesHost host, DateOnly birthDate, string territoryCode = Registry.KasliCode, string name = "Иван")
    {
        var body = TestData.Citizen(await host.TerritoryIdAsync(territoryCode), name: name);
        body["birthDate"] = birthDate.ToString("yyyy-MM-dd");
        return (await (await host.LoginAsync("admin")).PostJson("/api/v1/citizens", body).Json(HttpStatusCode.Created)).Id();
    }

    /// <summary>
    /// A foster-family payment (T-FOSTER: 4260 ₽ from 2024, 4430.40 ₽ from 2025 — test figures) for a fresh child of the given birth date,
    /// paid to a fresh foster parent from <paramref name="start"/> until the day before the 18th birthday, granted by the head of
    /// Kasli's department (or Varna's: <paramref name="head"/> = "varna.head").
    /// </summary>
    public static async Task<long> FosterAsync(
        SobesHost host,
        DateOnly start,
        DateOnly childBirth,
        string head = "head",
        string measure = Foster,
        int children = 1
    )
    {
        var territory = head.StartsWith("varna") ? Registry.VarnaCode : Registry.KasliCode;
        var parent = await CitizenAsync(host, new DateOnly(1980, 5, 14), territory, "Мария");
        var child = await CitizenAsync(host, childBirth, territory, "Пётр");
        return await GrantAsync(host, head, measure, parent, child, start, childBirth, children);
    }

    public static async Task<long> GrantAsync(
        SobesHost host,
        string head,
        string measureCode,
        long recipient,
        long? child,
        DateOnly start,
        DateOnly? childBirth,
        int children = 1
    )
    {
        var user = await UserAsync(host, head);
        await EnsureMeasuresAsync(host);
        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SobesDbContext>();
        var measure = await db.Measures.Include(m => m.Amounts).Include(m => m.StopGrounds).SingleAsync(m => m.Code == measureCode);
        var regulation = await db.Regulations.SingleAsync(r => r.Code == "T-REG");
        var n = Interlocked.Increment(ref _sequence);
        var application = new MeasureApplication
        {
            Number = $"Т-{Guid.NewGuid():N}"[..20], RegisteredOn = start, RegisteredAtUtc = DateTime.UtcNow, CitizenId = recipient,
            OrganisationId = user.OrganisationId, RegulationId = regulation.Id, Status = ApplicationStatus.Decided, RegisteredByUserId = user.UserId,
            SignedByUserId = user.UserId, DecidedOn = start, DecisionNumber = $"Т-{n}",
        };
        var item = new ApplicationItem
        {
            MeasureId = measure.Id, BeneficiaryCitizenId = child, Outcome = ItemOutcome.Grant, PeriodFrom = start, Children = children,
        };
        application.Items.Add(item);
        db.MeasureApplications.Add(application);
        await db.SaveChangesAsync();
        var a = await scope
            .ServiceProvider.GetRequiredService<AssignmentFactory>()
            .CreateFromDecisionAsync(user, application.GrantOf(item), measure, start, childBirth, default);
        item.Assignment = a;
        await db.SaveChangesAsync();
        return a.Id;
    }

    public static async Task EnsureMeasuresAsync(SobesHost host)
    {
        await Gate.WaitAsync();
        try
        {
            using var scope = host.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<SobesDbContext>();
            if (await db.Measures.AnyAsync(m => m.Code == Foster)) return;
            db.Regulations.Add(new AdministrativeRegulation { Code = "T-REG", Name = "Регламент для проверки назначений" });
            db.Measures.Add(
                new Measure
                {
                    Code = Foster,
                    Name = "Денежные средства на содержание ребёнка в приёмной семье (проверка)",
                    ShortName = "Содержание ребёнка (проверка)",
                    Kind = MeasureKind.Monthly,
                    Funding = FundingLevel.Regional,
                    AmountRule = AmountRuleKind.Fixed,
                    Eligibility = new MeasureEligibility { ForChild = true, ChildMaxAge = 18 },
                    StartRule = PaymentStartRule.FromEventDate,
                    EndRule = PaymentEndRule.UntilChildAge,
                    EndAge = 18,
                    StopRule = StopDateRule.FromNextMonth,
                    PartialMonth = PartialMonthRule.ProRataCalendarDays,
                    Amounts =
                    [
                        new MeasureAmount
                        {
                            ValidFrom = new DateOnly(2024, 1, 1),
                            Value = 4260m,
                            Note = "тестовое значение",
                        },
                        new MeasureAmount
                        {
                            ValidFrom = new DateOnly(2025, 1, 1),
                            Value = 4430.40m,
                            Note = "тестовая индексация на 1,04",
                        },
                    ],
                    StopGrounds = Seed002StopGrounds
                        .Select(
                            (text, i) =>
                                new StopGround
                                {
                                    Code = GroundCode(i + 1),
                                    Text = text,
                                    Clause = $"п. 8.1 подп. {i + 1}",
                                    Automatic = i == 0,
                                }
                        )
                        .ToList(),
                }
            );
            db.Measures.Add(new Measure
            {
                Code = PerChild, Name = "Ежемесячная выплата на каждого ребёнка (проверка)", ShortName = "На каждого ребёнка (проверка)",
                Kind = MeasureKind.Monthly, Funding = FundingLevel.Regional, AmountRule = AmountRuleKind.PerChild,
                StartRule = PaymentStartRule.FromApplicationDate, EndRule = PaymentEndRule.Indefinite, StopRule = StopDateRule.FromEventDay,
                Amounts = [new MeasureAmount { ValidFrom = new DateOnly(2024, 1, 1), Value = 1000m, Note = "тестовое значение" }],
                StopGrounds = [new StopGround { Code = "T-1", Text = "Отказ получателя от выплаты", Clause = "проверка" }],
            });
            await db.SaveChangesAsync();
        }
        finally { Gate.Release(); }
    }
}

public static class AssignmentScenarioMeasures
{
    /// <summary>A fixed monthly measure of its own for a test that changes the measure's dated values (indexation).</summary>
    public static async Task<string> FixedMeasureAsync(SobesHost host, decimal value, DateOnly validFrom)
    {
        await AssignmentScenario.EnsureMeasuresAsync(host);
        var code = "T-FIX-" + Guid.NewGuid().ToString("N")[..8];
        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SobesDbContext>();
        db.Measures.Add(new Measure
        {
            Code = code, Name = "Ежемесячная выплата с индексацией (проверка)", ShortName = "С индексацией (проверка)", Kind = MeasureKind.Monthly,
            Funding = FundingLevel.Regional, AmountRule = AmountRuleKind.Fixed, StartRule = PaymentStartRule.FromApplicationDate,
            Amounts = [new MeasureAmount { ValidFrom = validFrom, Value = value, Note = "тестовое значение" }],
            StopGrounds = [new StopGround { Code = "T-1", Text = "Отказ получателя от выплаты", Clause = "проверка" }],
        });
        await db.SaveChangesAsync();
        return code;
    }
}
