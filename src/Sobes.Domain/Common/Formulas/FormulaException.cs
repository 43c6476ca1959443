namespace Sobes.Domain.Common;

/// <summary>A formula that cannot be read, or an input it names that was not given.</summary>
public sealed class FormulaException(string message) : Exception(message);
