using Sobes.Domain.Appeals;
using Sobes.Domain.Registry;

namespace Sobes.Infrastructure.Appeals;

/// <summary>Registration of a complaint (seed 002 cl. 23.7, 23.7.1).</summary>
public sealed class RegisterComplaintInput
{
    public long CitizenId { get; set; }
    /// <summary>Null: today.</summary>
    public DateOnly? ReceivedOn { get; set; }
    public ComplaintChannel Channel { get; set; } = ComplaintChannel.Post;
    public string? RepresentativeName { get; set; }
    /// <summary>Null: the application's regulation, else the seed 002 regulation (AR-PRIEM-VARNA).</summary>
    public int? RegulationId { get; set; }
    public long? ApplicationId { get; set; }
    /// <summary>The application by its journal number («З-2026-0012») instead of the id.</summary>
    public string? ApplicationNumber { get; set; }
    public long? AssignmentId { get; set; }
    public ComplaintSubject Subject { get; set; }
    public string? Text { get; set; }
    public string? Officials { get; set; }
    public string? Attachments { get; set; }
}

/// <summary>The head's extension of the term (cl. 23.9 para. 2).</summary>
public sealed class ExtendComplaintInput
{
    public int Days { get; set; }
    public string? Reason { get; set; }
    public DateOnly? NotifiedOn { get; set; }
    public int? Version { get; set; }
}

/// <summary>The answer (cl. 23.8) or leaving without an answer on the merits (cl. 23.7.3–23.7.6).</summary>
public sealed class AnswerComplaintInput
{
    public ComplaintDecision? Decision { get; set; }
    public NoAnswerGround? NoAnswerGround { get; set; }
    public string? Text { get; set; }
    /// <summary>Null: today.</summary>
    public DateOnly? AnsweredOn { get; set; }
    public int? Version { get; set; }
}

public sealed class ComplaintFilter
{
    public int? Year { get; set; }
    public ComplaintStatus? Status { get; set; }
}

/// <summary>A line of the journal of complaints.</summary>
public sealed record ComplaintListItem(
    long Id,
    string Number,
    DateOnly ReceivedOn,
    long CitizenId,
    string Complainant,
    string Address,
    ComplaintChannel Channel,
    ComplaintSubject Subject,
    string Regulation,
    DateOnly DueOn,
    int? ExtensionDays,
    ComplaintStatus Status,
    int? WorkingDaysLeft,
    ComplaintDecision? Decision,
    DateOnly? AnsweredOn,
    bool AnsweredLate,
    string Department
);

/// <summary>The card of a complaint: the record with the names it refers to.</summary>
public sealed record ComplaintDetails(
    Complaint Complaint,
    string Complainant,
    string Address,
    string Department,
    string? DepartmentAddress,
    string RegulationCode,
    string RegulationName,
    string ComplaintClause,
    int AnswerDays,
    int MaxExtensionDays,
    string? ApplicationNumber,
    string? AssignmentNumber,
    ComplaintStatus Status,
    int? WorkingDaysLeft,
    IReadOnlyDictionary<int, string> Users,
    DateOnly Today
)
{
    public string? NameOf(int? userId) => userId is { } id ? Users.GetValueOrDefault(id) : null;
}

/// <summary>Counts for the home page (no personal data).</summary>
public sealed record ComplaintCounts(int Open, int Overdue);

/// <summary>A regulation the complaint may concern.</summary>
public sealed record RegulationOption(int Id, string Code, string Name);

/// <summary>What the registration form shows besides the input.</summary>
public sealed record ComplaintForm(Citizen Complainant, IReadOnlyList<RegulationOption> Regulations, string? ApplicationNumber);
