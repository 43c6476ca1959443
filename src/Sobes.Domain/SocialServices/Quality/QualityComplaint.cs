using Sobes.Domain.Common;
using Sobes.Domain.Organisations;

namespace Sobes.Domain.SocialServices;

public enum QualityComplaintChannel
{
    Post = 1,
    Email = 2,
    InPerson = 3,
    HigherBody = 4,
}

public static class QualityComplaintChannelNames
{
    public static string Russian(this QualityComplaintChannel c) => c switch
    {
        QualityComplaintChannel.Post => "письмо по почте",
        QualityComplaintChannel.Email => "электронная почта",
        QualityComplaintChannel.InPerson => "личный приём",
        QualityComplaintChannel.HigherBody => "через вышестоящий орган",
        _ => throw new ArgumentOutOfRangeException(nameof(c), c, null),
    };
}

/// <summary>
/// A recipient's complaint to the provider or a higher body. Only complaints found justified count
/// towards the «количество обоснованных жалоб» indicator of seed 004; the answer is due in 30 days (59-ФЗ ст. 12).
/// </summary>
public class QualityComplaint : IOrganisationOwned
{
    public int Id { get; set; }
    public int OrganisationId { get; set; }
    public DateOnly ReceivedOn { get; set; }
    public QualityComplaintChannel Channel { get; set; }
    /// <summary>The complainant's personal file, when there is one.</summary>
    public long? CitizenId { get; set; }
    public string ComplainantName { get; set; } = "";
    /// <summary>The form of service complained about; decides which part of the assignment counts it.</summary>
    public ServiceForm? Form { get; set; }
    public string Subject { get; set; } = "";
    /// <summary>Null until the complaint is examined.</summary>
    public bool? IsJustified { get; set; }
    public DateOnly? AnsweredOn { get; set; }
    public string? Outcome { get; set; }
}

public static class QualityComplaintRules
{
    /// <summary>59-ФЗ ст. 12 ч. 1: a written appeal is answered within 30 days of its registration.</summary>
    public const int AnswerDays = 30;

    public static DateOnly AnswerDueOn(QualityComplaint c) => c.ReceivedOn.AddDays(AnswerDays);

    public static IReadOnlyList<ValidationError> Validate(QualityComplaint c, DateOnly today)
    {
        var errors = new List<ValidationError>();
        if (c.ReceivedOn > today) errors.Add(new("receivedOn", "Дата поступления не может быть в будущем."));
        if (string.IsNullOrWhiteSpace(c.ComplainantName)) errors.Add(new("complainantName", "Укажите заявителя."));
        if (string.IsNullOrWhiteSpace(c.Subject)) errors.Add(new("subject", "Укажите суть жалобы."));
        if (c.AnsweredOn is { } answered)
        {
            if (answered < c.ReceivedOn) errors.Add(new("answeredOn", "Ответ не может быть дан раньше поступления жалобы."));
            if (c.IsJustified is null) errors.Add(new("isJustified", "Укажите, признана ли жалоба обоснованной."));
        }
        if (c.IsJustified is not null && string.IsNullOrWhiteSpace(c.Outcome))
            errors.Add(new("outcome", "Укажите результат рассмотрения."));
        return errors;
    }
}
