namespace Sobes.Domain.SocialServices;

/// <summary>A reporting period of an assignment: a quarter or a whole year. Figures are always cumulative from 1 January.</summary>
public readonly record struct ReportingPeriod
{
    private ReportingPeriod(int year, int? quarter) { Year = year; Quarter = quarter; }

    public int Year { get; }
    /// <summary>1–4; null for the year.</summary>
    public int? Quarter { get; }

    public static ReportingPeriod ForYear(int year) => new(year, null);

    public static ReportingPeriod ForQuarter(int year, int quarter)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(quarter, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(quarter, 4);
        return new(year, quarter);
    }

    /// <summary>Share of the year elapsed at the end of the period.</summary>
    public decimal ElapsedShareOfYear => Quarter is { } q ? q / 4m : 1m;

    public string Russian() => Quarter switch
    {
        null => $"{Year} год",
        1 => $"I квартал {Year} года",
        2 => $"II квартал {Year} года",
        3 => $"III квартал {Year} года",
        _ => $"IV квартал {Year} года",
    };
}
