namespace Sobes.Domain.Measures;

/// <summary>
/// A yearly total a source document reports for a measure (seed 000 section VII: recipients and the sum paid in 2023).
/// Kept as reference figures for the reports to compare with, not as payments.
/// </summary>
public class MeasureReferenceTotal
{
    public int Id { get; set; }
    public int MeasureId { get; set; }
    public Measure? Measure { get; set; }
    public int Year { get; set; }
    /// <summary>Null when the source gives no count.</summary>
    public int? Recipients { get; set; }
    /// <summary>What <see cref="Recipients"/> counts: «чел.», «семей», «билетов».</summary>
    public string Unit { get; set; } = "чел.";
    /// <summary>Roubles; null when the source gives no sum.</summary>
    public decimal? Sum { get; set; }
    /// <summary>Where the figure comes from: «сид 000, раздел VII, п. 7.11».</summary>
    public string Source { get; set; } = "";
}
