using Microsoft.EntityFrameworkCore;
using Sobes.Domain.Applications;
using Sobes.Domain.Measures;
using Sobes.Domain.Organisations;
using Sobes.Infrastructure.Applications;
using Sobes.Infrastructure.Measures;
using Sobes.Infrastructure.Persistence;

namespace Sobes.Infrastructure.Guardianship;

/// <summary>Measures' recalculation of a measure: a foster parent's remuneration is recomputed span by span of the family's
/// composition.</summary>
public sealed class FosterRemunerationRecalculation(FosterPayments foster) : IMeasureRecalculationHook
{
    public async Task<bool?> RecalculateAsync(UserContext user, Assignment assignment, DateOnly from, string reason, CancellationToken ct) =>
        assignment.FosterContractId is { } contractId && assignment.BeneficiaryCitizenId is null
            ? await foster.RecomputeAsync(user, contractId, assignment, from, reason, ct)
            : null;
}

/// <summary>The head's signature of a foster family's application: the grants are brought in line with the contract (seed 002 cl. 4,
/// 8.1).</summary>
public sealed class FosterGrantHook(FosterPayments foster) : IApplicationGrantHook
{
    public async Task AfterGrantAsync(UserContext user, MeasureApplication application, DateOnly decidedOn, CancellationToken ct)
    {
        if (application.FosterContractId is not { } contractId) return;
        await foster.AfterGrantAsync(user, contractId,
            $"Решение № {application.DecisionNumber} от {decidedOn:dd.MM.yyyy}: выплаты по составу приёмной семьи", ct);
    }
}

/// <summary>The foster-family contract an application is made from: the intake's check, the card's and the forms' «№ … от …».</summary>
public sealed class FosterApplicationContracts(SobesDbContext db) : IApplicationContracts
{
    public Task<bool> IsApplicantsAsync(UserContext user, long contractId, long applicantCitizenId, CancellationToken ct) =>
        db.FosterContracts.AnyAsync(f => f.Id == contractId && f.OrganisationId == user.OrganisationId
            && (f.FosterParentCitizenId == applicantCitizenId || f.SecondFosterParentCitizenId == applicantCitizenId), ct);

    public async Task<string?> DescribeAsync(long contractId, CancellationToken ct) =>
        await db
            .FosterContracts.AsNoTracking()
            .Where(f => f.Id == contractId)
            .Select(f => new { f.Number, f.ConcludedOn })
            .FirstOrDefaultAsync(ct)
            is { } c
            ? $"№ {c.Number} от {c.ConcludedOn:dd.MM.yyyy}"
            : null;
}

/// <summary>The application card's «Заполнить проект по договору».</summary>
public sealed class FosterDraftFromContract(FosterApplications applications) : IApplicationDraftFromContract
{
    public Task FillAsync(UserContext user, long applicationId, int? version, CancellationToken ct) =>
        applications.DraftAsync(user, applicationId, version, ct);
}
