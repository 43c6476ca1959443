using Sobes.Domain.Common;

namespace Sobes.Domain.Appeals;

/// <summary>
/// The rules of seed 002 section V at registration: the five subjects (cl. 23.1), the channel, the essence. The term's single extension
/// (cl. 23.9) and the answer (cl. 23.8) are <see cref="Complaint.Extend"/> and <see cref="Complaint.Answer"/>.
/// </summary>
public static class ComplaintRules
{
    public static IReadOnlyList<ValidationError> CheckRegistration(
        ComplaintChannel channel,
        ComplaintSubject subject,
        DateOnly receivedOn,
        DateOnly today,
        string? text,
        string? representative
    )
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
}
