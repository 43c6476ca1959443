using Sobes.Domain.Calendar;
using Sobes.Domain.Common;

namespace Sobes.Domain.SocialServices;

public static class NeedRecognitionRules
{
    /// <summary>442-ФЗ ст. 15 ч. 3: the decision is taken within five working days of the application.</summary>
    public const int DecisionWorkingDays = 5;

    public static DateOnly DueDate(ProductionCalendar calendar, DateOnly submittedOn) =>
        calendar.AddWorkingDays(submittedOn, DecisionWorkingDays);

    /// <summary>A pending decision for a newly registered application, with its due date.</summary>
    public static NeedRecognition Open(ServiceApplication application, ProductionCalendar calendar) => new()
    {
        ServiceApplicationId = application.Id,
        ServiceApplication = application,
        DueOn = DueDate(calendar, application.SubmittedOn),
        Outcome = NeedRecognitionOutcome.Pending,
    };

    public static void Recognise(NeedRecognition decision, DateOnly on, ServiceForm form)
    {
        decision.Outcome = NeedRecognitionOutcome.Recognised;
        decision.DecidedOn = on;
        decision.RecognisedForm = form;
        decision.RefusalReason = null;
    }

    public static void Refuse(NeedRecognition decision, DateOnly on, string reason)
    {
        decision.Outcome = NeedRecognitionOutcome.Refused;
        decision.DecidedOn = on;
        decision.RecognisedForm = null;
        decision.RefusalReason = reason;
    }

    public static bool IsOverdue(NeedRecognition decision, DateOnly today) =>
        decision.Outcome == NeedRecognitionOutcome.Pending ? today > decision.DueOn : decision.DecidedOn > decision.DueOn;

    public static IReadOnlyList<ValidationError> Validate(NeedRecognition decision, DateOnly submittedOn)
    {
        var errors = new List<ValidationError>();
        if (decision.Outcome == NeedRecognitionOutcome.Pending) return errors;
        if (decision.DecidedOn is not { } decided)
            errors.Add(new("decidedOn", "Укажите дату решения."));
        else if (decided < submittedOn)
            errors.Add(new("decidedOn", "Решение не может быть принято раньше подачи заявления."));
        if (decision.Outcome == NeedRecognitionOutcome.Refused && string.IsNullOrWhiteSpace(decision.RefusalReason))
            errors.Add(new("refusalReason", "Укажите причину отказа."));
        if (decision.Outcome == NeedRecognitionOutcome.Recognised && decision.RecognisedForm is null)
            errors.Add(new("recognisedForm", "Укажите форму социального обслуживания."));
        return errors;
    }
}
