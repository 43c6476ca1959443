using Sobes.Domain.Measures;
using Sobes.Domain.Organisations;

namespace Sobes.Infrastructure.Measures;

/// <summary>
/// A module that computes some assignments itself (Guardianship: a foster parent's remuneration follows the family day by day).
/// <see cref="AssignmentFactory.RecalculateMeasureAsync"/> asks the hooks first, for each assignment of a measure recalculated
/// after a new dated amount or parameter; the hook stages its changes, the caller saves once.
/// </summary>
public interface IMeasureRecalculationHook
{
    /// <summary>Null when the assignment is not the hook's (the factory recalculates it); otherwise whether its amounts changed.</summary>
    Task<bool?> RecalculateAsync(UserContext user, Assignment assignment, DateOnly from, string reason, CancellationToken ct);
}

/// <summary>The administrative regulations a measure is provided under (owned by Applications): the catalogue names and offers
/// them.</summary>
public interface IMeasureRegulations
{
    Task<IReadOnlyList<RegulationRef>> ListAsync(CancellationToken ct);

    Task<RegulationRef?> FindAsync(int regulationId, CancellationToken ct);
}

public sealed record RegulationRef(int Id, string Code, string Name);

/// <summary>The journal number of the application an assignment was granted on (owned by Applications), for the assignment's
/// card.</summary>
public interface IAssignmentApplications
{
    Task<string?> NumberAsync(long applicationId, CancellationToken ct);
}

/// <summary>What the payment periods (owned by Payments) have accrued on an assignment, for the assignment's card.</summary>
public interface IPaidMonthsQuery
{
    /// <summary>Accrued and withheld by month of <paramref name="year"/>, re-payments of returns aside.</summary>
    Task<IReadOnlyDictionary<int, (decimal Accrued, decimal Deducted)>> ByMonthAsync(
        UserContext user,
        long assignmentId,
        int year,
        CancellationToken ct
    );

    /// <summary>The months from <paramref name="from"/> on already accrued: what a stop registered now makes overpaid.</summary>
    Task<PaidMonths> FromAsync(UserContext user, long assignmentId, DateOnly from, CancellationToken ct);
}

/// <param name="Months">«03.2026», in order.</param>
public sealed record PaidMonths(IReadOnlyList<string> Months, decimal Sum);
