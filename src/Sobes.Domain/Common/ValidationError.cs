namespace Sobes.Domain.Common;

/// <summary>A rule violation tied to an input field (camelCase path, e.g. "snils" or "registrationAddress.house").</summary>
public sealed record ValidationError(string Field, string Message);

public sealed class DomainValidationException(IReadOnlyList<ValidationError> errors)
    : Exception(string.Join("; ", errors.Select(e => $"{e.Field}: {e.Message}")))
{
    public IReadOnlyList<ValidationError> Errors { get; } = errors;
}
