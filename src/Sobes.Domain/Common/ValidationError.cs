namespace Sobes.Domain.Common;

/// <summary>A rule violation tied to an input field (camelCase path, e.g. "snils" or "registrationAddress.house").</summary>
public sealed record ValidationError(string Field, string Message);

public sealed class DomainValidationException(IReadOnlyList<ValidationError> errors)
    : Exception(string.Join("; ", errors.Select(e => $"{e.Field}: {e.Message}")))
{
    public IReadOnlyList<ValidationError> Errors { get; } = errors;

    /// <summary>Throws when the rules found any violation; the one check every service runs before it changes anything.</summary>
    public static void ThrowIfAny(IReadOnlyList<ValidationError> errors)
    {
        if (errors.Count > 0) throw new DomainValidationException(errors);
    }
}
