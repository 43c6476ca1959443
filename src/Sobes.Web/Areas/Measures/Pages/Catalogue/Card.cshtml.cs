using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sobes.Domain.Measures;
using Sobes.Infrastructure.Measures;
using Sobes.Web.Auth;
using Sobes.Web.Infrastructure;

namespace Sobes.Web.Areas.Measures.Pages.Catalogue;

/// <summary>The form of a dated value: an act from the list or a new one typed in.</summary>
public sealed class AmountForm
{
    // Nullable, so an empty field reaches the service and gets its Russian message instead of a binding error.
    public DateOnly? ValidFrom { get; set; }
    public decimal? Value { get; set; }
    public int? LegalActId { get; set; }
    public LegalActType NewActType { get; set; } = LegalActType.GovernmentResolution;
    public string? NewActNumber { get; set; }
    public DateOnly? NewActAdoptedOn { get; set; }
    public string? NewActTitle { get; set; }
    public string? Note { get; set; }

    public AmountInput ToInput() => new()
    {
        ValidFrom = ValidFrom ?? default, Value = Value ?? 0, LegalActId = LegalActId, Note = Note,
        NewLegalAct = LegalActId is null && !string.IsNullOrWhiteSpace(NewActNumber)
            ? new LegalActInput { Type = NewActType, Number = NewActNumber, AdoptedOn = NewActAdoptedOn ?? default, Title = NewActTitle }
            : null,
    };
}

public class CardModel(MeasureCatalogueService catalogue, MeasureLegalActs acts) : PageModel
{
    public MeasureCard Card { get; private set; } = null!;
    public List<LegalAct> Acts { get; private set; } = [];
    public bool CanEdit { get; private set; }
    public AmountForm Amount { get; private set; } = new();

    public async Task OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct);

    public async Task<IActionResult> OnPostAmountAsync(int id, AmountForm amount, CancellationToken ct)
    {
        AmountAdded? added = null;
        if (
            ModelState.IsValid
            && await ModelState.TryAsync("", async () =>
                added = await catalogue.AddAmountAsync(HttpContext.Current(), id, amount.ToInput(), ct)
            )
        )
        {
            TempData["Message"] = $"Размер с {added!.Amount.ValidFrom:dd.MM.yyyy} внесён. Пересчитано назначений: {added!.Recalculated}";
            return Redirect($"/Measures/Catalogue/Card/{id}#amounts");
        }
        Amount = amount;
        await LoadAsync(id, ct);
        return Page();
    }

    private async Task LoadAsync(int id, CancellationToken ct)
    {
        Card = await catalogue.GetAsync(id, ct);
        CanEdit = MeasuresAccess.IsCatalogueEditor(HttpContext.Current());
        if (CanEdit) Acts = await acts.LegalActsAsync(ct);
    }
}
