using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Sobes.Domain.Audit;
using Sobes.Domain.Common;
using Sobes.Domain.Organisations;
using Sobes.Domain.Registry;
using Sobes.Infrastructure.Audit;
using Sobes.Infrastructure.Persistence;
using Sobes.Infrastructure.Registry;
using Sobes.Web.Auth;
using Sobes.Web.Infrastructure;

namespace Sobes.Web.Areas.Registry.Pages.Citizens;

public class CardModel(RegistryService registry, CitizenDetailsService details, AuditQuery audit, SobesDbContext db, RegionClock clock) : PageModel
{
    public static readonly (string Key, string Title)[] Tabs =
    [
        ("personal", "Личные данные"),
        ("family", "Семья"),
        ("categories", "Категории"),
        ("documents", "Документы"),
        ("assignments", "Назначения"),
        ("history", "История изменений"),
    ];

    public Citizen Citizen { get; private set; } = new();
    public List<FamilyTie> Ties { get; private set; } = [];
    public List<AuditEntry> History { get; private set; } = [];
    public List<SelectListItem> CategoryKinds { get; private set; } = [];
    public string Tab { get; private set; } = "personal";
    public bool CanWrite { get; private set; }
    public string TerritoryName { get; private set; } = "";
    public DateOnly Today => clock.Today;

    [BindProperty] public FamilyTieForm NewTie { get; set; } = new();
    [BindProperty] public CategoryForm NewCategory { get; set; } = new();
    [BindProperty] public DocumentForm NewDocument { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(long id, string? tab, CancellationToken ct)
    {
        await LoadAsync(id, tab, ct);
        return Page();
    }

    public Task<IActionResult> OnPostAddTieAsync(long id, CancellationToken ct) => WriteAsync(id, "family", "NewTie", async user =>
    {
        var relativeId = await ResolveRelativeAsync(user, NewTie.Relative, ct);
        await details.AddFamilyTieAsync(user, id, new FamilyTieInput(relativeId, NewTie.Relation ?? 0, NewTie.Since, NewTie.Note), ct);
    }, "Родственная связь добавлена.", ct);

    public Task<IActionResult> OnPostRemoveTieAsync(long id, long tieId, CancellationToken ct) =>
        WriteAsync(id, "family", "", user => details.RemoveFamilyTieAsync(user, id, tieId, ct), "Связь удалена.", ct);

    public Task<IActionResult> OnPostAddCategoryAsync(long id, CancellationToken ct) => WriteAsync(id, "categories", "NewCategory", user =>
        details.AddCategoryAsync(user, id, new CategoryInput(NewCategory.CategoryKindId ?? 0, NewCategory.DocumentType, NewCategory.DocumentSeries,
            NewCategory.DocumentNumber, NewCategory.DocumentIssueDate, NewCategory.DocumentIssuer, NewCategory.ValidUntil), ct),
        "Категория добавлена.", ct);

    public Task<IActionResult> OnPostRemoveCategoryAsync(long id, long categoryId, CancellationToken ct) =>
        WriteAsync(id, "categories", "", user => details.RemoveCategoryAsync(user, id, categoryId, ct), "Категория удалена.", ct);

    public Task<IActionResult> OnPostAddDocumentAsync(long id, CancellationToken ct) =>
        WriteAsync(
            id,
            "documents",
            "NewDocument",
            user =>
                details.AddDocumentAsync(
                    user,
                    id,
                    new DocumentInput(
                        NewDocument.Type,
                        NewDocument.Series,
                        NewDocument.Number,
                        NewDocument.IssueDate,
                        NewDocument.Issuer,
                        NewDocument.Note
                    ),
                    ct
                ),
            "Документ добавлен.",
            ct
        );

    public Task<IActionResult> OnPostRemoveDocumentAsync(long id, long documentId, CancellationToken ct) =>
        WriteAsync(id, "documents", "", user => details.RemoveDocumentAsync(user, id, documentId, ct), "Документ удалён.", ct);

    private async Task<IActionResult> WriteAsync(
        long id,
        string tab,
        string prefix,
        Func<UserContext, Task> change,
        string done,
        CancellationToken ct
    )
    {
        var user = HttpContext.Current();
        if (!user.IsIn(Roles.RegistryWriters)) return Forbid();
        return await this.ChangeAsync(prefix, () => change(user), done, $"/Registry/Citizens/Card/{id}?tab={tab}", () => LoadAsync(id, tab, ct));
    }

    /// <summary>The relative is named by personal-file number or by СНИЛС.</summary>
    private async Task<long> ResolveRelativeAsync(UserContext user, string? text, CancellationToken ct)
    {
        var t = text?.Trim() ?? "";
        if (Snils.TryParse(t, out var snils, out _))
        {
            var found = await registry.SearchAsync(user, new CitizenSearch(Snils: snils.Digits), ct);
            if (found.Items.Count == 1) return found.Items[0].Id;
        }
        if (long.TryParse(t, out var id)) return id;
        throw new DomainValidationException([new("relative", "Укажите номер личного дела или СНИЛС родственника из регистра вашей территории.")]);
    }

    private async Task LoadAsync(long id, string? tab, CancellationToken ct)
    {
        var user = HttpContext.Current();
        Tab = Tabs.Any(t => t.Key == tab) ? tab! : "personal";
        CanWrite = user.IsIn(Roles.RegistryWriters);
        Citizen = await registry.GetAsync(user, id, ct);
        Ties = Citizen.FamilyTies.Concat(await registry.InverseTiesAsync(user, id, ct)).OrderBy(t => t.Relation).ToList();
        TerritoryName = await db.Territories.Where(t => t.Id == Citizen.TerritoryId).Select(t => t.Name).FirstAsync(ct);
        if (Tab == "history") History = await audit.HistoryOfAsync(id, ct);
        if (Tab == "categories")
            CategoryKinds = await db.CategoryKinds.OrderBy(k => k.Name).Select(k => new SelectListItem(k.Name, k.Id.ToString())).ToListAsync(ct);
    }

    public int CountOf(string tab) => tab switch
    {
        "family" => Ties.Count,
        "categories" => Citizen.Categories.Count,
        "documents" => Citizen.Documents.Count + 1,
        _ => -1,
    };

    public sealed class FamilyTieForm
    {
        public string? Relative { get; set; }
        public FamilyRelation? Relation { get; set; }
        public DateOnly? Since { get; set; }
        public string? Note { get; set; }
    }

    public sealed class CategoryForm
    {
        public int? CategoryKindId { get; set; }
        public string? DocumentType { get; set; }
        public string? DocumentSeries { get; set; }
        public string? DocumentNumber { get; set; }
        public DateOnly? DocumentIssueDate { get; set; }
        public string? DocumentIssuer { get; set; }
        public DateOnly? ValidUntil { get; set; }
    }

    public sealed class DocumentForm
    {
        public string? Type { get; set; }
        public string? Series { get; set; }
        public string? Number { get; set; }
        public DateOnly? IssueDate { get; set; }
        public string? Issuer { get; set; }
        public string? Note { get; set; }
    }
}
