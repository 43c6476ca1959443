using Sobes.Domain.Measures;

namespace Sobes.Infrastructure.Measures;

/// <summary>Filters of the assignments list; <see cref="CitizenId"/> is the recipient, <see cref="PersonId"/> either the recipient or the
/// child.</summary>
public sealed class AssignmentFilter
{
    public AssignmentStatus? Status { get; set; }
    public int? MeasureId { get; set; }
    public long? CitizenId { get; set; }
    public long? BeneficiaryId { get; set; }
    public long? PersonId { get; set; }
    public string? Number { get; set; }
    /// <summary>The beginning of the recipient's surname (case and Ё/Е ignored, as the registry searches).</summary>
    public string? Recipient { get; set; }
    public int Page { get; set; } = 1;
    public int PageSize { get; set; } = 50;
}

public sealed record AssignmentListItem(
    long Id, string Number, long CitizenId, string CitizenName, long? BeneficiaryCitizenId, string? BeneficiaryName,
    int MeasureId, string MeasureName, AssignmentStatus Status, DateOnly StartsOn, DateOnly? EndsOn, DateOnly? SuspendedFrom, DateOnly? StoppedFrom,
    decimal? CurrentAmount);

/// <param name="MonthlySum">Sum of the amounts in force today of the active monthly assignments the filter finds.</param>
public sealed record AssignmentPage(IReadOnlyList<AssignmentListItem> Items, int Total, decimal MonthlySum, int Page, int PageSize);

public sealed record AssignmentDetails(
    Assignment Assignment, Measure Measure, string RecipientName, string? BeneficiaryName, DateOnly? BeneficiaryBirthDate,
    string? ApplicationNumber, string OrganisationName, IReadOnlyDictionary<int, string> UserNames, decimal? CurrentAmount, DateOnly Today)
{
    public StopGround? StopGround => Assignment.StopGroundCode is { } code ? Measure.StopGrounds.FirstOrDefault(g => g.Code == code) : null;
}

/// <summary>Stop on a ground of the measure (seed 002 cl. 8.1): the event, the document establishing it and when it was registered (default
/// today).</summary>
public sealed class StopInput
{
    public string? GroundCode { get; set; }
    public DateOnly? EventDate { get; set; }
    public string? Document { get; set; }
    public DateOnly? RegisteredOn { get; set; }
}

public sealed class SuspendInput
{
    /// <summary>First day not paid.</summary>
    public DateOnly? From { get; set; }
    public string? Reason { get; set; }
    public string? Document { get; set; }
}

public sealed class ResumeInput
{
    /// <summary>First day paid again.</summary>
    public DateOnly? From { get; set; }
    public string? Reason { get; set; }
}

/// <summary>New inputs of the amount rule from a date; absent values keep the assignment's.</summary>
public sealed class RecalculateInput
{
    public DateOnly? From { get; set; }
    public int? Children { get; set; }
    public int? ChildrenWithIncrement { get; set; }
    public decimal? DocumentedSum { get; set; }
    public string? Reason { get; set; }
}

/// <summary>What a run of automatic stops did: numbers stopped at the end of the term and on a death.</summary>
public sealed record AutomaticStopResult(DateOnly Today, IReadOnlyList<string> TermEnded, IReadOnlyList<string> OnDeath)
{
    public int Count => TermEnded.Count + OnDeath.Count;
}
