namespace Sobes.Domain.SocialServices;

/// <summary>A service of the provider's catalogue (перечень социальных услуг), e.g. «Покупка и доставка на дом продуктов питания».</summary>
public class SocialService
{
    public int Id { get; set; }
    /// <summary>Code in the regional list of services, e.g. "1.1.3".</summary>
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public ServiceForm Form { get; set; }
    public ServiceType Type { get; set; }
    /// <summary>Unit of volume as the programme counts it: «услуга», «посещение», «койко-день».</summary>
    public string Unit { get; set; } = "услуга";
    /// <summary>Time norm for one unit; costs a delivery with an hourly or per-minute tariff when its own minutes are not recorded.</summary>
    public int? TimeNormMinutes { get; set; }
    public bool IsActive { get; set; } = true;
}
