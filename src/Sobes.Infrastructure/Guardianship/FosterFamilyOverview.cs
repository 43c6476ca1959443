using Microsoft.EntityFrameworkCore;
using Sobes.Domain.Applications;
using Sobes.Domain.Audit;
using Sobes.Domain.Common;
using Sobes.Domain.Measures;
using Sobes.Domain.Organisations;
using Sobes.Infrastructure.Audit;
using Sobes.Infrastructure.Persistence;

namespace Sobes.Infrastructure.Guardianship;

public sealed record FamilyApplicationRow(
    long Id,
    string Number,
    DateOnly RegisteredOn,
    ApplicationStatus Status,
    string? DecisionNumber,
    DateOnly? DecidedOn
);

public sealed record FamilyAssignmentRow(
    long Id,
    string Number,
    string Measure,
    string? Child,
    DateOnly StartsOn,
    DateOnly? LastDay,
    AssignmentStatus Status,
    string? StatusReason,
    decimal MonthAmount,
    string MonthExplanation
);

/// <summary>A foster family's material support at a glance: what it may apply for, its applications, its assignments and what a month pays.</summary>
public sealed record FamilyPayments(long ContractId, string ContractNumber, long ParentCitizenId, string Parent, int Year, int Month,
    IReadOnlyList<FosterPlanLine> Plan, IReadOnlyList<FamilyApplicationRow> Applications, IReadOnlyList<FamilyAssignmentRow> Assignments)
{
    public decimal MonthTotal => Assignments.Sum(a => a.MonthAmount);
    public bool CanApply => Plan.Any(p => p.Applies);
}

public sealed class FosterFamilyOverview(SobesDbContext db, AuditLog audit, RegionClock clock, FosterApplications applications)
{
    public async Task<FamilyPayments> GetAsync(UserContext user, long contractId, int? year, int? month, CancellationToken ct = default)
    {
        var plan = await applications.PlanAsync(user, contractId, ct);
        var contract = await db.FosterContracts.AsNoTracking().FirstAsync(f => f.Id == contractId, ct);
        var parent = await db.Citizens.AsNoTracking().Where(c => c.Id == contract.FosterParentCitizenId)
            .Select(c => new { c.Id, c.Surname, c.Name, c.Patronymic }).FirstAsync(ct);
        var today = clock.Today;
        var (y, m) = (year ?? today.Year, month ?? today.Month);
        if (m is < 1 or > 12 || y is < 2000 or > 2100) throw new DomainValidationException([new("month", "Укажите месяц от 1 до 12 и год.")]);
        var apps = await db.MeasureApplications.AsNoTracking().Where(a => a.FosterContractId == contractId).OrderBy(a => a.Id)
            .Select(a => new FamilyApplicationRow(a.Id, a.Number, a.RegisteredOn, a.Status, a.DecisionNumber, a.DecidedOn)).ToListAsync(ct);
        var assignments = await db.Assignments.AsNoTracking().Where(a => a.FosterContractId == contractId)
            .Include(a => a.Measure).Include(a => a.Periods).Include(a => a.Suspensions).AsSplitQuery().ToListAsync(ct);
        var childIds = assignments.Select(a => a.BeneficiaryCitizenId).OfType<long>().Distinct().ToList();
        var names = await db.Citizens.AsNoTracking().Where(c => childIds.Contains(c.Id))
            .ToDictionaryAsync(c => c.Id, c => c.Surname + " " + c.Name, ct);
        var rows = assignments.OrderBy(a => a.BeneficiaryCitizenId ?? 0).ThenBy(a => a.Measure!.Code).Select(a =>
        {
            var month = AssignmentSchedule.Month(a, a.Measure!, y, m);
            return new FamilyAssignmentRow(a.Id, a.Number, a.Measure!.ShortName, a.BeneficiaryCitizenId is { } c ? names.GetValueOrDefault(c) : null,
                a.StartsOn, a.LastPaidDay, a.Status, a.StatusReason, month.Amount, month.Explanation);
        }).ToList();
        await audit.RecordAsync(
            user,
            AuditAction.Read,
            nameof(Sobes.Domain.Guardianship.FosterContract),
            contract.Number,
            contract.FosterParentCitizenId,
            $"Выплаты приёмной семьи по договору № {contract.Number} за {m:00}.{y}",
            ct
        );
        return new FamilyPayments(
            contractId,
            contract.Number,
            parent.Id,
            string.Join(" ", new[] { parent.Surname, parent.Name, parent.Patronymic }.Where(s => !string.IsNullOrEmpty(s))),
            y,
            m,
            plan,
            apps,
            rows
        );
    }
}
