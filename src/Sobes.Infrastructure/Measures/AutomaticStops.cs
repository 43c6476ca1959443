using Microsoft.EntityFrameworkCore;
using Sobes.Domain.Audit;
using Sobes.Domain.Common;
using Sobes.Domain.Measures;
using Sobes.Domain.Organisations;
using Sobes.Infrastructure.Audit;
using Sobes.Infrastructure.Persistence;

namespace Sobes.Infrastructure.Measures;

/// <summary>The stops no one registers: a term that is over, a death recorded in the registry (run nightly and by the administrator).</summary>
public sealed class AutomaticStops(SobesDbContext db, AuditLog audit, RegionClock clock)
{
    private const string Entity = nameof(Assignment);
    private const int AutomaticBatch = 200;

    /// <summary>
    /// Stops, without anyone registering it, every assignment not yet stopped whose term is over on <paramref name="today"/>
    /// (its last day has passed — the day before the child's 18th birthday, seed 002 cl. 8.1 subcl. 1, on the measure's automatic ground)
    /// or whose recipient or child has a date of death in the registry (by the measure's stop rule). Whichever comes first wins.
    /// Region-wide: run once a day by <c>AutomaticStopsService</c> and on demand by the administrator (<paramref name="user"/>, null for the system).
    /// </summary>
    public async Task<AutomaticStopResult> StopDueAsync(UserContext? user, DateOnly today, CancellationToken ct = default)
    {
        if (user is not null && user.Role != Role.Administrator)
            throw new Sobes.Domain.Common.ForbiddenException("Автоматическое прекращение выплат по всей области запускает администратор.");
        var ended = new List<string>();
        var deceased = new List<string>();
        var skip = new HashSet<long>();
        while (true)
        {
            var batch = await db
                .Assignments.Where(a => a.Status != AssignmentStatus.Stopped && !skip.Contains(a.Id))
                .Where(a =>
                    (a.EndsOn != null && a.EndsOn < today)
                    || db.Citizens.Any(c =>
                        (c.Id == a.CitizenId || c.Id == a.BeneficiaryCitizenId) && c.DeathDate != null && c.DeathDate <= today
                    )
                )
                .OrderBy(a => a.Id)
                .Take(AutomaticBatch)
                .Include(a => a.Measure!)
                    .ThenInclude(m => m.StopGrounds)
                .Include(a => a.Periods)
                .Include(a => a.Changes)
                .AsSplitQuery()
                .ToListAsync(ct);
            if (batch.Count == 0) break;
            var ids = batch.SelectMany(a => new[] { a.CitizenId, a.BeneficiaryCitizenId ?? 0 }).Distinct().ToList();
            var deaths = await db.Citizens.AsNoTracking().Where(c => ids.Contains(c.Id) && c.DeathDate != null && c.DeathDate <= today)
                .ToDictionaryAsync(c => c.Id, c => c.DeathDate!.Value, ct);
            var childIds = batch.Select(a => a.BeneficiaryCitizenId).OfType<long>().Distinct().ToList();
            var births = await db.Citizens.AsNoTracking().Where(c => childIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.BirthDate, ct);
            foreach (var a in batch)
            {
                skip.Add(a.Id);
                StopIfDue(user, a, today, deaths, births, ended, deceased);
            }
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }
        return new AutomaticStopResult(today, ended, deceased);
    }

    /// <summary>Stops one assignment at its term's end or on a death, whichever comes first; the number goes to the list of its reason.</summary>
    private void StopIfDue(
        UserContext? user,
        Assignment a,
        DateOnly today,
        IReadOnlyDictionary<long, DateOnly> deaths,
        IReadOnlyDictionary<long, DateOnly> births,
        List<string> ended,
        List<string> deceased
    )
    {
        var oldStatus = a.Status;
        var measure = a.Measure!;
        var death = Death(a, deaths);
        var deathStop = death is { } d ? AssignmentRules.StopFrom(measure.StopRule, d.Date) : (DateOnly?)null;
        var termStop = AssignmentStatusRules.TermIsOver(a, today) ? a.EndsOn!.Value.AddDays(1) : (DateOnly?)null;
        DateOnly from;
        if (termStop is { } t && (deathStop is null || t <= deathStop))
        {
            from = AssignmentStatusRules.StopAtTermEnd(a, measure, today, clock.NowUtc,
                a.BeneficiaryCitizenId is { } child ? births.GetValueOrDefault(child) : null);
            ended.Add(a.Number);
        }
        else if (death is { } dd)
        {
            from = AssignmentStatusRules.StopOnDeath(a, measure, dd.OfBeneficiary, dd.Date, today, clock.NowUtc);
            deceased.Add(a.Number);
        }
        else return;
        a.Version++;
        audit.Add(user, AuditAction.Update, Entity, a.Number, a.CitizenId,
            $"Автоматическое прекращение выплаты {a.Number} с {from:dd.MM.yyyy}: {a.StatusReason}",
            [new("Статус", AssignmentService.Russian(oldStatus), AssignmentService.Russian(a.Status)),
             new("Прекращена с", "—", $"{from:dd.MM.yyyy}")]);
    }

    /// <summary>The earlier death of the recipient and the child, if the registry has one.</summary>
    private static (DateOnly Date, bool OfBeneficiary)? Death(Assignment a, IReadOnlyDictionary<long, DateOnly> deaths)
    {
        (DateOnly, bool)? recipient = deaths.TryGetValue(a.CitizenId, out var r) ? (r, false) : null;
        (DateOnly, bool)? child = a.BeneficiaryCitizenId is { } b && deaths.TryGetValue(b, out var c) ? (c, true) : null;
        if (recipient is null) return child;
        if (child is null) return recipient;
        return child.Value.Item1 < recipient.Value.Item1 ? child : recipient;
    }
}
