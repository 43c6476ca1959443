using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sobes.Domain.Common;
using Sobes.Domain.Measures;
using Sobes.Infrastructure.Measures;
using Sobes.Web.Auth;
using Sobes.Web.Infrastructure;

namespace Sobes.Web.Areas.Measures.Pages.Assignments;

/// <summary>The assignment card: term, status, amount by period, history, the year month by month and the department's forms.</summary>
public class CardModel(AssignmentService assignments, IPaidMonthsQuery payments, RegionClock clock) : PageModel
{
    public AssignmentDetails Details { get; private set; } = null!;
    public bool CanChange { get; private set; }
    public int Year { get; private set; }
    public IReadOnlyList<MonthAmount> Schedule { get; private set; } = [];
    /// <summary>Accrued and withheld by the payment periods, by month of <see cref="Year"/>.</summary>
    public IReadOnlyDictionary<int, (decimal Accrued, decimal Deducted)> Accrued { get; private set; } = new Dictionary<int, (decimal, decimal)>();
    public StopInput Stop { get; private set; } = new();
    public SuspendInput Suspend { get; private set; } = new();
    public ResumeInput Resume { get; private set; } = new();
    public RecalculateInput Recalc { get; private set; } = new();

    public async Task OnGetAsync(long id, int? year, CancellationToken ct) => await LoadAsync(id, year, ct);

    public async Task<IActionResult> OnPostStopAsync(long id, StopInput stop, CancellationToken ct)
    {
        AssignmentDetails? done = null;
        if (await ModelState.TryAsync("stop", async () => done = await assignments.StopAsync(HttpContext.Current(), id, stop, ct)))
            return Done(id, "Выплата прекращена." + await OverpaidAsync(id, done!.Assignment.StoppedFrom, ct));
        Stop = stop;
        return await AgainAsync(id, ct);
    }

    public async Task<IActionResult> OnPostSuspendAsync(long id, SuspendInput suspend, CancellationToken ct)
    {
        if (await ModelState.TryAsync("suspend", () => assignments.SuspendAsync(HttpContext.Current(), id, suspend, ct)))
            return Done(id, "Выплата приостановлена." + await OverpaidAsync(id, suspend.From, ct));
        Suspend = suspend;
        return await AgainAsync(id, ct);
    }

    public async Task<IActionResult> OnPostResumeAsync(long id, ResumeInput resume, CancellationToken ct)
    {
        if (await ModelState.TryAsync("resume", () => assignments.ResumeAsync(HttpContext.Current(), id, resume, ct)))
            return Done(id, "Выплата возобновлена.");
        Resume = resume;
        return await AgainAsync(id, ct);
    }

    public async Task<IActionResult> OnPostRecalcAsync(long id, RecalculateInput recalc, CancellationToken ct)
    {
        if (await ModelState.TryAsync("recalc", () => assignments.RecalculateAsync(HttpContext.Current(), id, recalc, ct)))
            return Done(id, "Размер пересчитан.");
        Recalc = recalc;
        return await AgainAsync(id, ct);
    }

    /// <summary>
    /// A stop or suspension dated in a month the department has already paid makes that money overpaid: the user learns it now, not when
    /// the next period finds it.
    /// </summary>
    private async Task<string> OverpaidAsync(long id, DateOnly? from, CancellationToken ct)
    {
        if (from is not { } f) return "";
        var paid = await payments.FromAsync(HttpContext.Current(), id, f, ct);
        if (paid.Sum <= 0) return "";
        return $" За {string.Join(", ", paid.Months)} уже начислено {RussianFormat.Money(paid.Sum)}: " +
               "при расчёте следующего выплатного периода излишне выплаченное станет переплатой — она удерживается из следующих выплат получателя " +
               "в пределах установленного процента или возвращается им добровольно (раздел «Выплаты» → «Переплаты»).";
    }

    private IActionResult Done(long id, string message)
    {
        TempData["Message"] = message;
        return Redirect($"/Measures/Assignments/Card/{id}");
    }

    private async Task<IActionResult> AgainAsync(long id, CancellationToken ct)
    {
        await LoadAsync(id, null, ct);
        return Page();
    }

    private async Task LoadAsync(long id, int? year, CancellationToken ct)
    {
        var user = HttpContext.Current();
        Details = await assignments.GetAsync(user, id, ct);
        var a = Details.Assignment;
        CanChange = AssignmentService.CanChange(user, a);
        var today = clock.Today;
        Year = year is >= 1990 and <= 2100 ? year.Value : (a.LastPaidDay is { } last && last < today ? last.Year : today.Year);
        Schedule = AssignmentSchedule.Months(a, Details.Measure, new DateOnly(Year, 1, 1), 12);
        Accrued = await payments.ByMonthAsync(user, id, Year, ct);
        Stop.RegisteredOn ??= today;
        Recalc.Children ??= a.Children;
        Recalc.ChildrenWithIncrement ??= a.ChildrenWithIncrement;
        Recalc.DocumentedSum ??= a.DocumentedSum;
    }
}
