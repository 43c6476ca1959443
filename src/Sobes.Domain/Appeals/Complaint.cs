using Sobes.Domain.Applications;
using Sobes.Domain.Calendar;
using Sobes.Domain.Common;
using Sobes.Domain.Organisations;

namespace Sobes.Domain.Appeals;

/// <summary>How the complaint reached the department (seed 002 cl. 23.2, 23.7, 23.11).</summary>
public enum ComplaintChannel { InPerson = 1, Post = 2, Representative = 3, Electronic = 4, HigherBody = 5 }

/// <summary>What may be appealed — exactly the five subjects of seed 002 cl. 23.1.</summary>
public enum ComplaintSubject
{
    /// <summary>1) the department's decision to refuse the payments.</summary>
    RefusalDecision = 1,
    /// <summary>2) whether the amounts were determined lawfully.</summary>
    AmountCorrectness = 2,
    /// <summary>3) violation of the deadlines of actions and procedures of the regulation.</summary>
    DeadlineViolation = 3,
    /// <summary>4) incorrect conduct of officials towards the citizen.</summary>
    OfficialMisconduct = 4,
    /// <summary>5) an incompetent consultation given by an official.</summary>
    IncompetentConsultation = 5,
}

/// <summary>The result of the review (seed 002 cl. 23.8) or leaving it without an answer on the merits (cl. 23.7.3–23.7.6).</summary>
public enum ComplaintDecision { Satisfied = 1, Refused = 2, LeftWithoutAnswer = 3 }

/// <summary>Why a written complaint is left without an answer on the merits (seed 002 cl. 23.7.3–23.7.6).</summary>
public enum NoAnswerGround
{
    /// <summary>cl. 23.7.3: no surname or postal address for the answer.</summary>
    NoNameOrAddress = 1,
    /// <summary>cl. 23.7.4: obscene or offensive language, threats to an official or their family.</summary>
    Abusive = 2,
    /// <summary>cl. 23.7.5: the text cannot be read.</summary>
    Illegible = 3,
    /// <summary>cl. 23.7.6: the same question answered on the merits many times, with no new arguments.</summary>
    Repeated = 4,
}

/// <summary>Where the complaint stands on a given day; «просрочена» is derived from the due date, never stored.</summary>
public enum ComplaintStatus { UnderReview = 1, Extended = 2, Answered = 3, Overdue = 4 }

/// <summary>
/// A pre-trial complaint (жалоба) about a decision, action or inaction of the department under an administrative regulation
/// (seed 002 section V), registered in the department's yearly journal of complaints. Not the quality-indicator complaint of seed 004.
/// </summary>
public class Complaint : IOrganisationOwned
{
    public long Id { get; set; }
    /// <summary>Journal number, e.g. «Ж-2026-0003».</summary>
    public string Number { get; set; } = "";
    /// <summary>The department that received and reviews it.</summary>
    public int OrganisationId { get; set; }
    public DateOnly ReceivedOn { get; set; }
    public DateTime RegisteredAtUtc { get; set; }
    public int RegisteredByUserId { get; set; }
    public ComplaintChannel Channel { get; set; }
    /// <summary>The complainant from the registry: name and postal address for the answer come from there (cl. 23.7.1, 23.7.3).</summary>
    public long CitizenId { get; set; }
    /// <summary>A legal representative who filed it for the citizen (cl. 23.2).</summary>
    public string? RepresentativeName { get; set; }
    public int RegulationId { get; set; }
    public AdministrativeRegulation? Regulation { get; set; }
    public long? ApplicationId { get; set; }
    public long? AssignmentId { get; set; }
    public ComplaintSubject Subject { get; set; }
    /// <summary>The essence, the reasons for disagreement and what is asked (cl. 23.7.1).</summary>
    public string Text { get; set; } = "";
    /// <summary>The officials whose decisions or conduct are complained about, as the complainant names them.</summary>
    public string? Officials { get; set; }
    /// <summary>The list of attached copies (cl. 23.7.1 para. 2).</summary>
    public string? Attachments { get; set; }
    /// <summary>The answer is due on this day (cl. 23.9): 30 days from receipt, or 30 + N after the extension.</summary>
    public DateOnly DueOn { get; set; }

    /// <summary>The head's extension (cl. 23.9 para. 2): once, by 1–15 days, with the reason and the written notice to the
    /// citizen.</summary>
    public int? ExtensionDays { get; set; }
    public string? ExtensionReason { get; set; }
    public DateOnly? ExtendedOn { get; set; }
    public int? ExtendedByUserId { get; set; }
    public DateOnly? CitizenNotifiedOn { get; set; }

    /// <summary>The answer (cl. 23.8).</summary>
    public ComplaintDecision? Decision { get; set; }
    public NoAnswerGround? NoAnswerGround { get; set; }
    public string? AnswerText { get; set; }
    public DateOnly? AnsweredOn { get; set; }
    public int? AnsweredByUserId { get; set; }
    public int Version { get; set; }

    public bool IsAnswered => AnsweredOn is not null;
    /// <summary>Answered after the due date: allowed, marked «с нарушением срока».</summary>
    public bool AnsweredLate => AnsweredOn is { } on && on > DueOn;

    public ComplaintStatus StatusOn(DateOnly today) =>
        IsAnswered ? ComplaintStatus.Answered
        : DueOn < today ? ComplaintStatus.Overdue
        : ExtensionDays is not null ? ComplaintStatus.Extended
        : ComplaintStatus.UnderReview;

    /// <summary>
    /// Seed 002 cl. 23.9 para. 2: when an investigation, inspection or examination is needed, the head may extend the term once, by at most
    /// 15 days, telling the citizen in writing why. The new term counts from receipt: 30 + N days.
    /// </summary>
    public void Extend(AdministrativeRegulation regulation, ProductionCalendar calendar, int days, string? reason,
        DateOnly? notifiedOn, DateOnly today, int headUserId)
    {
        if (IsAnswered) throw new ConflictException("На жалобу уже дан ответ: срок рассмотрения не продлевается.");
        if (ExtensionDays is not null)
            throw new ConflictException(
                $"Срок рассмотрения уже продлён до {DueOn:dd.MM.yyyy}: продлить его можно только один раз (п. 23.9 регламента)."
            );
        if (DueOn < today)
            throw new ConflictException($"Срок рассмотрения истёк {DueOn:dd.MM.yyyy}: продлить можно только не истёкший срок.");
        var errors = new List<ValidationError>();
        if (days < 1 || days > regulation.ComplaintExtensionDays)
            errors.Add(new("days", $"Срок продлевается не более чем на {regulation.ComplaintExtensionDays} дней (п. 23.9 регламента): "
                                   + $"укажите от 1 до {regulation.ComplaintExtensionDays}."));
        if (string.IsNullOrWhiteSpace(reason))
            errors.Add(new("reason", "Укажите причину продления: какое расследование, проверка или обследование требуется (п. 23.9)."));
        if (notifiedOn is not { } n)
            errors.Add(new("notifiedOn", "Укажите дату письменного уведомления заявителя о продлении срока (п. 23.9)."));
        else if (n < ReceivedOn || n > today)
            errors.Add(new("notifiedOn", "Дата уведомления — не раньше поступления жалобы и не позже сегодняшнего дня."));
        if (errors.Count > 0) throw new DomainValidationException(errors);

        ExtensionDays = days;
        ExtensionReason = reason!.Trim();
        CitizenNotifiedOn = notifiedOn;
        ExtendedOn = today;
        ExtendedByUserId = headUserId;
        DueOn = DeadlineRules.ComplaintDue(ReceivedOn, regulation, calendar, days);
    }

    /// <summary>
    /// Seed 002 cl. 23.8: satisfied (the appealed decision or action found unlawful) or refused; or, on the grounds of cl. 23.7.3–23.7.6,
    /// left
    /// without an answer on the merits (the citizen is still told why). An answer after the due date is recorded and marked late.
    /// </summary>
    public void Answer(ComplaintDecision? decision, NoAnswerGround? ground, string? text, DateOnly? answeredOn, DateOnly today, int userId)
    {
        if (IsAnswered) throw new ConflictException($"Ответ на жалобу уже дан {AnsweredOn:dd.MM.yyyy}.");
        var errors = new List<ValidationError>();
        if (decision is not { } d || !Enum.IsDefined(d))
            errors.Add(new("decision", "Выберите решение: удовлетворить, отказать или оставить без ответа по существу."));
        else if (d == ComplaintDecision.LeftWithoutAnswer && (ground is not { } g || !Enum.IsDefined(g)))
            errors.Add(new("noAnswerGround", "Укажите основание оставления без ответа по существу (п. 23.7.3–23.7.6)."));
        if (string.IsNullOrWhiteSpace(text)) errors.Add(new("text", "Напишите текст ответа заявителю: результаты рассмотрения (п. 23.8)."));
        if (answeredOn is not { } on)
            errors.Add(new("answeredOn", "Укажите дату ответа."));
        else if (on < ReceivedOn || on > today)
            errors.Add(new("answeredOn", "Дата ответа — не раньше поступления жалобы и не позже сегодняшнего дня."));
        if (errors.Count > 0) throw new DomainValidationException(errors);

        Decision = decision;
        NoAnswerGround = decision == ComplaintDecision.LeftWithoutAnswer ? ground : null;
        AnswerText = text!.Trim();
        AnsweredOn = answeredOn;
        AnsweredByUserId = userId;
    }
}
