using Sobes.Domain.Common;
using Sobes.Domain.Organisations;
using Sobes.Domain.Registry;

namespace Sobes.Domain.Applications;

/// <summary>Where the application is in the procedure of the regulation.</summary>
public enum ApplicationStatus
{
    /// <summary>Registered in the journal; documents and interagency answers are being collected.</summary>
    Registered = 1,
    /// <summary>Documents complete: the decision deadline runs; the specialist checks the right and prepares the draft decision.</summary>
    UnderReview = 2,
    /// <summary>Draft checked and endorsed (виза, seed 002 cl. 15.3): waiting for the head's signature (cl. 16.2).</summary>
    AwaitingSignature = 3,
    /// <summary>Signed: every item granted or refused.</summary>
    Decided = 4,
    Withdrawn = 5,
}

public enum ApplicationChannel { InPerson = 1, Post = 2, Portal = 3, Mfc = 4 }

public enum ItemOutcome { Pending = 1, Grant = 2, Refuse = 3 }

/// <summary>How the notice of cl. 18.1 reached the applicant.</summary>
public enum NoticeWay { InPerson = 1, Post = 2, Electronic = 3 }

/// <summary>The Ministry's check of a refusal (seed 002 cl. 17.2).</summary>
public enum RefusalCheckState { NotRequired = 0, Pending = 1, Confirmed = 2, Returned = 3 }

/// <summary>An application (заявление) for one or more measures of one regulation, registered in the applications journal.</summary>
public class MeasureApplication : IOrganisationOwned
{
    public long Id { get; set; }
    /// <summary>Journal number, e.g. «З-2026-0012».</summary>
    public string Number { get; set; } = "";
    public DateOnly RegisteredOn { get; set; }
    public DateTime RegisteredAtUtc { get; set; }
    /// <summary>The applicant.</summary>
    public long CitizenId { get; set; }
    public int OrganisationId { get; set; }
    public int RegulationId { get; set; }
    /// <summary>The foster-family contract the application is for (seed 002 cl. 5): its assignments follow the family's composition.</summary>
    public long? FosterContractId { get; set; }
    public AdministrativeRegulation? Regulation { get; set; }
    public ApplicationChannel Channel { get; set; } = ApplicationChannel.InPerson;
    public PaymentMethod PaymentMethod { get; set; }
    public ApplicationStatus Status { get; set; } = ApplicationStatus.Registered;
    /// <summary>The day the last mandatory document arrived: the decision deadline counts from it (seed 002 cl. 7.1).</summary>
    public DateOnly? DocumentsCompleteOn { get; set; }
    public DateOnly? DueOn { get; set; }
    public int RegisteredByUserId { get; set; }
    /// <summary>When the specialist began to receive the applicant (the intake form was opened): intake takes at most 30 minutes (seed 002
    /// cl. 7.4, 14.3).</summary>
    public DateTime? IntakeStartedAtUtc { get; set; }
    public DateTime? DocumentsCompleteAtUtc { get; set; }
    public DateTime? PreparedAtUtc { get; set; }
    public DateTime? VisaAtUtc { get; set; }
    public DateTime? SignedAtUtc { get; set; }

    /// <summary>The search for a double payment of the same measure to the same child across the region (cl. 14.2 subcl. 3).</summary>
    public DateTime? DoublePaymentCheckedAtUtc { get; set; }
    public int? DoublePaymentCheckedByUserId { get; set; }
    public string? DoublePaymentCheckResult { get; set; }

    /// <summary>How and when the applicant was told the amounts and payment dates (cl. 18.1).</summary>
    public DateOnly? NoticeGivenOn { get; set; }
    public NoticeWay? NoticeWay { get; set; }
    public int? NoticeByUserId { get; set; }

    /// <summary>The Ministry's check of the refusal before its second copy goes to the applicant (cl. 17.2).</summary>
    public RefusalCheckState RefusalCheck { get; set; }
    public int? RefusalCheckedByUserId { get; set; }
    public DateOnly? RefusalCheckedOn { get; set; }
    public string? RefusalCheckRemark { get; set; }
    /// <summary>The refusal sent (handed) to the applicant with the documents returned (cl. 17.2, 17.3).</summary>
    public DateOnly? RefusalSentOn { get; set; }
    public int? RefusalSentByUserId { get; set; }

    public List<ApplicationItem> Items { get; set; } = [];
    public List<SubmittedDocument> Documents { get; set; } = [];
    public List<InteragencyRequest> Requests { get; set; } = [];

    /// <summary>Draft decision prepared by the specialist (cl. 14.4).</summary>
    public int? PreparedByUserId { get; set; }
    public DateOnly? PreparedOn { get; set; }
    /// <summary>Control check and visa (cl. 15.2–15.3).</summary>
    public int? VisaByUserId { get; set; }
    public DateOnly? VisaOn { get; set; }
    /// <summary>The head's signature (cl. 16.2).</summary>
    public int? SignedByUserId { get; set; }
    public DateOnly? DecidedOn { get; set; }
    /// <summary>Number of the decision (protocol) or, for a refusal, of the refusal decision in its journal (cl. 17.4).</summary>
    public string? DecisionNumber { get; set; }
    /// <summary>Why the head returned the draft (cleared when it is endorsed again).</summary>
    public string? ReturnNote { get; set; }
    public int Version { get; set; }

    private static readonly ApplicationStatus[] OpenStatuses =
    [
        ApplicationStatus.Registered,
        ApplicationStatus.UnderReview,
        ApplicationStatus.AwaitingSignature,
    ];

    /// <summary>Seed 002 cl. 15.2–15.3: the control check passed, the draft is visaed and goes to the head for signature.</summary>
    public void Visa(int userId, DateOnly on, DateTime atUtc)
    {
        if (Status is not (ApplicationStatus.Registered or ApplicationStatus.UnderReview))
            throw new ConflictException("Визировать можно проект решения, который ещё не передан на подпись.");
        if (Items.Any(i => i.Outcome == ItemOutcome.Pending))
            throw new DomainValidationException([new("items", "Проект решения не готов: по каждой мере укажите «назначить» или «отказать».")]);
        if (Items.Any(i => i.Outcome == ItemOutcome.Grant) && Status != ApplicationStatus.UnderReview)
            throw new DomainValidationException([new("items", "Назначение возможно, когда представлены все необходимые документы.")]);
        VisaByUserId = userId;
        VisaOn = on;
        VisaAtUtc = atUtc;
        ReturnNote = null;
        Status = ApplicationStatus.AwaitingSignature;
    }

    /// <summary>The head returns the draft to the specialist with a note; the visa is cleared.</summary>
    public void ReturnDraft(string? note)
    {
        if (Status != ApplicationStatus.AwaitingSignature)
            throw new ConflictException("Вернуть можно проект решения, переданный на подпись.");
        if (string.IsNullOrWhiteSpace(note))
            throw new DomainValidationException([new("note", "Укажите, что нужно исправить в проекте решения.")]);
        Status = DocumentsCompleteOn is null ? ApplicationStatus.Registered : ApplicationStatus.UnderReview;
        VisaByUserId = null;
        VisaOn = null;
        ReturnNote = note.Trim();
    }

    /// <summary>The applicant withdraws the application before the decision is signed; their documents go back.</summary>
    public void Withdraw()
    {
        if (!OpenStatuses.Contains(Status))
            throw new ConflictException("Отозвать можно заявление, по которому решение ещё не подписано.");
        Status = ApplicationStatus.Withdrawn;
        foreach (var d in Documents.Where(d => d.Source == DocumentSource.Applicant)) d.ReturnedToApplicant = true;
    }

    /// <summary>What the signed decision grants by <paramref name="item"/>, for the assignment Measures creates from it.</summary>
    public Sobes.Domain.Measures.AssignmentGrant GrantOf(ApplicationItem item) => new()
    {
        ApplicationId = Id, ApplicationItemId = item.Id, DecisionNumber = DecisionNumber ?? Number, RegisteredOn = RegisteredOn,
        CitizenId = CitizenId, BeneficiaryCitizenId = item.BeneficiaryCitizenId, FosterContractId = FosterContractId,
        OrganisationId = OrganisationId, PaymentMethod = PaymentMethod, PeriodFrom = item.PeriodFrom, PeriodTo = item.PeriodTo,
        EventDate = item.EventDate, ContractEndsOn = item.ContractEndsOn, Children = item.Children,
        ChildrenWithIncrement = item.ChildrenWithIncrement, DocumentedSum = item.DocumentedSum,
    };
}

/// <summary>One measure asked for in an application, with its outcome.</summary>
public class ApplicationItem
{
    public long Id { get; set; }
    public long ApplicationId { get; set; }
    public int MeasureId { get; set; }
    public Sobes.Domain.Measures.Measure? Measure { get; set; }
    /// <summary>The child the measure is asked for (per-child measures).</summary>
    public long? BeneficiaryCitizenId { get; set; }
    public ItemOutcome Outcome { get; set; } = ItemOutcome.Pending;
    /// <summary>The draft decision: amount, period (for a grant) or the refusal ground.</summary>
    public decimal? Amount { get; set; }
    public string? AmountBasis { get; set; }
    public DateOnly? PeriodFrom { get; set; }
    public DateOnly? PeriodTo { get; set; }
    /// <summary>The event the payment starts from (birth, placement) and, for contract-bound measures, the contract's end.</summary>
    public DateOnly? EventDate { get; set; }
    public DateOnly? ContractEndsOn { get; set; }
    public int Children { get; set; } = 1;
    public int ChildrenWithIncrement { get; set; }
    public decimal? DocumentedSum { get; set; }
    public int? RefusalGroundId { get; set; }
    public RefusalGround? RefusalGround { get; set; }
    public string? RefusalDetails { get; set; }
    /// <summary>Number of the refusal decision in the one refusal journal of all kinds of payments, e.g. «ОТК-2026-0003» (seed 002 cl.
    /// 17.4, 17.6).</summary>
    public string? RefusalNumber { get; set; }
    /// <summary>The assignment created when the grant was signed.</summary>
    public long? AssignmentId { get; set; }
    public Sobes.Domain.Measures.Assignment? Assignment { get; set; }

    /// <summary>The draft grants the measure: the amount on the first day, the period and the figures it was computed from.</summary>
    public void Grant(decimal amount, string? basis, DateOnly from, DateOnly? to, GrantFigures figures)
    {
        if (to is { } t && t < from) throw new DomainValidationException([new("periodTo", "Окончание выплаты раньше её начала.")]);
        Outcome = ItemOutcome.Grant;
        Amount = amount;
        AmountBasis = basis;
        PeriodFrom = from;
        PeriodTo = to;
        EventDate = figures.EventDate;
        ContractEndsOn = figures.ContractEndsOn;
        Children = figures.Children;
        ChildrenWithIncrement = figures.ChildrenWithIncrement;
        DocumentedSum = figures.DocumentedSum;
        RefusalGroundId = null;
        RefusalGround = null;
        RefusalDetails = null;
    }

    /// <summary>The draft refuses the measure on a ground of the regulation (seed 002 cl. 17.1).</summary>
    public void Refuse(RefusalGround ground, string? details)
    {
        Outcome = ItemOutcome.Refuse;
        RefusalGroundId = ground.Id;
        RefusalGround = ground;
        RefusalDetails = string.IsNullOrWhiteSpace(details) ? null : details.Trim();
        Amount = null;
        AmountBasis = null;
        PeriodFrom = null;
        PeriodTo = null;
    }

    /// <summary>The draft leaves the measure undecided.</summary>
    public void LeavePending()
    {
        Outcome = ItemOutcome.Pending;
        RefusalGroundId = null;
        RefusalGround = null;
        Amount = null;
    }
}

/// <summary>What a grant's amount and period were computed from.</summary>
public sealed record GrantFigures(DateOnly? EventDate, DateOnly? ContractEndsOn, int Children, int ChildrenWithIncrement, decimal? DocumentedSum);

/// <summary>A document of the regulation's list received for the application.</summary>
public class SubmittedDocument
{
    public long Id { get; set; }
    public long ApplicationId { get; set; }
    public int RegulationDocumentId { get; set; }
    public RegulationDocument? RegulationDocument { get; set; }
    public DocumentSource Source { get; set; }
    public DateOnly ReceivedOn { get; set; }
    public DateOnly? IssuedOn { get; set; }
    /// <summary>Series, number, issuer — as written on the document.</summary>
    public string Details { get; set; } = "";
    /// <summary>Originals returned to the applicant after copying (cl. 10.2, 17.3).</summary>
    public bool ReturnedToApplicant { get; set; }
}

/// <summary>A request to another body for information the department obtains itself (межведомственный запрос).</summary>
public class InteragencyRequest
{
    public long Id { get; set; }
    public long ApplicationId { get; set; }
    public int? RegulationDocumentId { get; set; }
    public RegulationDocument? RegulationDocument { get; set; }
    /// <summary>ЗАГС, Социальный фонд России, орган жилищного учёта …</summary>
    public string Body { get; set; } = "";
    public string Subject { get; set; } = "";
    public DateOnly SentOn { get; set; }
    public DateOnly DueOn { get; set; }
    public DateOnly? AnsweredOn { get; set; }
    public string? Answer { get; set; }
    /// <summary>Whether the answer confirms the information (a negative answer is recorded too).</summary>
    public bool? Confirms { get; set; }
}
