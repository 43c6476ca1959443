namespace Sobes.Domain.Registry;

/// <summary>What a user submits to create or change a personal file (UI form and API body alike).</summary>
public class CitizenInput
{
    public string? Surname { get; set; }
    public string? Name { get; set; }
    public string? Patronymic { get; set; }
    public DateOnly? BirthDate { get; set; }
    public Sex? Sex { get; set; }
    public string? Snils { get; set; }
    public IdentityDocument IdentityDocument { get; set; } = new();
    public Address RegistrationAddress { get; set; } = new();
    public Address ActualAddress { get; set; } = new();
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public DateOnly? DeathDate { get; set; }
    public PaymentDetails PaymentDetails { get; set; } = new();
    /// <summary>Territory of the file; when omitted, the user's own territory.</summary>
    public int? TerritoryId { get; set; }

    public static CitizenInput From(Citizen c) => new()
    {
        Surname = c.Surname, Name = c.Name, Patronymic = c.Patronymic, BirthDate = c.BirthDate, Sex = c.Sex,
        Snils = c.SnilsFormatted, IdentityDocument = c.IdentityDocument.Copy(),
        RegistrationAddress = c.RegistrationAddress.Copy(), ActualAddress = c.ActualAddress.Copy(),
        Phone = c.Phone, Email = c.Email, DeathDate = c.DeathDate, PaymentDetails = c.PaymentDetails.Copy(),
        TerritoryId = c.TerritoryId,
    };
}
