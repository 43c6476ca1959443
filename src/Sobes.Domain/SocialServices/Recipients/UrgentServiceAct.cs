using Sobes.Domain.Common;

namespace Sobes.Domain.SocialServices;

/// <summary>
/// Act on urgent social services (442-ФЗ ст. 21 ч. 2): urgent services need neither a programme nor a contract;
/// the act, signed by the recipient, is the only proof they were given.
/// </summary>
public class UrgentServiceAct
{
    public long Id { get; set; }
    public string Number { get; set; } = "";
    public long CitizenId { get; set; }
    public int ProviderOrganisationId { get; set; }
    /// <summary>The citizen's application or the information from a medical, educational or other organisation.</summary>
    public string Basis { get; set; } = "";
    public DateOnly ProvidedFrom { get; set; }
    public DateOnly ProvidedTo { get; set; }
    public DateOnly DrawnUpOn { get; set; }
    /// <summary>Conditions of provision (место, порядок) as the act states them.</summary>
    public string Conditions { get; set; } = "";
    public DateOnly? RecipientSignedOn { get; set; }
    public List<UrgentServiceActLine> Lines { get; set; } = [];
}

public class UrgentServiceActLine
{
    public long Id { get; set; }
    public long UrgentServiceActId { get; set; }
    public int SocialServiceId { get; set; }
    public SocialService? SocialService { get; set; }
    public decimal Quantity { get; set; }
}

public static class UrgentServiceActRules
{
    public static IReadOnlyList<ValidationError> Validate(UrgentServiceAct act)
    {
        var errors = new List<ValidationError>();
        if (string.IsNullOrWhiteSpace(act.Basis)) errors.Add(new("basis", "Укажите основание предоставления срочных услуг."));
        if (act.ProvidedTo < act.ProvidedFrom) errors.Add(new("providedTo", "Окончание предоставления раньше его начала."));
        if (act.DrawnUpOn < act.ProvidedFrom) errors.Add(new("drawnUpOn", "Акт не может быть составлен до предоставления услуг."));
        if (act.RecipientSignedOn is null) errors.Add(new("recipientSignedOn", "Акт подтверждается подписью получателя услуг."));
        if (act.Lines.Count == 0) errors.Add(new("lines", "Укажите предоставленные срочные услуги."));
        for (var i = 0; i < act.Lines.Count; i++)
        {
            var line = act.Lines[i];
            if (line.Quantity <= 0) errors.Add(new($"lines[{i}].quantity", "Количество должно быть больше нуля."));
            if (line.SocialService is { Form: not ServiceForm.Urgent })
                errors.Add(new($"lines[{i}].socialServiceId", "В акт включаются только срочные социальные услуги."));
        }
        return errors;
    }
}
