using Microsoft.EntityFrameworkCore;
using Sobes.Domain.Audit;
using Sobes.Domain.Common;
using Sobes.Domain.Measures;
using Sobes.Domain.Organisations;
using Sobes.Infrastructure.Audit;
using Sobes.Infrastructure.Persistence;

namespace Sobes.Infrastructure.Measures;

/// <summary>
/// Creates assignments from signed decisions and recalculates them when a dated amount or parameter changes.
/// Stages the changes and their audit lines; the caller saves once, so a decision and its assignments commit together.
/// </summary>
public sealed class AssignmentFactory(SobesDbContext db, AuditLog audit, RegionClock clock, IEnumerable<IMeasureRecalculationHook> hooks)
{
    /// <summary>The context of an amount computation for an assignment's inputs on a date (parameters of the territory).</summary>
    public async Task<AmountContext> ContextAsync(
        int territoryId,
        DateOnly on,
        int children,
        int childrenWithIncrement,
        decimal? documentedSum,
        CancellationToken ct
    )
    {
        var parameters = await db.MeasureParameters.AsNoTracking().Where(p => p.TerritoryId == null || p.TerritoryId == territoryId).ToListAsync(ct);
        return new AmountContext(on, children, childrenWithIncrement, documentedSum, AmountCalculator.ParametersOn(parameters, territoryId, on));
    }

    /// <summary>Computes the draft amount of an application item as of its period start (used by the specialist's draft and by the grant).</summary>
    public async Task<AmountResult> ComputeAsync(
        Measure measure,
        int territoryId,
        DateOnly on,
        int children,
        int childrenWithIncrement,
        decimal? documentedSum,
        CancellationToken ct
    ) => AmountCalculator.Compute(measure, await ContextAsync(territoryId, on, children, childrenWithIncrement, documentedSum, ct));

    /// <summary>
    /// The assignment of a granted item: term by the measure's start and end rules, first period with the amount on the start date,
    /// and further periods at every later dated value already known (an application decided late after an indexation).
    /// </summary>
    public async Task<Assignment> CreateFromDecisionAsync(UserContext user, AssignmentGrant item, Measure measure,
        DateOnly decidedOn, DateOnly? beneficiaryBirthDate, CancellationToken ct)
    {
        var territoryId = await db.Organisations.Where(o => o.Id == item.OrganisationId).Select(o => o.TerritoryId).FirstOrDefaultAsync(ct)
                          ?? throw new DomainValidationException([new("organisationId", "Назначение оформляет управление района.")]);
        var start = item.PeriodFrom ?? AssignmentRules.StartOf(measure, item.RegisteredOn, decidedOn, item.EventDate);
        var end = item.PeriodTo ?? AssignmentRules.EndOf(measure, start, beneficiaryBirthDate, item.ContractEndsOn);
        if (end is { } e && e < start) throw new DomainValidationException([new("periodTo", "Окончание выплаты раньше её начала.")]);
        var assignment = new Assignment
        {
            Number = await NextNumberAsync(decidedOn.Year, ct),
            CitizenId = item.CitizenId,
            BeneficiaryCitizenId = item.BeneficiaryCitizenId,
            MeasureId = measure.Id,
            Measure = measure,
            ApplicationId = item.ApplicationId,
            ApplicationItemId = item.ApplicationItemId,
            FosterContractId = item.FosterContractId,
            OrganisationId = item.OrganisationId,
            TerritoryId = territoryId,
            DecidedOn = decidedOn,
            StartsOn = start,
            EndsOn = end,
            PaymentMethod = item.PaymentMethod,
            Children = item.Children,
            ChildrenWithIncrement = item.ChildrenWithIncrement,
            DocumentedSum = item.DocumentedSum,
        };
        var first = await ComputeAsync(measure, territoryId, start, item.Children, item.ChildrenWithIncrement, item.DocumentedSum, ct);
        assignment.Periods.Add(new AssignmentPeriod { From = start, To = end, Amount = first.Amount, Basis = first.Basis });
        assignment.Changes.Add(new AssignmentChange
        {
            Kind = AssignmentChangeKind.Granted, EffectiveFrom = start, NewAmount = first.Amount, AtUtc = clock.NowUtc, UserId = user.UserId,
            Reason = $"Решение {item.DecisionNumber} от {decidedOn:dd.MM.yyyy}",
        });
        if (measure.IsPeriodic) await ApplyLaterValuesAsync(user, assignment, measure, start, "Размер изменён с даты, наступившей до решения", ct);
        db.Assignments.Add(assignment);
        audit.Add(
            user,
            AuditAction.Create,
            nameof(Assignment),
            assignment.Number,
            assignment.CitizenId,
            $"Назначение {assignment.Number}: {measure.ShortName}, {RussianFormat.Money(first.Amount)} с {start:dd.MM.yyyy}"
                + (end is { } last ? $" по {last:dd.MM.yyyy}" : "")
        );
        return assignment;
    }

    private async Task ApplyLaterValuesAsync(UserContext user, Assignment a, Measure measure, DateOnly start, string reason, CancellationToken ct)
    {
        var parameterDates = await db.MeasureParameters.AsNoTracking()
            .Where(p => (p.TerritoryId == null || p.TerritoryId == a.TerritoryId) && p.ValidFrom > start).Select(p => p.ValidFrom).ToListAsync(ct);
        var dates = measure.Amounts.Where(x => x.ValidFrom > start).Select(x => x.ValidFrom).Concat(parameterDates).Distinct().Order();
        foreach (var from in dates) await RecalculateAsync(user, a, measure, from, reason, ct);
    }

    /// <summary>
    /// Recalculates one assignment from a date after its inputs changed (children, children with an increment, the documented sum):
    /// a new period from the date at the amount on it, then one at each later dated value, all with the new inputs.
    /// The caller sets the inputs on the assignment first. Returns whether any amount changed.
    /// </summary>
    public async Task<bool> RecalculateInputsAsync(
        UserContext user,
        Assignment a,
        Measure measure,
        DateOnly from,
        string reason,
        CancellationToken ct
    )
    {
        var effective = from < a.StartsOn ? a.StartsOn : from;
        var before = a.Periods.Select(p => (p.From, p.To, p.Amount)).ToList();
        await RecalculateAsync(user, a, measure, effective, reason, ct);
        if (measure.IsPeriodic) await ApplyLaterValuesAsync(user, a, measure, effective, reason, ct);
        return !before.SequenceEqual(a.Periods.Select(p => (p.From, p.To, p.Amount)));
    }

    /// <summary>
    /// Recalculates every active or suspended assignment of the measure from a date (a new dated amount or parameter):
    /// each gets a new period from that date when its amount changes. Returns how many changed.
    /// </summary>
    public async Task<int> RecalculateMeasureAsync(UserContext user, Measure measure, DateOnly from, string reason, CancellationToken ct)
    {
        var assignments = await db.Assignments.Include(a => a.Periods).Include(a => a.Changes)
            .Where(a => a.MeasureId == measure.Id && a.Status != AssignmentStatus.Stopped)
            .Where(a => a.EndsOn == null || a.EndsOn >= from)
            .ToListAsync(ct);
        var changed = 0;
        foreach (var a in assignments)
        {
            // A hook's assignment (a foster parent's remuneration changes with the family day by day) is recomputed by its module.
            if (await HookedAsync(user, a, from, reason, ct) is { } hooked)
            {
                if (hooked) changed++;
                continue;
            }
            if (await RecalculateAsync(user, a, measure, from, reason, ct)) changed++;
        }
        return changed;
    }

    private async Task<bool?> HookedAsync(UserContext user, Assignment a, DateOnly from, string reason, CancellationToken ct)
    {
        foreach (var hook in hooks)
            if (await hook.RecalculateAsync(user, a, from, reason, ct) is { } changed) return changed;
        return null;
    }

    private async Task<bool> RecalculateAsync(UserContext user, Assignment a, Measure measure, DateOnly from, string reason, CancellationToken ct)
    {
        var effective = from < a.StartsOn ? a.StartsOn : from;
        var result = await ComputeAsync(measure, a.TerritoryId, effective, a.Children, a.ChildrenWithIncrement, a.DocumentedSum, ct);
        var old = a.AmountOn(effective);
        if (!AssignmentRules.Recalculate(a, effective, result.Amount, result.Basis, reason, clock.NowUtc, user.UserId)) return false;
        audit.Add(user, AuditAction.Update, nameof(Assignment), a.Number, a.CitizenId, $"Перерасчёт {a.Number} с {effective:dd.MM.yyyy}: {reason}",
            [new("Размер", old is { } o ? RussianFormat.Money(o) : "—", RussianFormat.Money(result.Amount))]);
        return true;
    }

    private Task<string> NextNumberAsync(int year, CancellationToken ct) =>
        DocumentNumbers.NextAsync(db.Assignments.Select(a => a.Number), "Н", year, ct, db.Assignments.Local.Select(a => a.Number), digits: 6);
}
