namespace Sobes.Domain.Registry;

public enum DuplicateReason { SameSnils = 1, SameNameAndBirthDate = 2 }

public sealed record DuplicateCandidate(long CitizenId, string FullName, DateOnly BirthDate, DuplicateReason Reason);

/// <summary>A probable duplicate: the same СНИЛС, or the same full name and birth date (case and ё/е ignored).</summary>
public static class DuplicateRules
{
    public static string NameKey(string surname, string name, string? patronymic) =>
        string.Join(" ", new[] { surname, name, patronymic ?? "" }.Select(Citizen.KeyOf)).Trim();

    public static DuplicateReason? Match(Citizen existing, string? snilsDigits, string surname, string name, string? patronymic, DateOnly birthDate)
    {
        if (snilsDigits is not null && existing.Snils == snilsDigits) return DuplicateReason.SameSnils;
        if (existing.BirthDate == birthDate
            && NameKey(existing.Surname, existing.Name, existing.Patronymic) == NameKey(surname, name, patronymic))
            return DuplicateReason.SameNameAndBirthDate;
        return null;
    }

    public static string Russian(this DuplicateReason r) => r switch
    {
        DuplicateReason.SameSnils => "совпадает СНИЛС",
        _ => "совпадают ФИО и дата рождения",
    };
}
