namespace Sobes.Domain.SocialServices;

public enum NeedRecognitionOutcome
{
    Pending = 0,
    Recognised = 1,
    Refused = 2,
}

public static class NeedRecognitionOutcomeNames
{
    public static string Russian(this NeedRecognitionOutcome outcome) => outcome switch
    {
        NeedRecognitionOutcome.Pending => "Решение не принято",
        NeedRecognitionOutcome.Recognised => "Признан нуждающимся в социальном обслуживании",
        NeedRecognitionOutcome.Refused => "Отказано в социальном обслуживании",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, null),
    };
}

/// <summary>Decision on recognising a citizen as needing social services (442-ФЗ ст. 15).</summary>
public class NeedRecognition
{
    public long Id { get; set; }
    public long ServiceApplicationId { get; set; }
    public ServiceApplication? ServiceApplication { get; set; }
    /// <summary>Five working days after the application (ст. 15 ч. 3); fixed when the application is registered.</summary>
    public DateOnly DueOn { get; set; }
    public DateOnly? DecidedOn { get; set; }
    public NeedRecognitionOutcome Outcome { get; set; }
    /// <summary>Required for a refusal: the citizen may appeal it.</summary>
    public string? RefusalReason { get; set; }
    public ServiceForm? RecognisedForm { get; set; }
    public int? DecidedByUserId { get; set; }
}
