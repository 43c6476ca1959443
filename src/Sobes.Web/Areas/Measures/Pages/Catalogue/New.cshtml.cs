using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sobes.Domain.Measures;
using Sobes.Domain.Registry;
using Sobes.Infrastructure.Measures;
using Sobes.Infrastructure.Persistence;
using Sobes.Web.Auth;
using Sobes.Web.Infrastructure;

namespace Sobes.Web.Areas.Measures.Pages.Catalogue;

/// <summary>The administrator's form of a new measure: the flat fields of <see cref="MeasureInput"/> plus the first dated value.</summary>
public sealed class NewMeasureForm
{
    public string? Code { get; set; }
    public string? Name { get; set; }
    public string? ShortName { get; set; }
    public MeasureKind Kind { get; set; } = MeasureKind.Monthly;
    public FundingLevel Funding { get; set; } = FundingLevel.Regional;
    public int? RegulationId { get; set; }
    public int? BasisActId { get; set; }
    public string? BasisArticle { get; set; }
    public List<string> Categories { get; set; } = [];
    public bool ForChild { get; set; }
    public int? ChildMinAge { get; set; }
    public int? ChildMaxAge { get; set; }
    public decimal? IncomeLimitFactor { get; set; }
    public string? Conditions { get; set; }
    public AmountRuleKind AmountRule { get; set; } = AmountRuleKind.Fixed;
    public string? Formula { get; set; }
    public string? BaseParameterCode { get; set; }
    public string? AmountDescription { get; set; }
    public PaymentStartRule StartRule { get; set; } = PaymentStartRule.FromApplicationMonth;
    public PaymentEndRule EndRule { get; set; } = PaymentEndRule.Indefinite;
    public int? EndAge { get; set; }
    public int? DurationMonths { get; set; }
    public StopDateRule StopRule { get; set; } = StopDateRule.FromNextMonth;
    public string? ReportLine { get; set; }
    public AmountForm First { get; set; } = new();

    public MeasureInput ToInput() =>
        new()
        {
            Code = Code,
            Name = Name,
            ShortName = ShortName,
            Kind = Kind,
            Funding = Funding,
            RegulationId = RegulationId,
            Bases = BasisActId is { } act ? [new BasisInput { LegalActId = act, Article = BasisArticle }] : [],
            Eligibility = new EligibilityInput
            {
                CategoryCodes = Categories,
                ForChild = ForChild,
                ChildMinAge = ChildMinAge,
                ChildMaxAge = ChildMaxAge,
                IncomeLimitFactor = IncomeLimitFactor,
                Conditions = Conditions,
            },
            AmountRule = AmountRule,
            Formula = Formula,
            BaseParameterCode = BaseParameterCode,
            AmountDescription = AmountDescription,
            FirstAmount =
                AmountRule is AmountRuleKind.None || (AmountRule is AmountRuleKind.Documented && First.Value is null or 0)
                    ? null
                    : First.ToInput(),
            StartRule = StartRule,
            EndRule = EndRule,
            EndAge = EndAge,
            DurationMonths = DurationMonths,
            StopRule = StopRule,
            ReportLine = ReportLine,
        };
}

public class NewModel(MeasureCatalogueService catalogue, MeasureLegalActs acts, IMeasureRegulations regulations, SobesDbContext db) : PageModel
{
    public NewMeasureForm Form { get; private set; } = new();
    public List<LegalAct> Acts { get; private set; } = [];
    public IReadOnlyList<RegulationRef> Regulations { get; private set; } = [];
    public List<CategoryKind> Categories { get; private set; } = [];
    public List<string> ParameterCodes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!MeasuresAccess.IsCatalogueEditor(HttpContext.Current())) return Forbid();
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(NewMeasureForm form, CancellationToken ct)
    {
        Measure? created = null;
        if (
            ModelState.IsValid
            && await ModelState.TryAsync("", async () => created = await catalogue.CreateAsync(HttpContext.Current(), form.ToInput(), ct))
        )
        {
            TempData["Message"] = $"Мера {created!.Code} добавлена в каталог.";
            return Redirect($"/Measures/Catalogue/Card/{created.Id}");
        }
        Form = form;
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Acts = await acts.LegalActsAsync(ct);
        Regulations = await regulations.ListAsync(ct);
        Categories = await db.CategoryKinds.AsNoTracking().OrderBy(k => k.Name).ToListAsync(ct);
        ParameterCodes = await db.MeasureParameters.Select(p => p.Code).Distinct().OrderBy(c => c).ToListAsync(ct);
    }
}
