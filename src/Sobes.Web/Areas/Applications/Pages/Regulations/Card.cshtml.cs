using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sobes.Infrastructure.Applications;
using Sobes.Infrastructure.Measures;
using Sobes.Web.Auth;
using Sobes.Web.Infrastructure;

namespace Sobes.Web.Areas.Applications.Pages.Regulations;

public class CardModel(RegulationService catalogue) : PageModel
{
    public RegulationCard Card { get; private set; } = null!;
    public bool CanEdit { get; private set; }

    public async Task OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct);

    public Task<IActionResult> OnPostDocumentAsync(int id, RegulationDocumentInput document, CancellationToken ct) =>
        ChangeAsync(id, "Документ добавлен в перечень.", "documents", () => catalogue.AddDocumentAsync(HttpContext.Current(), id, document, ct), ct);

    public Task<IActionResult> OnPostRemoveDocumentAsync(int id, int documentId, CancellationToken ct) =>
        ChangeAsync(
            id,
            "Документ исключён из перечня.",
            "documents",
            () => catalogue.RemoveDocumentAsync(HttpContext.Current(), id, documentId, ct),
            ct
        );

    public Task<IActionResult> OnPostGroundAsync(int id, RefusalGroundInput ground, CancellationToken ct) =>
        ChangeAsync(id, "Основание отказа добавлено.", "grounds", () => catalogue.AddRefusalGroundAsync(HttpContext.Current(), id, ground, ct), ct);

    public Task<IActionResult> OnPostRemoveGroundAsync(int id, int groundId, CancellationToken ct) =>
        ChangeAsync(
            id,
            "Основание отказа исключено.",
            "grounds",
            () => catalogue.RemoveRefusalGroundAsync(HttpContext.Current(), id, groundId, ct),
            ct
        );

    public Task<IActionResult> OnPostDeadlineAsync(int id, DeadlineInput deadline, CancellationToken ct) =>
        ChangeAsync(id, "Срок принятия решения изменён.", "deadlines", () => catalogue.SetDeadlineAsync(HttpContext.Current(), id, deadline, ct), ct);

    private Task<IActionResult> ChangeAsync(int id, string message, string anchor, Func<Task> change, CancellationToken ct) =>
        this.ChangeAsync("", change, message, $"/Applications/Regulations/Card/{id}#{anchor}", () => LoadAsync(id, ct));

    private async Task LoadAsync(int id, CancellationToken ct)
    {
        Card = await catalogue.RegulationAsync(id, ct);
        CanEdit = MeasuresAccess.IsCatalogueEditor(HttpContext.Current());
    }
}
