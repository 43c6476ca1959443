namespace Sobes.Domain.SocialServices;

/// <summary>
/// The actual of one indicator since 1 January, computed elsewhere from the data: a value for an absolute count,
/// or the named inputs of its formula. The reason for a deviation is typed by a person.
/// </summary>
public sealed record IndicatorActual(string IndicatorCode)
{
    public decimal? Value { get; init; }
    public IReadOnlyDictionary<string, decimal>? Inputs { get; init; }
    public string? DeviationReason { get; init; }
    /// <summary>Overrides the indicator's source when the actual came from elsewhere.</summary>
    public string? Source { get; init; }
}
