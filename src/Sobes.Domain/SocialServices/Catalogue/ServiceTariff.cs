namespace Sobes.Domain.SocialServices;

public enum TariffKind
{
    /// <summary>Tariff of a service given under the programme; the fee of ст. 32 442-ФЗ is computed from it.</summary>
    Tariff = 1,
    /// <summary>Upper limit of the price of a paid service outside the programme (предельный тариф на платные услуги).</summary>
    PaidServiceCap = 2,
}

public enum TariffUnit
{
    PerUnit = 1,
    PerHour = 2,
    PerMinute = 3,
}

public static class TariffNames
{
    public static string Russian(this TariffKind kind) => kind switch
    {
        TariffKind.Tariff => "Тариф на социальную услугу",
        TariffKind.PaidServiceCap => "Предельный тариф на платные социальные услуги",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static string Russian(this TariffUnit unit) => unit switch
    {
        TariffUnit.PerUnit => "за единицу услуги",
        TariffUnit.PerHour => "за час",
        TariffUnit.PerMinute => "за минуту",
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, null),
    };
}

/// <summary>
/// A dated price. Either for one service (<see cref="SocialServiceId"/>) or for a whole form
/// (<see cref="Form"/>, e.g. «стоимость часа … на дому 67,6 рублей»); a service tariff wins over a form tariff.
/// A tariff applies from <see cref="ValidFrom"/> until the next tariff for the same target and kind.
/// </summary>
public class ServiceTariff
{
    public int Id { get; set; }
    public int? SocialServiceId { get; set; }
    public SocialService? SocialService { get; set; }
    public ServiceForm? Form { get; set; }
    public TariffKind Kind { get; set; } = TariffKind.Tariff;
    public DateOnly ValidFrom { get; set; }
    public decimal Price { get; set; }
    public TariffUnit Unit { get; set; }
    /// <summary>The act that sets it, e.g. «Приказ Министерства социальной защиты населения Тверской области от 01.12.2014 №285/1».</summary>
    public string LegalAct { get; set; } = "";
    /// <summary>The wording of the source, kept for printing.</summary>
    public string? Text { get; set; }
    /// <summary>The state assignment that cites this tariff, if it came from one.</summary>
    public int? StateAssignmentId { get; set; }
}
