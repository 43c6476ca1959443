using Sobes.Domain.Common;
using Sobes.Domain.Organisations;
using Sobes.Domain.SocialServices;
using Sobes.Infrastructure.Audit;
using Sobes.Infrastructure.Calendar;
using Sobes.Infrastructure.Persistence;

namespace Sobes.Infrastructure.SocialServices;

/// <summary>
/// The recipient's path of 442-ФЗ: application (ст. 14) → decision on the need within five working days (ст. 15) →
/// individual programme (ст. 16) → contract with the provider (ст. 17), its end (ст. 18), urgent services (ст. 21).
/// One entry point for pages, API, seed and tests; each step is its own use-case class.
/// </summary>
public sealed class RecipientPathService(SobesDbContext db, AuditLog audit, RegionClock clock, CalendarService calendar)
{
    private readonly ServiceApplicationIntake intake = new(db, audit, clock, calendar);
    private readonly NeedRecognitionDecision decision = new(db, audit, clock);
    private readonly ProgrammeDrafting drafting = new(db, audit);
    private readonly ProgrammeReview review = new(db, audit, clock);
    private readonly ServiceContractConclusion conclusion = new(db, audit, clock);
    private readonly ServiceContractTermination termination = new(db, audit, clock);
    private readonly UrgentServiceActs urgent = new(db, audit, clock);

    /// <summary>Whether the user acts for a provider of social services (concludes contracts, records services).</summary>
    public Task<bool> IsProviderAsync(UserContext user, CancellationToken ct = default) => db.IsProviderAsync(user, ct);

    public Task<IReadOnlyList<ServiceApplicationListItem>> ListAsync(
        UserContext user,
        NeedRecognitionOutcome? outcome = null,
        CancellationToken ct = default
    ) => intake.ListAsync(user, outcome, ct);

    public Task<ServiceApplication> CreateAsync(UserContext user, ServiceApplicationInput input, CancellationToken ct = default) =>
        intake.CreateAsync(user, input, ct);

    public Task<ServiceApplicationDetails> GetAsync(UserContext user, long id, CancellationToken ct = default) =>
        intake.GetAsync(user, id, ct);

    public Task<NeedRecognition> DecideAsync(UserContext user, long applicationId, DecisionInput input, CancellationToken ct = default) =>
        decision.DecideAsync(user, applicationId, input, ct);

    public Task<IndividualProgramme> CreateProgrammeAsync(
        UserContext user,
        long applicationId,
        ProgrammeInput input,
        CancellationToken ct = default
    ) => drafting.CreateProgrammeAsync(user, applicationId, input, ct);

    public Task<ServiceContract> ConcludeContractAsync(
        UserContext user,
        long programmeId,
        ServiceContractInput input,
        CancellationToken ct = default
    ) => conclusion.ConcludeContractAsync(user, programmeId, input, ct);

    public Task<IReadOnlyList<ProgrammeReviewItem>> DueForReviewAsync(
        UserContext user,
        int days = IndividualProgrammeRules.ReviewNoticeDays,
        CancellationToken ct = default
    ) => review.DueForReviewAsync(user, days, ct);

    public Task<IndividualProgramme> ReviewProgrammeAsync(
        UserContext user,
        long programmeId,
        ProgrammeReviewInput input,
        CancellationToken ct = default
    ) => review.ReviewProgrammeAsync(user, programmeId, input, ct);

    public Task<ServiceContract> TerminateContractAsync(UserContext user, long contractId, TerminationInput input, CancellationToken ct = default) =>
        termination.TerminateContractAsync(user, contractId, input, ct);

    public Task<IReadOnlyList<(UrgentServiceAct Act, string CitizenName)>> UrgentActsAsync(UserContext user, CancellationToken ct = default) =>
        urgent.UrgentActsAsync(user, ct);

    public Task<UrgentServiceAct> CreateUrgentActAsync(UserContext user, UrgentActInput input, CancellationToken ct = default) =>
        urgent.CreateUrgentActAsync(user, input, ct);
}
