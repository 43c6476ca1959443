using System.Text.Json;
using Sobes.Domain.Common;

namespace Sobes.Web.Infrastructure;

/// <summary>
/// An enum taken from the query string. Minimal APIs bind a query enum with <see cref="Enum.TryParse{TEnum}(string?, out TEnum)"/> (case-sensitive)
/// and ignore the JSON options' <c>JsonStringEnumConverter</c>, so <c>?outcome=recognised</c> — the camelCase the JSON answers write — would fail.
/// Endpoints take the value as a string and parse it here: the member's name in any case (so both «Recognised» and «recognised»);
/// numbers and unknown names are refused with a Russian 400 listing the allowed values.
/// </summary>
public static class QueryEnum
{
    public static TEnum? Parse<TEnum>(string? value, string parameter) where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var text = value.Trim();
        // Enum.TryParse also takes numbers and comma-separated lists; a query value names exactly one member.
        if (!text.Contains(',') && !char.IsDigit(text[0]) && text[0] is not ('-' or '+')
            && Enum.TryParse<TEnum>(text, ignoreCase: true, out var result) && Enum.IsDefined(result))
            return result;
        var allowed = string.Join(", ", Enum.GetNames<TEnum>().Select(n => JsonNamingPolicy.CamelCase.ConvertName(n)));
        throw new DomainValidationException([
            new(parameter, $"Недопустимое значение «{value}» параметра {parameter}. Допустимые значения: {allowed}."),
        ]);
    }
}
