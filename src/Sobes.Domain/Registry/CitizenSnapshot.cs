using System.Globalization;
using Sobes.Domain.Audit;

namespace Sobes.Domain.Registry;

/// <summary>Flattens a personal file to labelled values so that two versions can be compared for the history.</summary>
public static class CitizenSnapshot
{
    /// <param name="territoryName">Names the territory in the history; without it the id is shown.</param>
    public static IReadOnlyDictionary<string, string?> Of(Citizen c, Func<int, string>? territoryName = null)
    {
        var d = new Dictionary<string, string?>
        {
            ["Фамилия"] = c.Surname,
            ["Имя"] = c.Name,
            ["Отчество"] = c.Patronymic,
            ["Дата рождения"] = Date(c.BirthDate),
            ["Пол"] = c.Sex == Sex.Male ? "мужской" : "женский",
            ["СНИЛС"] = c.SnilsFormatted,
            ["Документ, удостоверяющий личность"] = c.IdentityDocument.ToString(),
            ["Адрес регистрации"] = c.RegistrationAddress.ToString(),
            ["Фактический адрес"] = c.ActualAddress.ToString(),
            ["Телефон"] = c.Phone,
            ["Эл. почта"] = c.Email,
            ["Дата смерти"] = c.DeathDate is { } dd ? Date(dd) : null,
            ["Реквизиты для выплаты"] = c.PaymentDetails.Method is null ? null : c.PaymentDetails.ToString(),
            ["Территория"] = territoryName?.Invoke(c.TerritoryId) ?? c.TerritoryId.ToString(CultureInfo.InvariantCulture),
        };
        return d;
    }

    public static IReadOnlyList<FieldChange> Diff(IReadOnlyDictionary<string, string?> before, IReadOnlyDictionary<string, string?> after) =>
        after.Where(kv => Normal(before.GetValueOrDefault(kv.Key)) != Normal(kv.Value))
             .Select(kv => new FieldChange(kv.Key, Normal(before.GetValueOrDefault(kv.Key)), Normal(kv.Value)))
             .ToList();

    private static string? Normal(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;
    private static string Date(DateOnly d) => d.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
}
