using Sobes.Domain.Applications;
using Sobes.Domain.Organisations;

namespace Sobes.Infrastructure.Applications;

/// <summary>
/// Called when the head signs a decision that grants at least one item, after the assignments are staged and before the one SaveChanges:
/// another module brings what it keeps in step (Guardianship: a foster family's payments follow its contract from the first day).
/// </summary>
public interface IApplicationGrantHook
{
    Task AfterGrantAsync(UserContext user, MeasureApplication application, DateOnly decidedOn, CancellationToken ct);
}

/// <summary>
/// The contract an application is made from (<see cref="MeasureApplication.FosterContractId"/>), kept by Guardianship:
/// the intake checks it, the card and the printed forms name it.
/// </summary>
public interface IApplicationContracts
{
    /// <summary>Whether the contract is the user's department's and the applicant is a parent by it.</summary>
    Task<bool> IsApplicantsAsync(UserContext user, long contractId, long applicantCitizenId, CancellationToken ct);

    /// <summary>«№ 7-ПС от 02.11.2026», or null when there is no such contract.</summary>
    Task<string?> DescribeAsync(long contractId, CancellationToken ct);
}

/// <summary>Fills the draft decision of an application made from a contract from that contract (the card's button), staged and saved by the
/// implementer.</summary>
public interface IApplicationDraftFromContract
{
    Task FillAsync(UserContext user, long applicationId, int? version, CancellationToken ct);
}
