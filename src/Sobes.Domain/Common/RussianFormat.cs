using System.Globalization;

namespace Sobes.Domain.Common;

/// <summary>
/// The one Russian formatting of money, numbers, percents, months and dates for pages, documents, texts stored with acts and reports,
/// and audit messages, independent of the server's culture. An absent value is shown as «—».
/// </summary>
public static class RussianFormat
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("ru-RU");

    private const string Dash = "—";

    private static readonly string[] Months =
        ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"];

    private static readonly string[] MonthsGenitive =
        ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"];

    /// <summary>«1 234,56 ₽».</summary>
    public static string Money(decimal amount) => MoneyFigure(amount) + " ₽";

    /// <summary>«1 234,56 ₽», or «—» when there is no amount.</summary>
    public static string Money(decimal? amount) => amount is { } v ? Money(v) : Dash;

    /// <summary>«1 234,56» without the currency sign (columns headed «Сумма, ₽»).</summary>
    public static string MoneyFigure(decimal amount) => amount.ToString("#,##0.00", Culture);

    /// <summary>
    /// «1 234,5678 ₽»: kopecks always shown; more digits only when an exact intermediate figure has them,
    /// so the printed arithmetic checks out (fee calculations, formula bases).
    /// </summary>
    public static string MoneyExact(decimal amount) => MoneyExactFigure(amount) + " ₽";

    /// <summary>«1 234,5678» without the currency sign: kopecks always, up to four decimals.</summary>
    public static string MoneyExactFigure(decimal amount) => amount.ToString("#,##0.00##", Culture);

    /// <summary>«1 234,567» (up to three decimals), or «—».</summary>
    public static string Number(decimal? value) => value?.ToString("#,##0.###", Culture) ?? Dash;

    /// <summary>«1 234,5678» (up to four decimals) for exact intermediate figures.</summary>
    public static string NumberExact(decimal value) => value.ToString("#,##0.####", Culture);

    /// <summary>A share as a percent: 0.125 → «12,5 %».</summary>
    public static string Percent(decimal share) => (share * 100m).ToString("0.##", Culture) + " %";

    /// <summary>A decimal for an input field's value: invariant, so the browser's number field reads it; empty when absent.</summary>
    public static string Input(decimal? value) => value?.ToString("0.###", CultureInfo.InvariantCulture) ?? "";

    /// <summary>«январь».</summary>
    public static string MonthName(int month) => Months[month - 1];

    /// <summary>«Январь» (a period's title, a month picker).</summary>
    public static string MonthNameCapitalised(int month) => MonthName(month) is var n ? char.ToUpperInvariant(n[0]) + n[1..] : "";

    /// <summary>«января» (dates written out: «5 января 2026 г.»).</summary>
    public static string MonthGenitive(int month) => MonthsGenitive[month - 1];

    /// <summary>«январь 2026».</summary>
    public static string MonthAndYear(int year, int month) => $"{MonthName(month)} {year}";

    /// <summary>«03.2026»: the month a payment is for.</summary>
    public static string MonthShort(DateOnly month) => $"{month.Month:00}.{month.Year}";

    /// <summary>«05.01.2026», or «—».</summary>
    public static string Date(DateOnly? date) => date?.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture) ?? Dash;

    /// <summary>«2026-01-05» for a date field's value; empty when absent.</summary>
    public static string Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    /// <summary>A deadline counted from today: «сегодня», «через 3 дня», «просрочен на 1 день».</summary>
    public static string Days(int days) => days switch
    {
        0 => "сегодня",
        > 0 => "через " + RussianPlural.Of(days, "день", "дня", "дней"),
        _ => "просрочен на " + RussianPlural.Of(-days, "день", "дня", "дней"),
    };
}
