using Sobes.Domain.Applications;
using Sobes.Domain.Registry;

namespace Sobes.Infrastructure.Applications;

/// <summary>Intake of an application (seed 002 cl. 13.1, 14.3).</summary>
public sealed class RegisterApplicationInput
{
    public long CitizenId { get; set; }
    public int RegulationId { get; set; }
    public List<ApplicationItemInput> Items { get; set; } = [];
    /// <summary>Null: as the applicant's payment details say.</summary>
    public PaymentMethod? PaymentMethod { get; set; }
    public ApplicationChannel Channel { get; set; } = ApplicationChannel.InPerson;
    /// <summary>Null: today.</summary>
    public DateOnly? RegisteredOn { get; set; }
    /// <summary>The foster-family contract of the applicant the application is for (seed 002 cl. 5, 10.1 subcl. 3).</summary>
    public long? FosterContractId { get; set; }
    /// <summary>When the intake began (the form was opened or «Начать приём» pressed), UTC: intake takes at most 30 minutes (seed 002 cl.
    /// 7.4).</summary>
    public DateTime? IntakeStartedAtUtc { get; set; }
}

public sealed class ApplicationItemInput
{
    public int MeasureId { get; set; }
    /// <summary>The child the measure is asked for (a citizen of the registry).</summary>
    public long? BeneficiaryCitizenId { get; set; }
}

/// <summary>A document of the regulation's list received from the applicant (cl. 10).</summary>
public sealed class ReceiveDocumentInput
{
    public int RegulationDocumentId { get; set; }
    /// <summary>Null: today.</summary>
    public DateOnly? ReceivedOn { get; set; }
    public DateOnly? IssuedOn { get; set; }
    public string? Details { get; set; }
    public int? Version { get; set; }
}

public sealed class SendRequestInput
{
    public int? RegulationDocumentId { get; set; }
    /// <summary>Null: the body the regulation names for the document.</summary>
    public string? Body { get; set; }
    public string? Subject { get; set; }
    public DateOnly? SentOn { get; set; }
    public int? Version { get; set; }
}

public sealed class RequestAnswerInput
{
    public DateOnly? AnsweredOn { get; set; }
    public string? Answer { get; set; }
    public bool Confirms { get; set; }
    public int? Version { get; set; }
}

/// <summary>The draft decision (cl. 14.4): one line per item of the application.</summary>
public sealed class DraftDecisionInput
{
    public List<DraftItemInput> Items { get; set; } = [];
    public int? Version { get; set; }
}

public sealed class DraftItemInput
{
    public long ItemId { get; set; }
    public ItemOutcome Outcome { get; set; }
    /// <summary>Null: by the measure's start and end rules.</summary>
    public DateOnly? PeriodFrom { get; set; }
    public DateOnly? PeriodTo { get; set; }
    public DateOnly? EventDate { get; set; }
    public DateOnly? ContractEndsOn { get; set; }
    public int Children { get; set; } = 1;
    public int ChildrenWithIncrement { get; set; }
    public decimal? DocumentedSum { get; set; }
    public int? RefusalGroundId { get; set; }
    public string? RefusalDetails { get; set; }
}

/// <summary>Visa, signature, return and withdrawal: the version read and, for a return or withdrawal, the reason.</summary>
public sealed class StepInput
{
    public string? Note { get; set; }
    public int? Version { get; set; }
}

/// <summary>The notice of the amounts and payment dates given or sent to the applicant (seed 002 cl. 18.1).</summary>
public sealed class NoticeInput
{
    /// <summary>Null: today.</summary>
    public DateOnly? GivenOn { get; set; }
    public NoticeWay? Way { get; set; }
    public int? Version { get; set; }
}

/// <summary>The Ministry's check of a refusal (seed 002 cl. 17.2): confirmed as well-founded, or returned with a remark.</summary>
public sealed class RefusalCheckInput
{
    public bool Confirmed { get; set; }
    public string? Remark { get; set; }
    public int? Version { get; set; }
}

/// <summary>The refusal's copy sent (handed) to the applicant with the documents returned (seed 002 cl. 17.2–17.3).</summary>
public sealed class RefusalSentInput
{
    /// <summary>Null: today.</summary>
    public DateOnly? SentOn { get; set; }
    public int? Version { get; set; }
}

/// <summary>An oral appeal for the journal of appendix 6 (seed 002 cl. 14.2 subcl. 5).</summary>
public sealed class OralAppealInput
{
    /// <summary>Null: today.</summary>
    public DateOnly? AppealedOn { get; set; }
    public string? CitizenName { get; set; }
    public long? CitizenId { get; set; }
    public int? RegulationId { get; set; }
    public string? Shortcomings { get; set; }
    public bool DocumentsReturned { get; set; } = true;
}

public sealed class ApplicationFilter
{
    public ApplicationStatus? Status { get; set; }
    public bool Overdue { get; set; }
    public int? MeasureId { get; set; }
    /// <summary>Journal number or the applicant's surname (with name and patronymic prefixes).</summary>
    public string? Q { get; set; }
    public int Page { get; set; } = 1;
    public int PageSize { get; set; } = 25;
}
