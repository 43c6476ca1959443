namespace Sobes.Domain.Common;

/// <summary>The object does not exist or is outside the user's territory (both look the same from outside).</summary>
public sealed class NotFoundException(string message) : Exception(message);

/// <summary>The change contradicts stored data: a duplicate key or a concurrent edit.</summary>
public sealed class ConflictException(string message, string? field = null) : Exception(message)
{
    public string? Field { get; } = field;
}

/// <summary>The user's role does not allow the action.</summary>
public sealed class ForbiddenException(string message) : Exception(message);
