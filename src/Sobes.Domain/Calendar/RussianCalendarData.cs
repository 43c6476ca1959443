namespace Sobes.Domain.Calendar;

/// <summary>
/// Exceptions to the Monday–Friday week in the Russian Federation for 2023–2027 (and 2015, the year of seed 004):
/// non-working holidays on weekdays (ТК РФ ст. 112 ч. 1), days off moved from a holiday
/// that fell on a Saturday or Sunday (ст. 112 ч. 2, not for the January holidays),
/// the Government's yearly transfer decrees (ст. 112 ч. 5) and pre-holiday days
/// shortened by an hour (ст. 95).
/// </summary>
/// <remarks>
/// A working Saturday keeps the hours of the weekday it replaces, so it is shortened
/// only when that weekday precedes a holiday (02.11.2024, 01.11.2025, 20.02.2027;
/// not 27.04.2024 or 28.12.2024). Such a Saturday is listed as
/// <see cref="CalendarDayKind.ShortenedWorkingDay"/> — a date carries one kind — and
/// its note names the transfer as well.
/// </remarks>
public static class RussianCalendarData
{
    private const string Decree2023 = "пост. Правительства РФ № 1505 от 29.08.2022";
    private const string Decree2024 = "пост. Правительства РФ № 1314 от 10.08.2023";
    private const string Decree2025 = "пост. Правительства РФ № 1335 от 04.10.2024";
    private const string Decree2026 = "пост. Правительства РФ № 1466 от 24.09.2025";
    private const string Decree2027 = "пост. Правительства РФ № 1187 от 17.09.2026";

    private static readonly (int Month, int Day, string Name)[] Art112Holidays =
    [
        (1, 1, "Новогодние каникулы"), (1, 2, "Новогодние каникулы"), (1, 3, "Новогодние каникулы"),
        (1, 4, "Новогодние каникулы"), (1, 5, "Новогодние каникулы"), (1, 6, "Новогодние каникулы"),
        (1, 7, "Рождество Христово"), (1, 8, "Новогодние каникулы"),
        (2, 23, "День защитника Отечества"), (3, 8, "Международный женский день"),
        (5, 1, "Праздник Весны и Труда"), (5, 9, "День Победы"),
        (6, 12, "День России"), (11, 4, "День народного единства"),
    ];

    public static IReadOnlyList<CalendarDay> All { get; } = Build();

    private static List<CalendarDay> Build()
    {
        var days = new List<CalendarDay>();
        for (var year = 2023; year <= 2027; year++) days.AddRange(WeekdayHolidays(year));
        days.AddRange(Year2023());
        days.AddRange(Year2024());
        days.AddRange(Year2025());
        days.AddRange(Year2026());
        days.AddRange(Year2027());
        days.Sort((a, b) => a.Date.CompareTo(b.Date));
        days.AddRange(Calendar2015.Days);
        return days;
    }

    // A holiday on a weekend is non-working anyway; only its moved day off needs an entry.
    private static IEnumerable<CalendarDay> WeekdayHolidays(int year) =>
        from h in Art112Holidays
        let date = new DateOnly(year, h.Month, h.Day)
        where date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)
        select Day(date, CalendarDayKind.Holiday, $"{h.Name} (ТК РФ ст. 112)");

    private static IEnumerable<CalendarDay> Year2023() =>
    [
        Short(2023, 2, 22),
        Off(2023, 2, 24, "с воскресенья 1 января", Decree2023),
        Short(2023, 3, 7),
        Off(2023, 5, 8, "с воскресенья 8 января", Decree2023),
        Short(2023, 11, 3),
        Moved(2023, 11, 6, "с субботы 4 ноября"),
    ];

    private static IEnumerable<CalendarDay> Year2024() =>
    [
        Short(2024, 2, 22),
        Short(2024, 3, 7),
        Work(2024, 4, 27, "на понедельник 29 апреля", Decree2024),
        Off(2024, 4, 29, "с субботы 27 апреля", Decree2024),
        Off(2024, 4, 30, "с субботы 2 ноября", Decree2024),
        Short(2024, 5, 8),
        Off(2024, 5, 10, "с субботы 6 января", Decree2024),
        Short(2024, 6, 11),
        ShortWork(2024, 11, 2, "на вторник 30 апреля", Decree2024),
        Work(2024, 12, 28, "на понедельник 30 декабря", Decree2024),
        Off(2024, 12, 30, "с субботы 28 декабря", Decree2024),
        Off(2024, 12, 31, "с воскресенья 7 января", Decree2024),
    ];

    // The 2025 decree sends the days off of 23 February and 8 March to May and June
    // instead of the art. 112 move to the next Monday, so 24.02 and 10.03 stay working.
    private static IEnumerable<CalendarDay> Year2025() =>
    [
        Short(2025, 3, 7),
        Short(2025, 4, 30),
        Off(2025, 5, 2, "с субботы 4 января", Decree2025),
        Off(2025, 5, 8, "с воскресенья 23 февраля", Decree2025),
        Short(2025, 6, 11),
        Off(2025, 6, 13, "с субботы 8 марта", Decree2025),
        ShortWork(2025, 11, 1, "на понедельник 3 ноября", Decree2025),
        Off(2025, 11, 3, "с субботы 1 ноября", Decree2025),
        Off(2025, 12, 31, "с воскресенья 5 января", Decree2025),
    ];

    private static IEnumerable<CalendarDay> Year2026() =>
    [
        Off(2026, 1, 9, "с субботы 3 января", Decree2026),
        Moved(2026, 3, 9, "с воскресенья 8 марта"),
        Short(2026, 4, 30),
        Short(2026, 5, 8),
        Moved(2026, 5, 11, "с субботы 9 мая"),
        Short(2026, 6, 11),
        Short(2026, 11, 3),
        Off(2026, 12, 31, "с воскресенья 4 января", Decree2026),
    ];

    private static IEnumerable<CalendarDay> Year2027() =>
    [
        ShortWork(2027, 2, 20, "на понедельник 22 февраля", Decree2027),
        Off(2027, 2, 22, "с субботы 20 февраля", Decree2027),
        Short(2027, 4, 30),
        Moved(2027, 5, 3, "с субботы 1 мая"),
        Moved(2027, 5, 10, "с воскресенья 9 мая"),
        Short(2027, 6, 11),
        Moved(2027, 6, 14, "с субботы 12 июня"),
        Short(2027, 11, 3),
        Off(2027, 11, 5, "с субботы 2 января", Decree2027),
        Off(2027, 12, 31, "с воскресенья 3 января", Decree2027),
    ];

    private static CalendarDay Moved(int y, int m, int d, string from) =>
        Day(new(y, m, d), CalendarDayKind.TransferredDayOff,
            $"Перенос выходного дня {from}, совпавшего с праздником (ТК РФ ст. 112)");

    private static CalendarDay Off(int y, int m, int d, string from, string act) =>
        Day(new(y, m, d), CalendarDayKind.TransferredDayOff, $"Перенос выходного дня {from} ({act})");

    private static CalendarDay Work(int y, int m, int d, string to, string act) =>
        Day(new(y, m, d), CalendarDayKind.TransferredWorkingDay, $"Рабочий день: выходной перенесён {to} ({act})");

    private static CalendarDay ShortWork(int y, int m, int d, string to, string act) =>
        Day(new(y, m, d), CalendarDayKind.ShortenedWorkingDay,
            $"Рабочий день: выходной перенесён {to} ({act}); предпраздничный, на 1 час короче (ТК РФ ст. 95)");

    private static CalendarDay Short(int y, int m, int d) =>
        Day(new(y, m, d), CalendarDayKind.ShortenedWorkingDay, "Предпраздничный день, на 1 час короче (ТК РФ ст. 95)");

    private static CalendarDay Day(DateOnly date, CalendarDayKind kind, string note) =>
        new() { Date = date, Kind = kind, Note = note };
}
