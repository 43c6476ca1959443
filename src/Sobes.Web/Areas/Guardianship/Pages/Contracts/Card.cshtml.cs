using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sobes.Domain.Common;
using Sobes.Domain.Guardianship;
using Sobes.Infrastructure.Guardianship;
using Sobes.Web.Auth;
using Sobes.Web.Infrastructure;

namespace Sobes.Web.Areas.Guardianship.Pages.Contracts;

public class CardModel(FosterContractRegister register, FosterContractConclusion conclusion, FosterFamilyLeaving leaving, RegionClock clock)
    : PageModel
{
    public FosterContractCard Card { get; private set; } = null!;
    public bool CanWrite { get; private set; }
    public IReadOnlyList<EndGround> ChildGrounds { get; private set; } = [];
    public IReadOnlyList<EndGround> EndGrounds { get; private set; } = [];
    public IReadOnlyList<ChildListItem> Candidates { get; private set; } = [];
    public DateOnly Today => clock.Today;
    /// <summary>The family's material support this month (seed 002 cl. 4).</summary>
    public FamilyPayments? Family { get; private set; }
    [BindProperty] public LeaveInput Leave { get; set; } = new();
    [BindProperty] public EndContractInput End { get; set; } = new();
    [BindProperty] public AddContractChildInput Add { get; set; } = new();

    public async Task OnGetAsync(long id, CancellationToken ct) => await LoadAsync(id, ct);

    public async Task<IActionResult> OnPostLeaveAsync(long id, CancellationToken ct) =>
        await ModelState.TryAsync("Leave", () => leaving.RegisterLeavingAsync(HttpContext.Current(), id, Leave, ct))
            ? Done(id, "Выбытие ребёнка зарегистрировано.") : await ReloadAsync(id, ct);

    public async Task<IActionResult> OnPostEndAsync(long id, CancellationToken ct) =>
        await ModelState.TryAsync("End", () => leaving.EndContractAsync(HttpContext.Current(), id, End, ct))
            ? Done(id, "Договор прекращён.") : await ReloadAsync(id, ct);

    public async Task<IActionResult> OnPostAddAsync(long id, CancellationToken ct) =>
        await ModelState.TryAsync("Add", () => conclusion.AddChildAsync(HttpContext.Current(), id, Add, ct))
            ? Done(id, "Ребёнок передан в семью.") : await ReloadAsync(id, ct);

    private IActionResult Done(long id, string message)
    {
        TempData["Message"] = message;
        return Redirect($"/Guardianship/Contracts/Card/{id}");
    }

    private async Task<IActionResult> ReloadAsync(long id, CancellationToken ct)
    {
        await LoadAsync(id, ct);
        return Page();
    }

    private async Task LoadAsync(long id, CancellationToken ct) =>
        (Card, CanWrite, Family, ChildGrounds, EndGrounds, Candidates) = await register.CardPageAsync(HttpContext.Current(), id, ct);
}
