using Microsoft.EntityFrameworkCore;
using Sobes.Domain.Audit;
using Sobes.Domain.Common;
using Sobes.Domain.Organisations;
using Sobes.Domain.Registry;
using Sobes.Infrastructure.Audit;
using Sobes.Infrastructure.Persistence;

namespace Sobes.Infrastructure.Registry;

public sealed record FamilyTieInput(long RelativeId, FamilyRelation Relation, DateOnly? Since, string? Note);

public sealed record CategoryInput(int CategoryKindId, string? DocumentType, string? DocumentSeries, string? DocumentNumber,
    DateOnly? DocumentIssueDate, string? DocumentIssuer, DateOnly? ValidUntil);

public sealed record DocumentInput(string? Type, string? Series, string? Number, DateOnly? IssueDate, string? Issuer, string? Note);

/// <summary>Family ties, categories and documents of a personal file; each change is audited on the file it touches.</summary>
public sealed class CitizenDetailsService(SobesDbContext db, RegistryService registry, AuditLog audit, RegionClock clock)
{
    public async Task<FamilyTie> AddFamilyTieAsync(UserContext user, long citizenId, FamilyTieInput input, CancellationToken ct = default)
    {
        var citizen = await registry.LoadForChangeAsync(user, citizenId, ct);
        if (input.RelativeId == citizenId) throw Invalid("relativeId", "Нельзя связать гражданина с самим собой.");
        if (!Enum.IsDefined(input.Relation)) throw Invalid("relation", "Укажите вид родственной связи.");
        var relative = await db.Citizens.VisibleTo(user).FirstOrDefaultAsync(c => c.Id == input.RelativeId, ct)
                       ?? throw Invalid("relativeId", "Родственник не найден в регистре вашей территории.");
        var exists = await db.FamilyTies.AnyAsync(t =>
            (t.CitizenId == citizenId && t.RelativeId == relative.Id) || (t.CitizenId == relative.Id && t.RelativeId == citizenId), ct);
        if (exists) throw new ConflictException("Связь между этими гражданами уже записана.", "relativeId");
        if (input.Since is { } since && since > clock.Today) throw Invalid("since", "Дата не может быть в будущем.");

        var tie = new FamilyTie
        {
            CitizenId = citizenId,
            RelativeId = relative.Id,
            Relation = input.Relation,
            Since = input.Since,
            Note = input.Note?.Trim(),
        };
        citizen.FamilyTies.Add(tie);
        var text = $"{input.Relation.Russian()}: {relative.FullName}";
        audit.Add(
            user,
            AuditAction.Create,
            nameof(FamilyTie),
            null,
            citizenId,
            "Добавлена родственная связь — " + text,
            [new("Родственная связь", null, text)]
        );
        var inverse = $"{input.Relation.Inverse().Russian()}: {citizen.FullName}";
        audit.Add(
            user,
            AuditAction.Create,
            nameof(FamilyTie),
            null,
            relative.Id,
            "Добавлена родственная связь — " + inverse,
            [new("Родственная связь", null, inverse)]
        );
        await db.SaveChangesAsync(ct);
        return tie;
    }

    public async Task RemoveFamilyTieAsync(UserContext user, long citizenId, long tieId, CancellationToken ct = default)
    {
        await registry.LoadForChangeAsync(user, citizenId, ct);
        var tie = await db.FamilyTies.Include(t => t.Relative)
                      .FirstOrDefaultAsync(t => t.Id == tieId && (t.CitizenId == citizenId || t.RelativeId == citizenId), ct)
                  ?? throw new NotFoundException("Связь не найдена.");
        db.FamilyTies.Remove(tie);
        var text = $"{tie.Relation.Russian()}: {tie.Relative?.FullName}";
        audit.Add(
            user,
            AuditAction.Delete,
            nameof(FamilyTie),
            tie.Id.ToString(),
            tie.CitizenId,
            "Удалена родственная связь — " + text,
            [new("Родственная связь", text, null)]
        );
        await db.SaveChangesAsync(ct);
    }

    public async Task<CitizenCategory> AddCategoryAsync(UserContext user, long citizenId, CategoryInput input, CancellationToken ct = default)
    {
        var citizen = await registry.LoadForChangeAsync(user, citizenId, ct);
        var kind = await db.CategoryKinds.FirstOrDefaultAsync(k => k.Id == input.CategoryKindId, ct)
                   ?? throw Invalid("categoryKindId", "Выберите категорию из справочника.");
        if (input.DocumentIssueDate is { } issued && issued > clock.Today) throw Invalid("documentIssueDate", "Дата выдачи не может быть в будущем.");
        if (input.ValidUntil is { } until && input.DocumentIssueDate is { } from && until < from)
            throw Invalid("validUntil", "Срок действия не может закончиться раньше даты выдачи.");
        if (citizen.Categories.Any(c => c.CategoryKindId == kind.Id && c.IsValidOn(clock.Today)))
            throw new ConflictException($"Категория «{kind.Name}» уже назначена и действует.", "categoryKindId");

        var cat = new CitizenCategory
        {
            CitizenId = citizenId, CategoryKindId = kind.Id, DocumentType = Clean(input.DocumentType) ?? kind.DocumentName,
            DocumentSeries = Clean(input.DocumentSeries), DocumentNumber = Clean(input.DocumentNumber),
            DocumentIssueDate = input.DocumentIssueDate, DocumentIssuer = Clean(input.DocumentIssuer), ValidUntil = input.ValidUntil,
        };
        citizen.Categories.Add(cat);
        var text = $"{kind.Name}; {cat.DocumentType} {cat.DocumentSeries} № {cat.DocumentNumber}".Trim();
        audit.Add(
            user,
            AuditAction.Create,
            nameof(CitizenCategory),
            null,
            citizenId,
            "Добавлена категория — " + kind.Name,
            [new("Категория", null, text)]
        );
        await db.SaveChangesAsync(ct);
        return cat;
    }

    public async Task RemoveCategoryAsync(UserContext user, long citizenId, long categoryId, CancellationToken ct = default)
    {
        var citizen = await registry.LoadForChangeAsync(user, citizenId, ct);
        var cat = citizen.Categories.FirstOrDefault(c => c.Id == categoryId) ?? throw new NotFoundException("Категория не найдена.");
        citizen.Categories.Remove(cat);
        audit.Add(user, AuditAction.Delete, nameof(CitizenCategory), categoryId.ToString(), citizenId,
            "Удалена категория — " + cat.CategoryKind?.Name, [new("Категория", cat.CategoryKind?.Name, null)]);
        await db.SaveChangesAsync(ct);
    }

    public async Task<CitizenDocument> AddDocumentAsync(UserContext user, long citizenId, DocumentInput input, CancellationToken ct = default)
    {
        var citizen = await registry.LoadForChangeAsync(user, citizenId, ct);
        if (string.IsNullOrWhiteSpace(input.Type)) throw Invalid("type", "Укажите вид документа.");
        if (input.IssueDate is { } issued && issued > clock.Today) throw Invalid("issueDate", "Дата выдачи не может быть в будущем.");
        var doc = new CitizenDocument
        {
            CitizenId = citizenId, Type = input.Type.Trim(), Series = Clean(input.Series), Number = Clean(input.Number),
            IssueDate = input.IssueDate, Issuer = Clean(input.Issuer), Note = Clean(input.Note),
        };
        citizen.Documents.Add(doc);
        var text = $"{doc.Type} {doc.Series} № {doc.Number}".Trim();
        audit.Add(
            user,
            AuditAction.Create,
            nameof(CitizenDocument),
            null,
            citizenId,
            "Добавлен документ — " + doc.Type,
            [new("Документ", null, text)]
        );
        await db.SaveChangesAsync(ct);
        return doc;
    }

    public async Task RemoveDocumentAsync(UserContext user, long citizenId, long documentId, CancellationToken ct = default)
    {
        var citizen = await registry.LoadForChangeAsync(user, citizenId, ct);
        var doc = citizen.Documents.FirstOrDefault(d => d.Id == documentId) ?? throw new NotFoundException("Документ не найден.");
        citizen.Documents.Remove(doc);
        audit.Add(user, AuditAction.Delete, nameof(CitizenDocument), documentId.ToString(), citizenId, "Удалён документ — " + doc.Type,
            [new("Документ", $"{doc.Type} {doc.Series} № {doc.Number}".Trim(), null)]);
        await db.SaveChangesAsync(ct);
    }

    private static DomainValidationException Invalid(string field, string message) => new([new(field, message)]);
    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
