using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sobes.Domain.Common;
using Sobes.Infrastructure.Guardianship;
using Sobes.Web.Auth;
using Sobes.Web.Infrastructure;

namespace Sobes.Web.Areas.Guardianship.Pages.Children;

public class CardModel(ChildRegister register, ChildSchooling schooling, ChildPlacements placements, RegionClock clock) : PageModel
{
    public ChildCard Card { get; private set; } = null!;
    public bool CanWrite { get; private set; }
    public DateOnly Today => clock.Today;
    [BindProperty] public ChildInCareInput Input { get; set; } = new();
    [BindProperty] public SchoolingInput School { get; set; } = new();
    [BindProperty] public PlacementInput Placement { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        await LoadAsync(id, ct);
        var c = Card.Child;
        Input = new ChildInCareInput
        {
            CareAbsenceKind = c.CareAbsenceKind, CareAbsenceDocument = c.CareAbsenceDocument, CareAbsenceDocumentDate = c.CareAbsenceDocumentDate,
            DisabledFrom = c.DisabledFrom, LimitedHealthFrom = c.LimitedHealthFrom, Note = c.Note, Version = c.Version,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostEditAsync(long id, CancellationToken ct) =>
        await ModelState.TryAsync("Input", () => register.UpdateChildAsync(HttpContext.Current(), id, Input, ct))
            ? Done(id, "Учётные данные сохранены.") : await ReloadAsync(id, ct);

    public async Task<IActionResult> OnPostSchoolAsync(long id, CancellationToken ct) =>
        await ModelState.TryAsync("School", () => schooling.AddSchoolingAsync(HttpContext.Current(), id, School, ct))
            ? Done(id, "Обучение добавлено.") : await ReloadAsync(id, ct);

    public async Task<IActionResult> OnPostEndSchoolAsync(long id, long schoolingId, DateOnly? to, CancellationToken ct) =>
        await ModelState.TryAsync("", () =>
            schooling.EndSchoolingAsync(HttpContext.Current(), id, schoolingId, new SchoolingEndInput { To = to }, ct)
        )
            ? Done(id, "Обучение окончено.")
            : await ReloadAsync(id, ct);

    public async Task<IActionResult> OnPostPlaceAsync(long id, CancellationToken ct) =>
        await ModelState.TryAsync("Placement", () => placements.AddPlacementAsync(HttpContext.Current(), id, Placement, ct))
            ? Done(id, "Устройство ребёнка зарегистрировано.") : await ReloadAsync(id, ct);

    private IActionResult Done(long id, string message)
    {
        TempData["Message"] = message;
        return Redirect($"/Guardianship/Children/Card/{id}");
    }

    private async Task<IActionResult> ReloadAsync(long id, CancellationToken ct)
    {
        await LoadAsync(id, ct);
        return Page();
    }

    private async Task LoadAsync(long id, CancellationToken ct) =>
        (Card, CanWrite) = await register.CardPageAsync(HttpContext.Current(), id, ct);
}
