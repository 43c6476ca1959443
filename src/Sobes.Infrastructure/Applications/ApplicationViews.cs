using Sobes.Domain.Applications;
using Sobes.Domain.Measures;
using Sobes.Domain.Organisations;
using Sobes.Domain.Registry;

namespace Sobes.Infrastructure.Applications;

public sealed record ApplicationListItem(
    long Id, string Number, DateOnly RegisteredOn, long CitizenId, string Applicant, ApplicationStatus Status, string Measures,
    DateOnly? DueOn, int? WorkingDaysLeft, bool Overdue, string? DecisionNumber, DateOnly? DecidedOn);

public sealed record ApplicationPage(IReadOnlyList<ApplicationListItem> Items, int Total, int Page, int PageSize)
{
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>What the rules propose for an item before the specialist decides: the period and the amount on its first day.</summary>
public sealed record ItemProposal(DateOnly? PeriodFrom, DateOnly? PeriodTo, decimal? Amount, string? Basis, string? Error);

public sealed record ItemView(
    ApplicationItem Item, Measure Measure, string? ChildName, DateOnly? ChildBirthDate, ItemProposal Proposal,
    IReadOnlyList<EligibilityFinding> Findings, IReadOnlyList<string> Warnings, string? AssignmentNumber);

public sealed record ChildOption(long CitizenId, string FullName, DateOnly BirthDate, string Relation);

public sealed record ApplicationDetails(
    MeasureApplication Application,
    Citizen Applicant,
    Organisation Department,
    AdministrativeRegulation Regulation,
    IReadOnlyList<ChecklistRow> Checklist,
    IReadOnlyList<string> MissingDocuments,
    IReadOnlyList<ItemView> Items,
    int? WorkingDaysLeft,
    bool Overdue,
    IReadOnlyDictionary<int, string> UserNames,
    DateOnly Today)
{
    /// <summary>Unanswered past its due date, or answered late.</summary>
    public bool IsOverdue(InteragencyRequest r) => r.AnsweredOn is { } answered ? answered > r.DueOn : Today > r.DueOn;

    public string? NameOf(int? userId) => userId is { } id ? UserNames.GetValueOrDefault(id) : null;
    public IEnumerable<string> Warnings => Items.SelectMany(i => i.Warnings);
    /// <summary>«Ход предоставления услуги»: every step of the regulation against its maximum duration (seed 002 section III).</summary>
    public IReadOnlyList<StepProgress> Procedure { get; init; } = [];
    /// <summary>«№ 7-ПС от 02.11.2026» — the foster-family contract the application is for, when it was made from one.</summary>
    public string? FosterContract { get; init; }
}

/// <summary>A refusal waiting for (or past) the Ministry's check (seed 002 cl. 17.2): what the ministry sees in its queue.</summary>
public sealed record RefusalCheckItem(
    long ApplicationId, string ApplicationNumber, string Department, string Applicant, string DecisionNumber, DateOnly DecidedOn,
    IReadOnlyList<string> Refusals, RefusalCheckState State, string? Remark);

public sealed record RegisterResult(MeasureApplication Application, IReadOnlyList<string> Warnings);

public sealed record RefusalJournalItem(
    string RefusalNumber, DateOnly DecidedOn, long ApplicationId, string ApplicationNumber, DateOnly RegisteredOn, long CitizenId, string Applicant,
    string Measure, string? Child, string Ground, string LegalReference, DateOnly KeepUntil, DateOnly? SentOn = null);

/// <summary>The head's queue: drafts endorsed and awaiting signature, and applications overdue or due within two working days.</summary>
public sealed record QueueCounts(int AwaitingSignature, int Overdue, int DueSoon)
{
    public bool Any => AwaitingSignature + Overdue + DueSoon > 0;
}

public sealed record HeadQueue(IReadOnlyList<ApplicationListItem> AwaitingSignature, IReadOnlyList<ApplicationListItem> DueSoon);

/// <summary>A line of the journal of oral appeals (seed 002 appendix 6).</summary>
public sealed record OralAppealRow(
    long Id,
    DateOnly AppealedOn,
    string CitizenName,
    long? CitizenId,
    string Shortcomings,
    bool DocumentsReturned,
    string RecordedBy
);
