namespace Sobes.Domain.Calendar;

/// <summary>
/// The 2015 production calendar, needed because the state assignment of seed 004 and its demo run in 2015
/// (the main list covers 2023–2027). Transfers per the Government decree of 27.08.2014 № 860.
/// </summary>
internal static class Calendar2015
{
    private const string Decree = "пост. Правительства РФ № 860 от 27.08.2014";

    public static IReadOnlyList<CalendarDay> Days { get; } =
    [
        .. Enumerable.Range(1, 8).Select(d => H(1, d, d == 7 ? "Рождество Христово" : "Новогодние каникулы"))
            .Where(d => d.Date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)),
        new() { Date = new(2015, 1, 9), Kind = CalendarDayKind.TransferredDayOff, Note = $"Перенос выходного дня с 03.01.2015 ({Decree})" },
        H(2, 23, "День защитника Отечества"),
        new() { Date = new(2015, 3, 9), Kind = CalendarDayKind.TransferredDayOff, Note = "Перенос с 08.03.2015 — воскресенья (ТК РФ ст. 112 ч. 2)" },
        S(4, 30), H(5, 1, "Праздник Весны и Труда"),
        new() { Date = new(2015, 5, 4), Kind = CalendarDayKind.TransferredDayOff, Note = $"Перенос выходного дня с 04.01.2015 ({Decree})" },
        S(5, 8),
        new() { Date = new(2015, 5, 11), Kind = CalendarDayKind.TransferredDayOff, Note = "Перенос с 09.05.2015 — субботы (ТК РФ ст. 112 ч. 2)" },
        S(6, 11), H(6, 12, "День России"),
        S(11, 3), H(11, 4, "День народного единства"),
        S(12, 31),
    ];

    private static CalendarDay H(int month, int day, string name) =>
        new() { Date = new(2015, month, day), Kind = CalendarDayKind.Holiday, Note = $"{name} (ТК РФ ст. 112)" };

    private static CalendarDay S(int month, int day) =>
        new() { Date = new(2015, month, day), Kind = CalendarDayKind.ShortenedWorkingDay, Note = "Предпраздничный день (ТК РФ ст. 95)" };
}
