using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sobes.Domain.Common;
using Sobes.Domain.Guardianship;
using Sobes.Infrastructure.Guardianship;
using Sobes.Web.Auth;
using Sobes.Web.Infrastructure;

namespace Sobes.Web.Areas.Guardianship.Pages.Contracts;

public class CardModel(GuardianshipService service, FosterFamilyOverview payments, RegionClock clock) : PageModel
{
    public ContractCard Card { get; private set; } = null!;
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

    public Task<IActionResult> OnPostLeaveAsync(long id, CancellationToken ct) =>
        Run(id, "Leave", "Выбытие ребёнка зарегистрировано.", () => service.RegisterLeavingAsync(HttpContext.Current(), id, Leave, ct), ct);

    public Task<IActionResult> OnPostEndAsync(long id, CancellationToken ct) =>
        Run(id, "End", "Договор прекращён.", () => service.EndContractAsync(HttpContext.Current(), id, End, ct), ct);

    public Task<IActionResult> OnPostAddAsync(long id, CancellationToken ct) =>
        Run(id, "Add", "Ребёнок передан в семью.", () => service.AddChildAsync(HttpContext.Current(), id, Add, ct), ct);

    private async Task<IActionResult> Run(long id, string prefix, string message, Func<Task> action, CancellationToken ct)
    {
        if (await ModelState.TryAsync(prefix, action))
        {
            TempData["Message"] = message;
            return Redirect($"/Guardianship/Contracts/Card/{id}");
        }
        await LoadAsync(id, ct);
        return Page();
    }

    private async Task LoadAsync(long id, CancellationToken ct)
    {
        var user = HttpContext.Current();
        Card = await service.GetContractAsync(user, id, ct);
        CanWrite = await service.CanWriteAsync(user, ct);
        Family = FosterApplications.SeesPayments(user, Card.Contract) ? await payments.GetAsync(user, id, null, null, ct) : null;
        if (!CanWrite) return;
        ChildGrounds = await service.ChildGroundsAsync(ct);
        EndGrounds = await service.EndGroundsAsync(ct);
        Candidates = (await service.ListChildrenAsync(user, null, null, ct)).Where(c => c.Status is ChildCareStatus.NotPlaced or ChildCareStatus.Institution).ToList();
    }
}
