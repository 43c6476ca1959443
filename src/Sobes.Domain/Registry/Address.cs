namespace Sobes.Domain.Registry;

public class Address
{
    public string? PostalCode { get; set; }
    public string? Region { get; set; }
    public string? MunicipalDistrict { get; set; }
    public string? Settlement { get; set; }
    public string? Street { get; set; }
    public string? House { get; set; }
    public string? Flat { get; set; }

    public bool IsEmpty =>
        string.IsNullOrWhiteSpace(Region) && string.IsNullOrWhiteSpace(MunicipalDistrict)
        && string.IsNullOrWhiteSpace(Settlement) && string.IsNullOrWhiteSpace(Street)
        && string.IsNullOrWhiteSpace(House) && string.IsNullOrWhiteSpace(Flat);

    public override string ToString()
    {
        var parts = new List<string?> { PostalCode, Region, MunicipalDistrict, Settlement, Street };
        if (!string.IsNullOrWhiteSpace(House)) parts.Add("д. " + House);
        if (!string.IsNullOrWhiteSpace(Flat)) parts.Add("кв. " + Flat);
        return string.Join(", ", parts.Where(p => !string.IsNullOrWhiteSpace(p)));
    }

    public Address Copy() => (Address)MemberwiseClone();
}

public class IdentityDocument
{
    /// <summary>E.g. "Паспорт гражданина РФ", "Свидетельство о рождении".</summary>
    public string? Type { get; set; }
    public string? Series { get; set; }
    public string? Number { get; set; }
    public DateOnly? IssueDate { get; set; }
    public string? Issuer { get; set; }

    public override string ToString() =>
        string.Join(" ", new[] { Type, Series, Number is null ? null : "№ " + Number,
            IssueDate is null ? null : "выдан " + IssueDate.Value.ToString("dd.MM.yyyy"), Issuer }
            .Where(p => !string.IsNullOrWhiteSpace(p)));

    public IdentityDocument Copy() => (IdentityDocument)MemberwiseClone();
}
