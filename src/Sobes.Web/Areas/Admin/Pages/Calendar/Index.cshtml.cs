using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sobes.Domain.Calendar;
using Sobes.Domain.Common;
using Sobes.Domain.Organisations;
using Sobes.Infrastructure.Calendar;
using Sobes.Web.Auth;
using Sobes.Web.Infrastructure;

namespace Sobes.Web.Areas.Admin.Pages.Calendar;

public class IndexModel(CalendarService calendar, RegionClock clock) : PageModel
{
    public int Year { get; private set; }
    public Dictionary<DateOnly, CalendarDay> Days { get; private set; } = [];
    public int WorkingDays { get; private set; }
    public DateOnly? From { get; private set; }
    public DateOnly? To { get; private set; }
    public int? DaysToAdd { get; private set; }
    public DateOnly? Deadline { get; private set; }
    public int? Counted { get; private set; }
    public bool IsAdmin { get; private set; }

    [BindProperty] public DayForm Input { get; set; } = new();

    public async Task OnGetAsync(int? year, DateOnly? from, int? days, DateOnly? to, CancellationToken ct)
    {
        await LoadAsync(year ?? clock.Today.Year, ct);
        (From, DaysToAdd, To) = (from, days, to);
        var pc = await calendar.LoadAsync(ct);
        if (from is { } f && days is >= 0 and <= 3660) Deadline = pc.AddWorkingDays(f, days.Value);
        if (from is { } f2 && to is { } t) Counted = pc.CountWorkingDays(f2, t);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var user = HttpContext.Current();
        if (user.Role != Role.Administrator) return Forbid();
        if (Input.Date is null) ModelState.AddModelError("Input.Date", "Укажите дату.");
        if (ModelState.IsValid && await ModelState.TryAsync("Input", () => calendar.SetDayAsync(user, Input.Date!.Value, Input.Kind, Input.Note, ct)))
        {
            TempData["Message"] = $"День {Input.Date:dd.MM.yyyy} сохранён.";
            return Redirect($"/Admin/Calendar?year={Input.Date!.Value.Year}");
        }
        await LoadAsync(Input.Date?.Year ?? clock.Today.Year, ct);
        return Page();
    }

    private async Task LoadAsync(int year, CancellationToken ct)
    {
        Year = Math.Clamp(year, 2000, 2100);
        Days = (await calendar.DaysOfYearAsync(Year, ct)).ToDictionary(d => d.Date);
        WorkingDays = (await calendar.LoadAsync(ct)).CountWorkingDays(new(Year, 1, 1), new(Year, 12, 31));
        IsAdmin = HttpContext.Current().Role == Role.Administrator;
    }

    public static string KindName(CalendarDayKind k) => k switch
    {
        CalendarDayKind.Holiday => "нерабочий праздничный день",
        CalendarDayKind.TransferredDayOff => "выходной (перенос)",
        CalendarDayKind.TransferredWorkingDay => "рабочий день (перенос)",
        _ => "предпраздничный (сокращённый)",
    };

    public sealed class DayForm
    {
        public DateOnly? Date { get; set; }
        public CalendarDayKind? Kind { get; set; }
        public string? Note { get; set; }
    }
}
