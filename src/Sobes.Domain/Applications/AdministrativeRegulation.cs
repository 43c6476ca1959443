using Sobes.Domain.Organisations;

namespace Sobes.Domain.Applications;

public enum DurationUnit { Minutes = 1, Hours = 2, WorkingDays = 3, CalendarDays = 4 }

/// <summary>A maximum duration as a regulation writes it: «30 минут», «9 рабочих дней», «десять дней».</summary>
public sealed record RegulatedDuration(int Value, DurationUnit Unit)
{
    public string Russian() => Unit switch
    {
        DurationUnit.Minutes => $"{Value} мин.",
        DurationUnit.Hours => $"{Value} ч.",
        DurationUnit.WorkingDays => $"{Value} раб. дн.",
        DurationUnit.CalendarDays => $"{Value} календ. дн.",
        _ => Value.ToString(),
    };
}

/// <summary>Who brings a document: the applicant, or the department requests it from another body itself (210-ФЗ ст. 7).</summary>
public enum DocumentSource { Applicant = 1, Interagency = 2 }

/// <summary>
/// The administrative regulation of a state service (административный регламент): documents, steps with performers and durations,
/// the decision deadline, grounds for refusal and the appeal deadlines. Seed 002 is a complete example.
/// </summary>
public class AdministrativeRegulation
{
    public int Id { get; set; }
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    /// <summary>The act that approved the regulation.</summary>
    public int? LegalActId { get; set; }
    public Sobes.Domain.Measures.LegalAct? LegalAct { get; set; }
    /// <summary>Decision deadline counted from the day all documents are complete (seed 002 cl. 7.1: ten days).</summary>
    public RegulatedDuration DecisionDeadline { get; set; } = new(10, DurationUnit.CalendarDays);
    public string DecisionDeadlineClause { get; set; } = "";
    /// <summary>Days to answer a complaint (seed 002 cl. 23.9: 30) and the most the head may extend it by (15).</summary>
    public int ComplaintAnswerDays { get; set; } = 30;
    public int ComplaintExtensionDays { get; set; } = 15;
    public string ComplaintClause { get; set; } = "";
    /// <summary>Days an interagency request may take (210-ФЗ ст. 7.2 ч. 3: five working days).</summary>
    public int InteragencyAnswerWorkingDays { get; set; } = 5;
    /// <summary>
    /// A refusal's second copy goes to the applicant only after the Ministry has checked it is well-founded (seed 002 cl. 17.2).
    /// </summary>
    public bool RefusalCheckedByMinistry { get; set; }
    public bool IsActive { get; set; } = true;

    public List<RegulationDocument> Documents { get; set; } = [];
    public List<RegulationStep> Steps { get; set; } = [];
    public List<RefusalGround> RefusalGrounds { get; set; } = [];
}

/// <summary>A document of the regulation's list (seed 002 cl. 10.1).</summary>
public class RegulationDocument
{
    public int Id { get; set; }
    public int RegulationId { get; set; }
    public int Order { get; set; }
    public string Name { get; set; } = "";
    public string Clause { get; set; } = "";
    public bool Mandatory { get; set; } = true;
    public DocumentSource Source { get; set; } = DocumentSource.Applicant;
    /// <summary>The body that issues it and that the department asks in an interagency request (ЗАГС, СФР …).</summary>
    public string? ProvidingBody { get; set; }
    /// <summary>How long after issue the document is accepted (seed 002 cl. 10.5: the residence certificate, one month = 30 days).</summary>
    public int? ValidityDays { get; set; }
    /// <summary>
    /// Documents sharing a group are alternatives: any one of them satisfies the list
    /// (seed 002 cl. 10.1 subcl. 7: one of eight kinds of proof that parental care is absent).
    /// </summary>
    public string? AlternativeGroup { get; set; }
    /// <summary>When the document is needed only in some cases: «для обучающегося ребёнка».</summary>
    public string Condition { get; set; } = "";
}

/// <summary>A step of the procedure with its performer and maximum duration (seed 002 section III).</summary>
public class RegulationStep
{
    public int Id { get; set; }
    public int RegulationId { get; set; }
    public int Order { get; set; }
    public string Name { get; set; } = "";
    public string Clause { get; set; } = "";
    public Role PerformerRole { get; set; }
    /// <summary>As the regulation names the performer: «специалист по выплате», «начальник Управления».</summary>
    public string Performer { get; set; } = "";
    public RegulatedDuration MaxDuration { get; set; } = new(1, DurationUnit.WorkingDays);
    /// <summary>Which recorded moment of the application the step is tracked by (none: shown as the regulation writes it).</summary>
    public ProcedureMilestone Milestone { get; set; }
}

/// <summary>The recorded moments a step of the procedure is tracked by (seed 002 section III).</summary>
public enum ProcedureMilestone
{
    None = 0,
    /// <summary>Intake and registration in the journal (cl. 7.4, 14.2–14.3): from «начать приём» to the registration.</summary>
    Intake = 1,
    /// <summary>Forming the case and the draft decision (cl. 14.4–14.5): from complete documents to the draft.</summary>
    CaseForming = 2,
    /// <summary>Control check and visa (cl. 15).</summary>
    ControlVisa = 3,
    /// <summary>The head's signature within one working day of the visa (cl. 16.2).</summary>
    Signature = 4,
    /// <summary>The decision and its delivery within ten days of complete documents (cl. 7.1).</summary>
    Decision = 5,
    /// <summary>The refusal: the Ministry's check and the copy sent with the documents (cl. 17).</summary>
    Refusal = 6,
    /// <summary>The notice of the amounts and payment dates (cl. 18.1).</summary>
    Notice = 7,
    /// <summary>Payment steps (cl. 19): done in the Payments module.</summary>
    Payment = 8,
}

/// <summary>A ground for refusal with its legal reference (seed 002 cl. 17.1, 17.3).</summary>
public class RefusalGround
{
    public int Id { get; set; }
    public int RegulationId { get; set; }
    public string Code { get; set; } = "";
    public string Text { get; set; } = "";
    /// <summary>Subclause, clause, article, title, number and date of the act (cl. 17.3).</summary>
    public string LegalReference { get; set; } = "";
}
