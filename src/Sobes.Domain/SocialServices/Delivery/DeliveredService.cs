namespace Sobes.Domain.SocialServices;

/// <summary>A service actually given to a recipient on a day, as the social worker records it.</summary>
public class DeliveredService
{
    public long Id { get; set; }
    public long CitizenId { get; set; }
    public int SocialServiceId { get; set; }
    public SocialService? SocialService { get; set; }
    /// <summary>Null for urgent services, which have no contract.</summary>
    public long? ServiceContractId { get; set; }
    /// <summary>The provider whose worker gave the service; its assignment counts it.</summary>
    public int ProviderOrganisationId { get; set; }
    public DateOnly DeliveredOn { get; set; }
    public decimal Quantity { get; set; } = 1;
    /// <summary>Time actually spent; 0 when not recorded (the service's time norm is used instead).</summary>
    public int Minutes { get; set; }
    public int? WorkerUserId { get; set; }
    public string WorkerName { get; set; } = "";
}
