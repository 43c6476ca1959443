using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sobes.Domain.Measures;
using Sobes.Domain.Organisations;
using Sobes.Infrastructure.Measures;
using Sobes.Infrastructure.Persistence;
using Sobes.Web.Auth;
using Sobes.Web.Infrastructure;

namespace Sobes.Web.Areas.Measures.Pages.Catalogue;

public sealed class ParameterForm
{
    public string? Code { get; set; }
    public string? Name { get; set; }
    public int? TerritoryId { get; set; }
    public AmountForm Value { get; set; } = new();

    public ParameterInput ToInput()
    {
        var a = Value.ToInput();
        return new()
        {
            Code = Code,
            Name = Name,
            TerritoryId = TerritoryId,
            ValidFrom = a.ValidFrom,
            Value = a.Value,
            LegalActId = a.LegalActId,
            NewLegalAct = a.NewLegalAct,
            Note = a.Note,
        };
    }
}

public class ParametersModel(MeasureParameters parameters, MeasureLegalActs acts, SobesDbContext db) : PageModel
{
    public List<MeasureParameter> Parameters { get; private set; } = [];
    public Dictionary<int, string> Territories { get; private set; } = [];
    public List<LegalAct> Acts { get; private set; } = [];
    public bool CanEdit { get; private set; }
    public ParameterForm Form { get; private set; } = new();

    public async Task OnGetAsync(string? code, CancellationToken ct)
    {
        await LoadAsync(ct);
        if (code is not null && Parameters.FirstOrDefault(p => p.Code == code) is { } p) Form = new ParameterForm { Code = p.Code, Name = p.Name };
    }

    public async Task<IActionResult> OnPostAsync(ParameterForm form, CancellationToken ct)
    {
        ParameterAdded? added = null;
        if (
            ModelState.IsValid
            && await ModelState.TryAsync("", async () =>
                added = await parameters.AddParameterAsync(HttpContext.Current(), form.ToInput(), ct)
            )
        )
        {
            TempData["Message"] = $"Значение параметра {added!.Parameter.Code} внесено. Пересчитано назначений: {added.Recalculated}"
                                  + (added.Measures.Count > 0 ? $" (меры: {string.Join(", ", added.Measures)})" : "");
            return Redirect("/Measures/Catalogue/Parameters");
        }
        Form = form;
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Parameters = await parameters.ParametersAsync(ct);
        Territories = await db.Territories.AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.Name, ct);
        CanEdit = MeasuresAccess.IsCatalogueEditor(HttpContext.Current());
        if (CanEdit) Acts = await acts.LegalActsAsync(ct);
    }
}
