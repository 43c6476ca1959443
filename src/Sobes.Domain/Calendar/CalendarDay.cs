namespace Sobes.Domain.Calendar;

public enum CalendarDayKind
{
    /// <summary>Нерабочий праздничный день (ТК РФ ст. 112).</summary>
    Holiday = 1,
    /// <summary>A weekday made a day off by a transfer (перенос выходного дня).</summary>
    TransferredDayOff = 2,
    /// <summary>A Saturday or Sunday made a working day by a transfer.</summary>
    TransferredWorkingDay = 3,
    /// <summary>Предпраздничный день: working, one hour shorter (ТК РФ ст. 95).</summary>
    ShortenedWorkingDay = 4,
}

/// <summary>A day that differs from the plain Monday–Friday week, with the act that makes it so.</summary>
public class CalendarDay
{
    public DateOnly Date { get; set; }
    public CalendarDayKind Kind { get; set; }
    public string Note { get; set; } = "";
}
