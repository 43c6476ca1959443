namespace Sobes.Domain.Appeals;

/// <summary>Russian names for pages, printed forms and the audit log.</summary>
public static class ComplaintNames
{
    public static string Russian(this ComplaintChannel c) => c switch
    {
        ComplaintChannel.InPerson => "Лично",
        ComplaintChannel.Post => "Письменно по почте",
        ComplaintChannel.Representative => "Через представителя",
        ComplaintChannel.Electronic => "Электронно",
        ComplaintChannel.HigherBody => "Через Министерство (вышестоящий орган)",
        _ => c.ToString(),
    };

    public static string Russian(this ComplaintSubject s) => s switch
    {
        ComplaintSubject.RefusalDecision => "Решение об отказе в предоставлении выплат",
        ComplaintSubject.AmountCorrectness => "Правомерность определения размеров выплат",
        ComplaintSubject.DeadlineViolation => "Нарушение сроков действий и административных процедур",
        ComplaintSubject.OfficialMisconduct => "Некорректное поведение должностных лиц",
        ComplaintSubject.IncompetentConsultation => "Некомпетентная консультация",
        _ => s.ToString(),
    };

    /// <summary>The subclause of cl. 23.1 the subject is listed under.</summary>
    public static string Clause(this ComplaintSubject s) => $"п. 23.1 подп. {(int)s}";

    public static string Russian(this ComplaintDecision d) => d switch
    {
        ComplaintDecision.Satisfied => "Удовлетворена (обжалуемое решение, действие признано неправомерным)",
        ComplaintDecision.Refused => "Отказано в удовлетворении",
        ComplaintDecision.LeftWithoutAnswer => "Оставлена без ответа по существу",
        _ => d.ToString(),
    };

    public static string Short(this ComplaintDecision d) => d switch
    {
        ComplaintDecision.Satisfied => "удовлетворена",
        ComplaintDecision.Refused => "отказано",
        ComplaintDecision.LeftWithoutAnswer => "без ответа по существу",
        _ => d.ToString(),
    };

    public static string Russian(this NoAnswerGround g) => g switch
    {
        NoAnswerGround.NoNameOrAddress => "Не указаны фамилия заявителя и почтовый адрес для ответа (п. 23.7.3)",
        NoAnswerGround.Abusive => "Нецензурные или оскорбительные выражения, угрозы должностному лицу (п. 23.7.4)",
        NoAnswerGround.Illegible => "Текст обращения не поддаётся прочтению (п. 23.7.5)",
        NoAnswerGround.Repeated => "Повторное обращение без новых доводов — переписка прекращена (п. 23.7.6)",
        _ => g.ToString(),
    };

    public static string Russian(this ComplaintStatus s) => s switch
    {
        ComplaintStatus.UnderReview => "На рассмотрении",
        ComplaintStatus.Extended => "Срок продлён",
        ComplaintStatus.Answered => "Отвечена",
        ComplaintStatus.Overdue => "Просрочена",
        _ => s.ToString(),
    };
}
