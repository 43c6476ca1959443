using Sobes.Domain.Calendar;

namespace Sobes.Domain.Tests;

public class CalendarTests
{
    private static readonly ProductionCalendar Calendar = new(RussianCalendarData.All);

    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    // Totals of the official production calendars for a five-day week.
    [Theory]
    [InlineData(2015, 247)]
    [InlineData(2023, 247)]
    [InlineData(2024, 248)]
    [InlineData(2025, 247)]
    [InlineData(2026, 247)]
    [InlineData(2027, 247)]
    public void Year_has_the_official_number_of_working_days(int year, int expected) =>
        Assert.Equal(expected, Calendar.CountWorkingDays(new(year, 1, 1), new(year, 12, 31)));

    // Норма часов при 40-часовой неделе: 8 ч × рабочие дни − 1 ч за каждый предпраздничный день (ТК РФ ст. 95).
    [Theory]
    [InlineData(2015, 1971)]
    [InlineData(2023, 1973)]
    [InlineData(2024, 1979)]
    [InlineData(2025, 1972)]
    [InlineData(2026, 1972)]
    [InlineData(2027, 1972)]
    public void Year_has_the_official_hour_norm_of_a_40_hour_week(int year, int expected)
    {
        var working = Calendar.CountWorkingDays(new(year, 1, 1), new(year, 12, 31));
        var shortened = RussianCalendarData.All.Count(d => d.Date.Year == year && d.Kind == CalendarDayKind.ShortenedWorkingDay);
        Assert.Equal(expected, working * 8 - shortened);
    }

    [Fact]
    public void No_date_is_listed_twice() =>
        Assert.Empty(RussianCalendarData.All.GroupBy(d => d.Date).Where(g => g.Count() > 1).Select(g => g.Key));

    [Fact]
    public void Data_covers_2023_to_2027_and_2015_of_seed_004() =>
        Assert.Equal([2015, 2023, 2024, 2025, 2026, 2027], RussianCalendarData.All.Select(d => d.Date.Year).Distinct().Order());

    // A holiday or a moved day off only matters on a weekday; a transfer makes working a Saturday or Sunday.
    [Fact]
    public void Each_kind_falls_on_the_days_of_the_week_it_can_change()
    {
        foreach (var day in RussianCalendarData.All)
        {
            var weekend = day.Date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
            var ok = day.Kind switch
            {
                CalendarDayKind.Holiday or CalendarDayKind.TransferredDayOff => !weekend,
                CalendarDayKind.TransferredWorkingDay => weekend,
                // A shortened Saturday exists only as a working Saturday set by a decree.
                CalendarDayKind.ShortenedWorkingDay => !weekend || day.Note.Contains("пост. Правительства РФ"),
                _ => false,
            };
            Assert.True(ok, $"{day.Date:yyyy-MM-dd} {day.Kind}: {day.Note}");
        }
    }

    [Fact]
    public void Every_note_cites_the_act_that_makes_the_day()
    {
        Assert.All(RussianCalendarData.All, d =>
            Assert.True(d.Note.Contains("ТК РФ ст.") || d.Note.Contains("пост. Правительства РФ №"), d.Note));
    }

    // ТК РФ ст. 95: the working day immediately before a non-working holiday is an hour shorter.
    [Fact]
    public void Every_weekday_before_a_weekday_holiday_is_shortened()
    {
        var kinds = RussianCalendarData.All.ToDictionary(d => d.Date, d => d.Kind);
        foreach (var holiday in RussianCalendarData.All.Where(d => d.Kind == CalendarDayKind.Holiday))
        {
            var before = holiday.Date.AddDays(-1);
            if (before.Year < 2023 || !Calendar.IsWorkingDay(before)) continue;
            Assert.True(kinds.GetValueOrDefault(before) == CalendarDayKind.ShortenedWorkingDay, $"{before:yyyy-MM-dd}");
        }
    }

    [Theory]
    [InlineData("2023-02-24", false)] // перенос с 1 января, пост. № 1505
    [InlineData("2023-11-06", false)] // 4 ноября — суббота, ТК РФ ст. 112 ч. 2
    [InlineData("2024-04-27", true)]  // рабочая суббота, пост. № 1314
    [InlineData("2024-11-02", true)]  // рабочая суббота, пост. № 1314
    [InlineData("2024-12-28", true)]  // рабочая суббота, пост. № 1314
    [InlineData("2024-12-31", false)] // перенос с 7 января, пост. № 1314
    [InlineData("2025-02-24", true)]  // 23 февраля перенесено на 8 мая, а не на понедельник, пост. № 1335
    [InlineData("2025-03-10", true)]  // 8 марта перенесено на 13 июня, пост. № 1335
    [InlineData("2025-06-13", false)] // пост. № 1335
    [InlineData("2025-11-01", true)]  // рабочая суббота, пост. № 1335
    [InlineData("2025-11-03", false)] // пост. № 1335
    [InlineData("2026-01-09", false)] // перенос с 3 января, пост. № 1466
    [InlineData("2026-03-09", false)] // 8 марта — воскресенье, ТК РФ ст. 112 ч. 2
    [InlineData("2026-12-31", false)] // перенос с 4 января, пост. № 1466
    [InlineData("2027-02-20", true)]  // рабочая суббота, пост. № 1187
    [InlineData("2027-02-22", false)] // пост. № 1187
    [InlineData("2027-06-14", false)] // 12 июня — суббота, ТК РФ ст. 112 ч. 2
    [InlineData("2027-11-05", false)] // перенос со 2 января, пост. № 1187
    [InlineData("2025-01-09", true)]  // first working day after the New Year holidays
    public void Known_day_is_working_or_not(string date, bool working) =>
        Assert.Equal(working, Calendar.IsWorkingDay(D(date)));

    // Deadlines count from the next day and skip the New Year holidays (29.12.2024–08.01.2025)
    // while counting the working Saturday 28.12.2024.
    [Fact]
    public void Ten_working_days_from_25_December_2024_end_on_17_January_2025() =>
        Assert.Equal(D("2025-01-17"), Calendar.AddWorkingDays(D("2024-12-25"), 10));

    [Fact]
    public void Adding_days_skips_the_May_holidays_2025()
    {
        Assert.Equal(D("2025-05-05"), Calendar.AddWorkingDays(D("2025-04-30"), 1));
        Assert.Equal(D("2025-05-12"), Calendar.AddWorkingDays(D("2025-05-07"), 1));
    }

    // Пост. № 1314: Saturday 27.04.2024 is working, 29–30 April are days off, 1 May is a holiday.
    [Fact]
    public void Adding_days_counts_a_transferred_working_Saturday()
    {
        Assert.Equal(D("2024-04-27"), Calendar.AddWorkingDays(D("2024-04-26"), 1));
        Assert.Equal(D("2024-05-02"), Calendar.AddWorkingDays(D("2024-04-26"), 2));
    }

    [Theory]
    [InlineData("2025-01-01", "2025-01-31", 17)]
    [InlineData("2024-05-01", "2024-05-31", 20)]
    [InlineData("2023-02-20", "2023-02-26", 3)]  // 23–26 February off
    [InlineData("2024-04-27", "2024-04-27", 1)]  // both ends included
    [InlineData("2025-01-31", "2025-01-01", 0)]  // reversed range
    public void Counts_working_days_with_both_ends_included(string from, string to, int expected) =>
        Assert.Equal(expected, Calendar.CountWorkingDays(D(from), D(to)));

    [Theory]
    [InlineData("2025-01-01", "2025-01-09")] // holiday → first day after the holidays
    [InlineData("2025-06-14", "2025-06-16")] // Saturday → Monday
    [InlineData("2025-11-01", "2025-11-01")] // working Saturday stays
    [InlineData("2025-06-11", "2025-06-11")] // working day stays
    public void Adding_zero_days_moves_a_day_off_to_the_next_working_day(string start, string expected) =>
        Assert.Equal(D(expected), Calendar.AddWorkingDays(D(start), 0));

    [Fact]
    public void Adding_negative_days_throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.AddWorkingDays(D("2025-01-10"), -1));
}
