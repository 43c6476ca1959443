namespace Sobes.Domain.Registry;

public enum Sex { Male = 1, Female = 2 }

/// <summary>A personal file (личное дело) of a citizen.</summary>
public class Citizen
{
    public long Id { get; set; }
    public string Surname { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Patronymic { get; set; }
    public DateOnly BirthDate { get; set; }
    public Sex Sex { get; set; }
    /// <summary>Eleven digits without separators; null for a citizen who has none yet.</summary>
    public string? Snils { get; set; }
    public IdentityDocument IdentityDocument { get; set; } = new();
    public Address RegistrationAddress { get; set; } = new();
    public Address ActualAddress { get; set; } = new();
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public DateOnly? DeathDate { get; set; }
    public PaymentDetails PaymentDetails { get; set; } = new();
    /// <summary>Territory whose department keeps the file; decides who may see it.</summary>
    public int TerritoryId { get; set; }
    /// <summary>Upper-cased surname for case-insensitive prefix search on both databases.</summary>
    public string SurnameKey { get; set; } = "";
    public string NameKey { get; set; } = "";
    public string PatronymicKey { get; set; } = "";
    public DateTime CreatedAtUtc { get; set; }
    public DateTime UpdatedAtUtc { get; set; }
    /// <summary>Optimistic concurrency: bumped on each change.</summary>
    public int Version { get; set; }

    public List<FamilyTie> FamilyTies { get; set; } = [];
    public List<CitizenCategory> Categories { get; set; } = [];
    public List<CitizenDocument> Documents { get; set; } = [];

    public string FullName => string.Join(" ", new[] { Surname, Name, Patronymic }.Where(s => !string.IsNullOrWhiteSpace(s)));

    public string SnilsFormatted => Snils is { Length: 11 } s ? $"{s[..3]}-{s[3..6]}-{s[6..9]} {s[9..]}" : "";

    public int AgeOn(DateOnly date)
    {
        var age = date.Year - BirthDate.Year;
        if (date < BirthDate.AddYears(age)) age--;
        return age;
    }

    /// <summary>Recomputes the upper-cased search keys from the name fields; call after any name change.</summary>
    public void RefreshSearchKeys()
    {
        SurnameKey = KeyOf(Surname);
        NameKey = KeyOf(Name);
        PatronymicKey = KeyOf(Patronymic ?? "");
    }

    /// <summary>Where payments are delivered: the actual address, or the registration address when no actual one is recorded.</summary>
    public static Address DeliveryAddress(Address? actual, Address? registration) =>
        actual is { IsEmpty: false } ? actual : registration ?? new Address();

    public static string KeyOf(string surname) => surname.Trim().ToUpperInvariant().Replace('Ё', 'Е');
}
