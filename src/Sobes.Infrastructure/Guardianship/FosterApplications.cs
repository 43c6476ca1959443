using Microsoft.EntityFrameworkCore;
using Sobes.Domain.Applications;
using Sobes.Domain.Common;
using Sobes.Domain.Guardianship;
using Sobes.Domain.Measures;
using Sobes.Domain.Organisations;
using Sobes.Infrastructure.Applications;
using Sobes.Infrastructure.Measures;
using Sobes.Infrastructure.Persistence;

namespace Sobes.Infrastructure.Guardianship;

/// <summary>One payment of seed 002 cl. 4 the family may apply for, or why not.</summary>
public sealed record FosterPlanLine(
    string MeasureCode,
    int MeasureId,
    string Measure,
    long? ChildCitizenId,
    string? Child,
    DateOnly? From,
    DateOnly? To,
    bool Applies,
    string Note
);

/// <summary>
/// The foster family's application (seed 002 cl. 10.1 subcl. 2: one application for the six payments, appendices 2–5) made from the contract:
/// which payments each child gives, registration in the journal through the applications module, and the draft decision filled from the
/// contract (dates of placement, the term, the composition) so that the specialist checks rather than retypes.
/// </summary>
public sealed class FosterApplications(
    SobesDbContext db,
    RegionClock clock,
    ApplicationCases cases,
    ApplicationIntake intake,
    ApplicationReading reading,
    DecisionDrafting drafting,
    FosterPayments foster
)
{
    public async Task<IReadOnlyList<FosterPlanLine>> PlanAsync(UserContext user, long contractId, CancellationToken ct = default)
    {
        var (contract, children) = await ContractAsync(user, contractId, ct);
        var measures = await db
            .Measures.AsNoTracking()
            .Where(m => FosterMeasures.All.Contains(m.Code) && m.IsActive)
            .ToDictionaryAsync(m => m.Code, ct);
        var missing = FosterMeasures.All.Where(c => !measures.ContainsKey(c)).ToList();
        if (missing.Count > 0) throw new ConflictException($"В каталоге нет действующих мер: {string.Join(", ", missing)}.");
        var taken = await TakenAsync(contract, children, measures, ct);
        var today = clock.Today;
        var lines = new List<FosterPlanLine>();
        var remuneration = measures[FosterMeasures.Remuneration];
        var due = children.Select(c => (Child: c, Payments: FosterFamilyRules.ChildPayments(c, contract))).Where(x => x.Payments.Count > 0).ToList();
        var present = due.Select(x => x.Child).ToList();
        lines.Add(
            Line(
                remuneration,
                null,
                contract.From,
                contract.LastDay,
                taken(remuneration.Id, null),
                $"на семью: детей {present.Count}, из них до трёх лет, инвалидов, с ОВЗ — "
                    + $"{FosterFamilyRules.CompositionOn(contract, present, contract.From > today ? contract.From : today).ChildrenWithIncrement}"
                    + " (на сегодня)"
            )
        );
        foreach (var (c, payments) in due)
            foreach (
                var code in new[]
                {
                    FosterMeasures.Maintenance,
                    FosterMeasures.Household,
                    FosterMeasures.Housing,
                    FosterMeasures.FreeTravel,
                    FosterMeasures.Furniture,
                }
            )
            {
                var m = measures[code];
                lines.Add(payments.FirstOrDefault(p => p.Code == code) is { } p
                    ? Line(m, c, p.From, p.To, taken(m.Id, c.CitizenId), Why[code])
                    : Line(m, c, null, null, WhyNot[code], ""));
            }
        return lines;
    }

    /// <summary>What is already granted or asked for, as a note for the plan line of a measure (and child), or null.</summary>
    private async Task<Func<int, long?, string?>> TakenAsync(
        FosterContract contract,
        IReadOnlyList<FosterChild> children,
        Dictionary<string, Measure> measures,
        CancellationToken ct
    )
    {
        var ids = measures.Values.Select(m => m.Id).ToList();
        var childIds = children.Select(c => c.CitizenId).ToList();
        // What is already granted or asked for: under this contract, and furniture for the child anywhere, ever (once per child).
        var granted = await db
            .Assignments.AsNoTracking()
            .Where(a =>
                ids.Contains(a.MeasureId)
                && (
                    a.FosterContractId == contract.Id && a.Status != AssignmentStatus.Stopped
                    || a.MeasureId == measures[FosterMeasures.Furniture].Id && childIds.Contains(a.BeneficiaryCitizenId!.Value)
                )
            )
            .Select(a => new
            {
                a.MeasureId,
                a.BeneficiaryCitizenId,
                a.Number,
            })
            .ToListAsync(ct);
        var pending = await db
            .MeasureApplications.AsNoTracking()
            .Where(a =>
                a.FosterContractId == contract.Id && a.Status != ApplicationStatus.Decided && a.Status != ApplicationStatus.Withdrawn
            )
            .Join(
                db.Set<ApplicationItem>(),
                a => a.Id,
                i => i.ApplicationId,
                (a, i) =>
                    new
                    {
                        i.MeasureId,
                        i.BeneficiaryCitizenId,
                        a.Number,
                    }
            )
            .ToListAsync(ct);
        return (measureId, childId) =>
            granted.FirstOrDefault(g => g.MeasureId == measureId && g.BeneficiaryCitizenId == childId) is { } g
                ? $"уже назначено: {g.Number}"
            : pending.FirstOrDefault(p => p.MeasureId == measureId && p.BeneficiaryCitizenId == childId) is { } p
                ? $"уже в заявлении {p.Number}"
            : null;
    }

    private static readonly Dictionary<string, string> Why = new()
    {
        [FosterMeasures.Maintenance] = "на каждого ребёнка (п. 4)",
        [FosterMeasures.Household] = "на каждого ребёнка (п. 4)",
        [FosterMeasures.Housing] = "на каждого ребёнка (п. 4)",
        [FosterMeasures.FreeTravel] = "обучается в областном или муниципальном учреждении (п. 10.1 подп. 6)",
        [FosterMeasures.Furniture] = "передан(а) на год и более — единовременно (п. 4)",
    };

    /// <summary>Why a child's payment is not due (maintenance, household items and housing always are while the child is in the family).</summary>
    private static readonly Dictionary<string, string> WhyNot = new()
    {
        [FosterMeasures.FreeTravel] = "не обучается в областном государственном или муниципальном учреждении",
        [FosterMeasures.Furniture] = "передан(а) на срок менее года",
    };

    private static FosterPlanLine Line(Measure m, FosterChild? c, DateOnly? from, DateOnly? to, string? notApplying, string note) =>
        new(m.Code, m.Id, m.ShortName, c?.CitizenId, c?.Name, from, to, notApplying is null, notApplying ?? note);

    /// <summary>Registers the family's application in the journal (cl. 14.3) for every payment of the plan not yet granted or asked for.</summary>
    public async Task<RegisterResult> ApplyAsync(UserContext user, long contractId, FosterApplyInput input, CancellationToken ct = default)
    {
        await cases.RequireCaseWorkerAsync(user, ct);
        var plan = await PlanAsync(user, contractId, ct);
        var items = plan.Where(l => l.Applies)
            .Select(l => new ApplicationItemInput { MeasureId = l.MeasureId, BeneficiaryCitizenId = l.ChildCitizenId })
            .ToList();
        if (items.Count == 0) throw new ConflictException("Все выплаты семьи уже назначены или ожидают решения — новое заявление не нужно.");
        var contract = await db.FosterContracts.AsNoTracking().FirstAsync(f => f.Id == contractId, ct);
        var regulation = await db.Measures.AsNoTracking().Where(m => m.Code == FosterMeasures.Maintenance).Select(m => m.RegulationId).FirstAsync(ct)
                         ?? throw new ConflictException("Мера «Содержание ребёнка в приёмной семье» не связана с регламентом.");
        return await intake.RegisterAsync(user, new RegisterApplicationInput
        {
            CitizenId = contract.FosterParentCitizenId, RegulationId = regulation, Items = items, PaymentMethod = input.PaymentMethod,
            Channel = input.Channel, RegisteredOn = input.RegisteredOn, FosterContractId = contractId, IntakeStartedAtUtc = input.IntakeStartedAtUtc,
        }, ct);
    }

    /// <summary>
    /// Fills the draft decision of a foster family's application from its contract (cl. 14.4): every pending item granted from the day the child
    /// was placed (the travel payment — from the schooling in the family) to the planned last day; the remuneration for the contract's term with
    /// the composition on its first day (the grant then follows the composition day by day).
    /// </summary>
    public async Task DraftAsync(UserContext user, long applicationId, int? version, CancellationToken ct = default)
    {
        await cases.RequireCaseWorkerAsync(user, ct);
        var details = await reading.GetAsync(user, applicationId, ct);
        var app = details.Application;
        if (app.FosterContractId is not { } contractId) throw new ConflictException("Заявление не связано с договором о приёмной семье.");
        var (contract, children) = await ContractAsync(user, contractId, ct);
        var lines = new List<DraftItemInput>();
        foreach (var i in details.Items.Select(x => x.Item).Where(i => i.Outcome == ItemOutcome.Pending))
        {
            var code = i.Measure!.Code;
            if (i.BeneficiaryCitizenId is null)
            {
                var start = contract.From;
                var c = FosterFamilyRules.CompositionOn(contract, children, start);
                lines.Add(new DraftItemInput
                {
                    ItemId = i.Id, Outcome = ItemOutcome.Grant, EventDate = start, ContractEndsOn = contract.LastDay,
                    Children = Math.Max(c.Children, 1), ChildrenWithIncrement = c.ChildrenWithIncrement
                });
                continue;
            }
            var child = children.Where(x => x.CitizenId == i.BeneficiaryCitizenId).OrderByDescending(x => x.PlacedFrom).FirstOrDefault();
            if (child is null) continue;
            if (FosterFamilyRules.ChildPayments(child, contract).FirstOrDefault(p => p.Code == code) is not { } due) continue;
            // A one-time payment's term is the measure's own (paid once, on its first day).
            DateOnly? to = code == FosterMeasures.Furniture ? null : due.To;
            lines.Add(new DraftItemInput { ItemId = i.Id, Outcome = ItemOutcome.Grant, EventDate = due.From, PeriodFrom = due.From, PeriodTo = to });
        }
        if (lines.Count == 0) throw new ConflictException("В заявлении нет мер без решения.");
        await drafting.DraftAsync(user, applicationId, new DraftDecisionInput { Items = lines, Version = version }, ct);
    }

    /// <summary>
    /// The family's payments are the paying department's (and the ministry's) to see, as assignments are; the contract itself is read by
    /// whoever sees the family in the registry.
    /// </summary>
    public static bool SeesPayments(UserContext user, FosterContract contract) => user.SeesOrganisation(contract.OrganisationId);

    private async Task<(FosterContract Contract, IReadOnlyList<FosterChild> Children)> ContractAsync(
        UserContext user,
        long contractId,
        CancellationToken ct
    )
    {
        var contract = await foster.LoadContractAsync(contractId, ct);
        if (!SeesPayments(user, contract)) throw new NotFoundException("Договор о приёмной семье не найден.");
        return (contract, await foster.ChildrenAsync(contract, ct));
    }
}

public sealed class FosterApplyInput
{
    public Sobes.Domain.Registry.PaymentMethod? PaymentMethod { get; set; }
    public ApplicationChannel Channel { get; set; } = ApplicationChannel.InPerson;
    public DateOnly? RegisteredOn { get; set; }
    /// <summary>When the specialist began the intake (the family's page was opened), UTC: intake takes at most 30 minutes (seed 002 cl.
    /// 7.4).</summary>
    public DateTime? IntakeStartedAtUtc { get; set; }
}
