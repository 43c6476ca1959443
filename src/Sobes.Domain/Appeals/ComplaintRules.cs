using Sobes.Domain.Applications;
using Sobes.Domain.Calendar;
using Sobes.Domain.Common;

namespace Sobes.Domain.Appeals;

/// <summary>The rules of seed 002 section V: the five subjects (cl. 23.1), the 30-day term and its single extension (cl. 23.9), the answer (cl. 23.8).</summary>
public static class ComplaintRules
{
    public static IReadOnlyList<ValidationError> CheckRegistration(ComplaintChannel channel, ComplaintSubject subject, DateOnly receivedOn, DateOnly today,
        string? text, string? representative)
    {
        var errors = new List<ValidationError>();
        if (!Enum.IsDefined(channel)) errors.Add(new("channel", "Укажите, как поступила жалоба."));
        if (!Enum.IsDefined(subject)) errors.Add(new("subject", "Укажите предмет обжалования — один из пяти видов п. 23.1 регламента."));
        if (receivedOn > today) errors.Add(new("receivedOn", "Дата поступления не может быть в будущем."));
        if (string.IsNullOrWhiteSpace(text)) errors.Add(new("text", "Изложите суть жалобы: причины несогласия и требования заявителя (п. 23.7.1)."));
        if (channel == ComplaintChannel.Representative && string.IsNullOrWhiteSpace(representative))
            errors.Add(new("representativeName", "Жалоба подана через представителя: укажите его фамилию, имя, отчество (п. 23.2)."));
        return errors;
    }

    /// <summary>
    /// Seed 002 cl. 23.9 para. 2: when an investigation, inspection or examination is needed, the head may extend the term once, by at most
    /// 15 days, telling the citizen in writing why. The new term counts from receipt: 30 + N days.
    /// </summary>
    public static void Extend(Complaint complaint, AdministrativeRegulation regulation, ProductionCalendar calendar, int days, string? reason,
        DateOnly? notifiedOn, DateOnly today, int headUserId)
    {
        if (complaint.IsAnswered) throw new ConflictException("На жалобу уже дан ответ: срок рассмотрения не продлевается.");
        if (complaint.ExtensionDays is not null)
            throw new ConflictException($"Срок рассмотрения уже продлён до {complaint.DueOn:dd.MM.yyyy}: продлить его можно только один раз (п. 23.9 регламента).");
        if (complaint.DueOn < today)
            throw new ConflictException($"Срок рассмотрения истёк {complaint.DueOn:dd.MM.yyyy}: продлить можно только не истёкший срок.");
        var errors = new List<ValidationError>();
        if (days < 1 || days > regulation.ComplaintExtensionDays)
            errors.Add(new("days", $"Срок продлевается не более чем на {regulation.ComplaintExtensionDays} дней (п. 23.9 регламента): укажите от 1 до {regulation.ComplaintExtensionDays}."));
        if (string.IsNullOrWhiteSpace(reason))
            errors.Add(new("reason", "Укажите причину продления: какое расследование, проверка или обследование требуется (п. 23.9)."));
        if (notifiedOn is not { } n) errors.Add(new("notifiedOn", "Укажите дату письменного уведомления заявителя о продлении срока (п. 23.9)."));
        else if (n < complaint.ReceivedOn || n > today) errors.Add(new("notifiedOn", "Дата уведомления — не раньше поступления жалобы и не позже сегодняшнего дня."));
        if (errors.Count > 0) throw new DomainValidationException(errors);

        complaint.ExtensionDays = days;
        complaint.ExtensionReason = reason!.Trim();
        complaint.CitizenNotifiedOn = notifiedOn;
        complaint.ExtendedOn = today;
        complaint.ExtendedByUserId = headUserId;
        complaint.DueOn = DeadlineRules.ComplaintDue(complaint.ReceivedOn, regulation, calendar, days);
    }

    /// <summary>
    /// Seed 002 cl. 23.8: satisfied (the appealed decision or action found unlawful) or refused; or, on the grounds of cl. 23.7.3–23.7.6, left
    /// without an answer on the merits (the citizen is still told why). An answer after the due date is recorded and marked late.
    /// </summary>
    public static void Answer(Complaint complaint, ComplaintDecision? decision, NoAnswerGround? ground, string? text, DateOnly? answeredOn, DateOnly today, int userId)
    {
        if (complaint.IsAnswered) throw new ConflictException($"Ответ на жалобу уже дан {complaint.AnsweredOn:dd.MM.yyyy}.");
        var errors = new List<ValidationError>();
        if (decision is not { } d || !Enum.IsDefined(d)) errors.Add(new("decision", "Выберите решение: удовлетворить, отказать или оставить без ответа по существу."));
        else if (d == ComplaintDecision.LeftWithoutAnswer && (ground is not { } g || !Enum.IsDefined(g)))
            errors.Add(new("noAnswerGround", "Укажите основание оставления без ответа по существу (п. 23.7.3–23.7.6)."));
        if (string.IsNullOrWhiteSpace(text)) errors.Add(new("text", "Напишите текст ответа заявителю: результаты рассмотрения (п. 23.8)."));
        if (answeredOn is not { } on) errors.Add(new("answeredOn", "Укажите дату ответа."));
        else if (on < complaint.ReceivedOn || on > today) errors.Add(new("answeredOn", "Дата ответа — не раньше поступления жалобы и не позже сегодняшнего дня."));
        if (errors.Count > 0) throw new DomainValidationException(errors);

        complaint.Decision = decision;
        complaint.NoAnswerGround = decision == ComplaintDecision.LeftWithoutAnswer ? ground : null;
        complaint.AnswerText = text!.Trim();
        complaint.AnsweredOn = answeredOn;
        complaint.AnsweredByUserId = userId;
    }
}
