namespace Sobes.Domain.Calendar;

/// <summary>
/// Production calendar: Monday–Friday are working days unless the exceptions say otherwise.
/// Deadlines "in N working days" count from the day after the start date.
/// </summary>
public sealed class ProductionCalendar
{
    private readonly Dictionary<DateOnly, CalendarDayKind> _exceptions;

    public ProductionCalendar(IEnumerable<CalendarDay> exceptions) =>
        _exceptions = exceptions.ToDictionary(d => d.Date, d => d.Kind);

    public bool IsWorkingDay(DateOnly date) => _exceptions.TryGetValue(date, out var kind)
        ? kind is CalendarDayKind.TransferredWorkingDay or CalendarDayKind.ShortenedWorkingDay
        : date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    /// <summary>The date N working days after <paramref name="start"/> (start itself not counted); N = 0 gives start moved to a working
    /// day.</summary>
    public DateOnly AddWorkingDays(DateOnly start, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var d = start;
        if (days == 0) { while (!IsWorkingDay(d)) d = d.AddDays(1); return d; }
        while (days > 0)
        {
            d = d.AddDays(1);
            if (IsWorkingDay(d)) days--;
        }
        return d;
    }

    /// <summary>Working days in [from, to], both ends included; 0 when to precedes from.</summary>
    public int CountWorkingDays(DateOnly from, DateOnly to)
    {
        var n = 0;
        for (var d = from; d <= to; d = d.AddDays(1)) if (IsWorkingDay(d)) n++;
        return n;
    }
}
