using Sobes.Domain.SocialServices;

namespace Sobes.Infrastructure.SocialServices;

public sealed class ServiceApplicationInput
{
    public long CitizenId { get; set; }
    public DateOnly SubmittedOn { get; set; }
    public ServiceForm RequestedForm { get; set; } = ServiceForm.AtHome;
    public string? Circumstances { get; set; }
    public List<FreeServiceGround> FreeGrounds { get; set; } = [];
    public SubsistenceGroup SubsistenceGroup { get; set; } = SubsistenceGroup.Pensioners;
    /// <summary>The applicant first; an empty list means the applicant lives alone and has no income declared.</summary>
    public List<HouseholdMemberInput> Household { get; set; } = [];
}

public sealed class HouseholdMemberInput
{
    public long? CitizenId { get; set; }
    public string? FullName { get; set; }
    public string? Relation { get; set; }
    /// <summary>Month-by-month incomes (decree 1075: the twelve months before the application month).</summary>
    public List<MonthlyIncomeInput> Incomes { get; set; } = [];
    /// <summary>Shortcut for an even income (a pension): the amount is entered for each of the twelve months.</summary>
    public decimal? MonthlyAmount { get; set; }
    public string? IncomeKind { get; set; }
}

public sealed class MonthlyIncomeInput
{
    public DateOnly Month { get; set; }
    public decimal Amount { get; set; }
    public string? Kind { get; set; }
}

public sealed class DecisionInput
{
    public NeedRecognitionOutcome Outcome { get; set; }
    public DateOnly? DecidedOn { get; set; }
    public ServiceForm? Form { get; set; }
    public string? RefusalReason { get; set; }
}

public sealed class ProgrammeInput
{
    public DateOnly DrawnUpOn { get; set; }
    public DateOnly StartsOn { get; set; }
    /// <summary>Defaults to the latest date the law allows (three years).</summary>
    public DateOnly? NextReviewOn { get; set; }
    public List<ProgrammeLineInput> Lines { get; set; } = [];
}

public sealed class ProgrammeLineInput
{
    public int SocialServiceId { get; set; }
    public decimal Volume { get; set; }
    public string? Periodicity { get; set; }
    public DateOnly? PeriodFrom { get; set; }
    public DateOnly? PeriodTo { get; set; }
}

public sealed class ServiceContractInput
{
    public DateOnly ProgrammeSubmittedOn { get; set; }
    public DateOnly ConcludedOn { get; set; }
    public DateOnly StartsOn { get; set; }
    public DateOnly? EndsOn { get; set; }
}

public sealed class UrgentActInput
{
    public long CitizenId { get; set; }
    public string? Basis { get; set; }
    public DateOnly ProvidedFrom { get; set; }
    public DateOnly ProvidedTo { get; set; }
    public DateOnly DrawnUpOn { get; set; }
    public string? Conditions { get; set; }
    public DateOnly? RecipientSignedOn { get; set; }
    public List<UrgentLineInput> Lines { get; set; } = [];
}

public sealed class UrgentLineInput
{
    public int SocialServiceId { get; set; }
    public decimal Quantity { get; set; } = 1;
}

public sealed record ServiceApplicationListItem(
    long Id,
    string Number,
    long CitizenId,
    string CitizenName,
    DateOnly SubmittedOn,
    ServiceForm RequestedForm,
    NeedRecognitionOutcome Outcome,
    DateOnly DueOn,
    DateOnly? DecidedOn,
    bool Overdue,
    string? ContractNumber
);

public sealed record ServiceApplicationDetails(
    ServiceApplication Application,
    string CitizenName,
    DateOnly CitizenBirthDate,
    PerCapitaIncome Income,
    bool Overdue,
    IReadOnlyList<IndividualProgramme> Programmes,
    IReadOnlyList<ServiceContract> Contracts);

/// <summary>A review of the individual programme (ст. 16 ч. 5): the new version's dates; services are copied from the old one.</summary>
public sealed class ProgrammeReviewInput
{
    public DateOnly DrawnUpOn { get; set; }
    public DateOnly StartsOn { get; set; }
    /// <summary>Empty: three years from the start, the latest the law allows.</summary>
    public DateOnly? NextReviewOn { get; set; }
}

/// <summary>Early end of a contract (ст. 18): the last day of service and the ground.</summary>
public sealed class TerminationInput
{
    public DateOnly TerminatedOn { get; set; }
    public TerminationGround? Ground { get; set; }
    public string? Reason { get; set; }
}

/// <summary>A programme in force due for review within the notice period or overdue.</summary>
public sealed record ProgrammeReviewItem(long ProgrammeId, string Number, long ApplicationId, long CitizenId, string CitizenName, ServiceForm Form,
    DateOnly StartsOn, DateOnly NextReviewOn, bool Overdue, string? ContractNumber);
