using System.Text.Json.Nodes;
using Sobes.Domain.Registry;

namespace Sobes.Web.Tests.Support;

/// <summary>Fresh, valid values that cannot clash with the demo population or with other tests.</summary>
public static class TestData
{
    private static readonly HashSet<string> Issued = [];
    private const string Letters = "абвгдежзиклмнопрстуфхцчшэюя";

    /// <summary>Eleven digits with a correct checksum, above 001-001-998 so the checksum is really checked.</summary>
    public static string FreshSnils()
    {
        lock (Issued)
        {
            while (true)
            {
                var nine = Random.Shared.NextInt64(1_001_999, 1_000_000_000).ToString("D9");
                var digits = nine + Snils.ComputeChecksum(nine).ToString("D2");
                if (Issued.Add(digits)) return digits;
            }
        }
    }

    public static string Formatted(string digits) => $"{digits[..3]}-{digits[3..6]}-{digits[6..9]} {digits[9..]}";

    public static string WrongChecksum(string digits) =>
        digits[..9] + ((int.Parse(digits[9..]) + 1) % 100).ToString("D2");

    /// <summary>A surname no demo citizen has, e.g. "Проверкинаюжс".</summary>
    public static string FreshSurname() =>
        "Проверкин" + new string(Enumerable.Range(0, 6).Select(_ => Letters[Random.Shared.Next(Letters.Length)]).ToArray());

    /// <summary>A complete, valid create/update body for the citizens API.</summary>
    public static JsonObject Citizen(int territoryId, string? snils = null, string? surname = null, string name = "Иван") => new()
    {
        ["surname"] = surname ?? FreshSurname(),
        ["name"] = name,
        ["patronymic"] = "Петрович",
        ["birthDate"] = "1958-04-17",
        ["sex"] = "male",
        ["snils"] = Formatted(snils ?? FreshSnils()),
        ["territoryId"] = territoryId,
        ["phone"] = "+7 (35149) 2-11-22",
        ["registrationAddress"] = new JsonObject
        {
            ["postalCode"] = "456830", ["region"] = "Челябинская область", ["municipalDistrict"] = "Каслинский муниципальный район",
            ["settlement"] = "г. Касли", ["street"] = "ул. Ленина", ["house"] = "5",
        },
    };
}
