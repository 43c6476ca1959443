using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sobes.Domain.Common;
using Sobes.Infrastructure.Guardianship;
using Sobes.Web.Auth;
using Sobes.Web.Infrastructure;

namespace Sobes.Web.Areas.Guardianship.Pages.Children;

public class CardModel(GuardianshipService service, RegionClock clock) : PageModel
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

    public Task<IActionResult> OnPostEditAsync(long id, CancellationToken ct) =>
        Run(id, "Input", "Учётные данные сохранены.", () => service.UpdateChildAsync(HttpContext.Current(), id, Input, ct), ct);

    public Task<IActionResult> OnPostSchoolAsync(long id, CancellationToken ct) =>
        Run(id, "School", "Обучение добавлено.", () => service.AddSchoolingAsync(HttpContext.Current(), id, School, ct), ct);

    public Task<IActionResult> OnPostEndSchoolAsync(long id, long schoolingId, DateOnly? to, CancellationToken ct) =>
        Run(id, "", "Обучение окончено.", () => service.EndSchoolingAsync(HttpContext.Current(), id, schoolingId, new SchoolingEndInput { To = to }, ct), ct);

    public Task<IActionResult> OnPostPlaceAsync(long id, CancellationToken ct) =>
        Run(id, "Placement", "Устройство ребёнка зарегистрировано.", () => service.AddPlacementAsync(HttpContext.Current(), id, Placement, ct), ct);

    private async Task<IActionResult> Run(long id, string prefix, string message, Func<Task> action, CancellationToken ct)
    {
        if (await ModelState.TryAsync(prefix, action))
        {
            TempData["Message"] = message;
            return Redirect($"/Guardianship/Children/Card/{id}");
        }
        await LoadAsync(id, ct);
        return Page();
    }

    private async Task LoadAsync(long id, CancellationToken ct)
    {
        var user = HttpContext.Current();
        Card = await service.GetChildAsync(user, id, ct);
        CanWrite = await service.CanWriteAsync(user, ct);
    }
}
