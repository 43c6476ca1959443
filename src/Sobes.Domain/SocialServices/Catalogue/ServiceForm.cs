namespace Sobes.Domain.SocialServices;

/// <summary>Form of social service (442-ФЗ ст. 19); urgent services are kept as a form of their own because they follow separate rules (ст.
/// 21).</summary>
public enum ServiceForm
{
    AtHome = 1,
    SemiStationary = 2,
    Stationary = 3,
    Urgent = 4,
}

public static class ServiceFormNames
{
    public static string Russian(this ServiceForm form) => form switch
    {
        ServiceForm.AtHome => "Социальное обслуживание на дому",
        ServiceForm.SemiStationary => "Полустационарная форма социального обслуживания",
        ServiceForm.Stationary => "Стационарная форма социального обслуживания",
        ServiceForm.Urgent => "Срочные социальные услуги",
        _ => throw new ArgumentOutOfRangeException(nameof(form), form, null),
    };

    /// <summary>Short form for table columns.</summary>
    public static string RussianShort(this ServiceForm form) => form switch
    {
        ServiceForm.AtHome => "на дому",
        ServiceForm.SemiStationary => "полустационарная",
        ServiceForm.Stationary => "стационарная",
        ServiceForm.Urgent => "срочные",
        _ => throw new ArgumentOutOfRangeException(nameof(form), form, null),
    };
}
