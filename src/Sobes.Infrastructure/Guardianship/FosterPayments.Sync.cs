using Microsoft.EntityFrameworkCore;
using Sobes.Domain.Audit;
using Sobes.Domain.Common;
using Sobes.Domain.Guardianship;
using Sobes.Domain.Measures;
using Sobes.Domain.Organisations;

namespace Sobes.Infrastructure.Guardianship;

public sealed partial class FosterPayments
{
    private const string Entity = nameof(Assignment);

    private async Task SyncCoreAsync(UserContext user, FosterContract contract, DateOnly from, string reason, CancellationToken ct)
    {
        if (contract.Id != 0)
            await db.Assignments.Where(a => a.FosterContractId == contract.Id)
                .Include(a => a.Measure!).ThenInclude(m => m.StopGrounds).Include(a => a.Measure!).ThenInclude(m => m.Amounts)
                .Include(a => a.Periods).Include(a => a.Changes).Include(a => a.Suspensions)
                .AsSplitQuery().LoadAsync(ct);
        var assignments = db.Assignments.Local.Where(a => a.FosterContractId == contract.Id && a.Status != AssignmentStatus.Stopped).ToList();
        if (assignments.Count == 0) return;
        var children = await ChildrenAsync(contract, ct);
        var today = clock.Today;
        foreach (var a in assignments.Where(a => a.BeneficiaryCitizenId is not null))
            SyncChild(user, a, contract, children, reason, today);
        foreach (var a in assignments.Where(a => a.BeneficiaryCitizenId is null && a.Measure!.Kind == MeasureKind.Monthly))
            await SyncRemunerationAsync(user, a, contract, children, from, reason, today, ct);
    }

    /// <summary>The contract's children as the rules need them: each placement under the contract with the registry's birth date and
    /// schooling.</summary>
    internal async Task<IReadOnlyList<FosterChild>> ChildrenAsync(FosterContract contract, CancellationToken ct)
    {
        var placements = contract.Placements.Where(p => p.Kind == PlacementKind.FosterFamily).ToList();
        var citizenIds = placements.Select(p => p.Child!.CitizenId).Distinct().ToList();
        var people = await db.Citizens.AsNoTracking().Where(c => citizenIds.Contains(c.Id))
            .Select(c => new { c.Id, c.BirthDate, c.Surname, c.Name }).ToDictionaryAsync(c => c.Id, ct);
        return placements.Select(p =>
        {
            var person = people[p.Child!.CitizenId];
            return new FosterChild(person.Id, $"{person.Surname} {person.Name}", person.BirthDate, p.From, p.PlannedUntil, p.LeftOn,
                p.Child.DisabledFrom, p.Child.LimitedHealthFrom, p.Child.Schooling);
        }).ToList();
    }

    private void SyncChild(
        UserContext user,
        Assignment a,
        FosterContract contract,
        IReadOnlyList<FosterChild> children,
        string reason,
        DateOnly today
    )
    {
        var measure = a.Measure!;
        if (measure.Kind != MeasureKind.Monthly) return;  // furniture is paid once; a later event does not take it back
        var child = children.Where(c => c.CitizenId == a.BeneficiaryCitizenId).OrderByDescending(c => c.PlacedFrom).FirstOrDefault();
        var placement = contract.Placements.Where(p => p.Child?.CitizenId == a.BeneficiaryCitizenId).OrderByDescending(p => p.From).FirstOrDefault();
        if (StoppedByEvent(user, a, measure, contract, placement, reason, today)) return;
        if (child is null) return;
        var last = FosterFamilyRules.LastDay(child, contract);
        if (
            IsFreeTravel(measure)
            && FosterFamilyRules.FreeTravelSpan(child, contract, a.StartsOn) is { To: { } travelEnd }
            && travelEnd < last
        )
            last = travelEnd;
        if (FosterAssignmentRules.EndOn(a, last, reason, clock.NowUtc, user.UserId))
        {
            a.Version++;
            audit.Add(
                user,
                AuditAction.Update,
                Entity,
                a.Number,
                a.CitizenId,
                $"{a.Number}: {measure.ShortName} — последний день выплаты {last:dd.MM.yyyy} ({reason})"
            );
        }
    }

    /// <summary>Stops the payment on the child's leaving or the contract's end, if one falls within the paid term.</summary>
    private bool StoppedByEvent(
        UserContext user,
        Assignment a,
        Measure measure,
        FosterContract contract,
        Placement? placement,
        string reason,
        DateOnly today
    )
    {
        var lastPaid = a.LastPaidDay ?? DateOnly.MaxValue;
        // A registered event (cl. 8.1) stops the payment from its day; the contract's end stops what the child's own event did not.
        if (placement?.LeftOn is { } left && left <= lastPaid && (contract.EndedFrom is null || left < contract.EndedFrom))
        {
            Stop(
                user,
                a,
                measure,
                left,
                placement.LeftGroundCode,
                placement.LeftReason ?? reason,
                placement.LeftDocument,
                placement.LeftRegisteredOn ?? today
            );
            return true;
        }
        if (contract.EndedFrom is { } ended && ended <= lastPaid)
        {
            Stop(
                user,
                a,
                measure,
                ended,
                contract.EndGroundCode,
                contract.EndReason ?? reason,
                contract.EndDocument,
                contract.EndRegisteredOn ?? today
            );
            return true;
        }
        return false;
    }

    private async Task SyncRemunerationAsync(
        UserContext user,
        Assignment a,
        FosterContract contract,
        IReadOnlyList<FosterChild> children,
        DateOnly from,
        string reason,
        DateOnly today,
        CancellationToken ct
    )
    {
        var measure = a.Measure!;
        var parameters = await db
            .MeasureParameters.AsNoTracking()
            .Where(p => p.TerritoryId == null || p.TerritoryId == a.TerritoryId)
            .ToListAsync(ct);
        var start = from < a.StartsOn ? a.StartsOn : from;
        var periods = FosterFamilyRules.RemunerationPeriods(measure, contract, children, start,
            d => Sobes.Domain.Measures.AmountCalculator.ParametersOn(parameters, a.TerritoryId, d), parameters.Select(p => p.ValidFrom));
        var old = a.AmountOn(start);
        if (FosterFamilyRules.ReplacePeriods(a, start, periods, reason, clock.NowUtc, user.UserId))
        {
            a.Version++;
            audit.Add(
                user,
                AuditAction.Update,
                Entity,
                a.Number,
                a.CitizenId,
                $"Перерасчёт {a.Number} ({measure.ShortName}) с {start:dd.MM.yyyy}: {reason}",
                [new("Размер", old is { } o ? RussianFormat.Money(o) : "—", a.AmountOn(start) is { } n ? RussianFormat.Money(n) : "—")]
            );
        }
        var now = FosterFamilyRules.CompositionOn(contract, children, today < contract.From ? contract.From : today);
        a.Children = now.Children;
        a.ChildrenWithIncrement = now.ChildrenWithIncrement;
        if (contract.EndedFrom is { } ended && ended <= (a.LastPaidDay ?? DateOnly.MaxValue))
            Stop(
                user,
                a,
                measure,
                ended,
                contract.EndGroundCode,
                contract.EndReason ?? reason,
                contract.EndDocument,
                contract.EndRegisteredOn ?? today
            );
    }

    private void Stop(
        UserContext user,
        Assignment a,
        Measure measure,
        DateOnly from,
        string? groundCode,
        string reason,
        string? document,
        DateOnly registeredOn
    )
    {
        FosterAssignmentRules.Stop(a, measure, from, groundCode, reason, document, registeredOn, clock.NowUtc, user.UserId);
        a.Version++;
        audit.Add(
            user,
            AuditAction.Update,
            Entity,
            a.Number,
            a.CitizenId,
            $"Прекращение выплаты {a.Number} ({measure.ShortName}) с {a.StoppedFrom:dd.MM.yyyy}: {a.StatusReason}",
            [new("Статус", "действует", "прекращена")]
        );
    }

    /// <summary>The free-travel payment ends with the schooling that gives it.</summary>
    private static bool IsFreeTravel(Measure m) => m.Code == FosterMeasures.FreeTravel;
}
