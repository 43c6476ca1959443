using Microsoft.EntityFrameworkCore;
using Sobes.Domain.Applications;
using Sobes.Domain.Audit;
using Sobes.Domain.Common;
using Sobes.Domain.Organisations;
using Sobes.Infrastructure.Audit;
using Sobes.Infrastructure.Measures;
using Sobes.Infrastructure.Persistence;

namespace Sobes.Infrastructure.Applications;

/// <summary>
/// Administrative regulations (seed 002): the list with the number of measures provided under each, the card, and the catalogue editor's
/// changes to the documents, refusal grounds and the decision deadline. Every change is audited in its one SaveChanges.
/// </summary>
public sealed class RegulationService(SobesDbContext db, AuditLog audit)
{
    public async Task<List<(AdministrativeRegulation Regulation, int Measures)>> RegulationsAsync(CancellationToken ct = default)
    {
        var regulations = await db.Regulations.AsNoTracking().Include(r => r.LegalAct).OrderBy(r => r.Id).ToListAsync(ct);
        var counts = await db
            .Measures.Where(m => m.RegulationId != null)
            .GroupBy(m => m.RegulationId!.Value)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        return regulations.Select(r => (r, counts.GetValueOrDefault(r.Id))).ToList();
    }

    public async Task<RegulationCard> RegulationAsync(int id, CancellationToken ct = default)
    {
        var r = await db
            .Regulations.AsNoTracking()
            .AsSplitQuery()
            .Include(x => x.LegalAct)
            .Include(x => x.Documents)
            .Include(x => x.Steps)
            .Include(x => x.RefusalGrounds)
            .FirstOrDefaultAsync(x => x.Id == id, ct)
            ?? throw new NotFoundException("Регламент не найден.");
        r.Documents = [.. r.Documents.OrderBy(d => d.Order).ThenBy(d => d.Id)];
        r.Steps = [.. r.Steps.OrderBy(s => s.Order).ThenBy(s => s.Id)];
        r.RefusalGrounds = [.. r.RefusalGrounds.OrderBy(g => g.Id)];
        var measures = await db.Measures.AsNoTracking().Where(m => m.RegulationId == id).OrderBy(m => m.Code).ToListAsync(ct);
        return new RegulationCard(r, measures);
    }

    public async Task<RegulationDocument> AddDocumentAsync(
        UserContext user,
        int regulationId,
        RegulationDocumentInput input,
        CancellationToken ct = default
    )
    {
        MeasuresAccess.RequireCatalogueEditor(user);
        var r = await TrackedRegulationAsync(regulationId, ct);
        var errors = new List<ValidationError>();
        if (string.IsNullOrWhiteSpace(input.Name)) errors.Add(new("name", "Укажите наименование документа."));
        if (!Enum.IsDefined(input.Source)) errors.Add(new("source", "Укажите, кто представляет документ."));
        if (input.Source == DocumentSource.Interagency && string.IsNullOrWhiteSpace(input.ProvidingBody))
            errors.Add(new("providingBody", "Для межведомственного запроса укажите орган, у которого запрашивается документ."));
        if (input.ValidityDays is <= 0 or > 3660) errors.Add(new("validityDays", "Срок действия — от 1 до 3660 дней."));
        DomainValidationException.ThrowIfAny(errors);
        var order = await db.RegulationDocuments.Where(d => d.RegulationId == regulationId).MaxAsync(d => (int?)d.Order, ct) ?? 0;
        var document = new RegulationDocument
        {
            RegulationId = r.Id,
            Order = order + 1,
            Name = input.Name!.Trim(),
            Clause = input.Clause?.Trim() ?? "",
            Mandatory = input.Mandatory,
            Source = input.Source,
            ProvidingBody = string.IsNullOrWhiteSpace(input.ProvidingBody) ? null : input.ProvidingBody.Trim(),
            ValidityDays = input.ValidityDays,
            AlternativeGroup = string.IsNullOrWhiteSpace(input.AlternativeGroup) ? null : input.AlternativeGroup.Trim(),
            Condition = input.Condition?.Trim() ?? "",
        };
        db.RegulationDocuments.Add(document);
        audit.Add(
            user,
            AuditAction.Update,
            nameof(AdministrativeRegulation),
            r.Code,
            null,
            $"Регламент {r.Code}: добавлен документ «{document.Name}»"
        );
        await db.SaveChangesAsync(ct);
        return document;
    }

    public async Task RemoveDocumentAsync(UserContext user, int regulationId, int documentId, CancellationToken ct = default)
    {
        MeasuresAccess.RequireCatalogueEditor(user);
        var r = await TrackedRegulationAsync(regulationId, ct);
        var document = await db.RegulationDocuments.FirstOrDefaultAsync(d => d.Id == documentId && d.RegulationId == regulationId, ct)
                       ?? throw new NotFoundException("Документа нет в перечне регламента.");
        if (
            await db.SubmittedDocuments.AnyAsync(d => d.RegulationDocumentId == documentId, ct)
            || await db.InteragencyRequests.AnyAsync(q => q.RegulationDocumentId == documentId, ct)
        )
            throw new ConflictException("Документ уже представлен или запрошен по заявлениям: исключить его из перечня нельзя.");
        db.RegulationDocuments.Remove(document);
        audit.Add(
            user,
            AuditAction.Delete,
            nameof(AdministrativeRegulation),
            r.Code,
            null,
            $"Регламент {r.Code}: исключён документ «{document.Name}»"
        );
        await db.SaveChangesAsync(ct);
    }

    public async Task<RefusalGround> AddRefusalGroundAsync(
        UserContext user,
        int regulationId,
        RefusalGroundInput input,
        CancellationToken ct = default
    )
    {
        MeasuresAccess.RequireCatalogueEditor(user);
        var r = await TrackedRegulationAsync(regulationId, ct);
        var errors = new List<ValidationError>();
        var code = input.Code?.Trim() ?? "";
        if (code.Length == 0)
            errors.Add(new("code", "Укажите код основания отказа."));
        else if (await db.RefusalGrounds.AnyAsync(g => g.RegulationId == regulationId && g.Code == code, ct))
            errors.Add(new("code", $"Основание «{code}» уже есть в регламенте."));
        if (string.IsNullOrWhiteSpace(input.Text)) errors.Add(new("text", "Укажите текст основания отказа."));
        // Seed 002 cl. 17.3: a refusal names its ground with the subclause, clause, article, title, number and date of the act.
        if (string.IsNullOrWhiteSpace(input.LegalReference))
            errors.Add(new("legalReference", "Укажите ссылку на норму (подпункт, пункт, статья, название, номер и дата акта — п. 17.3)."));
        DomainValidationException.ThrowIfAny(errors);
        var ground = new RefusalGround { RegulationId = r.Id, Code = code, Text = input.Text!.Trim(), LegalReference = input.LegalReference!.Trim() };
        db.RefusalGrounds.Add(ground);
        audit.Add(
            user,
            AuditAction.Update,
            nameof(AdministrativeRegulation),
            r.Code,
            null,
            $"Регламент {r.Code}: добавлено основание отказа {code} «{ground.Text}»"
        );
        await db.SaveChangesAsync(ct);
        return ground;
    }

    public async Task RemoveRefusalGroundAsync(UserContext user, int regulationId, int groundId, CancellationToken ct = default)
    {
        MeasuresAccess.RequireCatalogueEditor(user);
        var r = await TrackedRegulationAsync(regulationId, ct);
        var ground = await db.RefusalGrounds.FirstOrDefaultAsync(g => g.Id == groundId && g.RegulationId == regulationId, ct)
                     ?? throw new NotFoundException("Основания нет в регламенте.");
        if (await db.ApplicationItems.AnyAsync(i => i.RefusalGroundId == groundId, ct))
            throw new ConflictException("По этому основанию уже отказано в заявлениях: исключить его нельзя.");
        db.RefusalGrounds.Remove(ground);
        audit.Add(
            user,
            AuditAction.Delete,
            nameof(AdministrativeRegulation),
            r.Code,
            null,
            $"Регламент {r.Code}: исключено основание отказа {ground.Code}"
        );
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Changes the decision deadline; applications already registered keep the due date they were given.</summary>
    public async Task<AdministrativeRegulation> SetDeadlineAsync(
        UserContext user,
        int regulationId,
        DeadlineInput input,
        CancellationToken ct = default
    )
    {
        MeasuresAccess.RequireCatalogueEditor(user);
        var r = await TrackedRegulationAsync(regulationId, ct);
        var errors = new List<ValidationError>();
        if (input.Value is < 1 or > 365) errors.Add(new("value", "Срок — от 1 до 365 дней."));
        if (input.Unit is not (DurationUnit.WorkingDays or DurationUnit.CalendarDays))
            errors.Add(new("unit", "Срок решения — в рабочих или календарных днях."));
        DomainValidationException.ThrowIfAny(errors);
        var before = $"{r.DecisionDeadline.Russian()} ({r.DecisionDeadlineClause})";
        r.DecisionDeadline = new RegulatedDuration(input.Value, input.Unit);
        if (!string.IsNullOrWhiteSpace(input.Clause)) r.DecisionDeadlineClause = input.Clause.Trim();
        audit.Add(user, AuditAction.Update, nameof(AdministrativeRegulation), r.Code, null, $"Регламент {r.Code}: срок принятия решения",
            [new("Срок решения", before, $"{r.DecisionDeadline.Russian()} ({r.DecisionDeadlineClause})")]);
        await db.SaveChangesAsync(ct);
        return r;
    }

    private async Task<AdministrativeRegulation> TrackedRegulationAsync(int id, CancellationToken ct) =>
        await db.Regulations.FirstOrDefaultAsync(r => r.Id == id, ct) ?? throw new NotFoundException("Регламент не найден.");
}
