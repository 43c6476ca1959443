namespace Sobes.Domain.Registry;

public enum PaymentMethod
{
    /// <summary>Transfer to a bank account («Сберкасса» in seed 002 clause 19).</summary>
    Bank = 1,
    /// <summary>Delivery through the post office («Поручение»).</summary>
    Post = 2,
}

/// <summary>A citizen's details for receiving payments: a bank account or the post office that delivers them.</summary>
public class PaymentDetails
{
    public PaymentMethod? Method { get; set; }
    public string? Bik { get; set; }
    public string? BankName { get; set; }
    public string? Account { get; set; }
    /// <summary>Index of the post office that delivers the payment.</summary>
    public string? PostOfficeIndex { get; set; }

    public PaymentDetails Copy() => (PaymentDetails)MemberwiseClone();

    public override string ToString() => Method switch
    {
        PaymentMethod.Bank => $"Банк {BankName} (БИК {Bik}), счёт {Account}",
        PaymentMethod.Post => $"Почта, отделение {PostOfficeIndex}",
        _ => "не указаны",
    };
}
