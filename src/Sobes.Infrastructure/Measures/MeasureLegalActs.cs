using Microsoft.EntityFrameworkCore;
using Sobes.Domain.Audit;
using Sobes.Domain.Common;
using Sobes.Domain.Measures;
using Sobes.Domain.Organisations;
using Sobes.Infrastructure.Audit;
using Sobes.Infrastructure.Persistence;

namespace Sobes.Infrastructure.Measures;

/// <summary>The list of legal acts behind measures, amounts and parameters: read by everybody, entered by a catalogue editor.</summary>
public sealed class MeasureLegalActs(SobesDbContext db, AuditLog audit)
{
    public Task<List<LegalAct>> LegalActsAsync(CancellationToken ct = default) =>
        db.LegalActs.AsNoTracking().OrderByDescending(a => a.AdoptedOn).ThenBy(a => a.Number).ToListAsync(ct);

    public async Task<LegalAct> CreateLegalActAsync(UserContext user, LegalActInput input, CancellationToken ct = default)
    {
        MeasuresAccess.RequireCatalogueEditor(user);
        var errors = MeasuresValidation.LegalAct(input, "").ToList();
        var number = input.Number?.Trim() ?? "";
        if (errors.Count == 0 && await db.LegalActs.AnyAsync(a => a.Type == input.Type && a.Number == number && a.AdoptedOn == input.AdoptedOn, ct))
            errors.Add(new("number", "Такой акт (вид, номер, дата) уже внесён."));
        DomainValidationException.ThrowIfAny(errors);
        var act = NewAct(input);
        db.LegalActs.Add(act);
        audit.Add(user, AuditAction.Create, nameof(LegalAct), act.Number, null, $"Нормативный акт внесён: {act.Citation}");
        await db.SaveChangesAsync(ct);
        return act;
    }

    private static LegalAct NewAct(LegalActInput input) =>
        new() { Type = input.Type, Number = input.Number!.Trim(), AdoptedOn = input.AdoptedOn, Title = input.Title?.Trim() ?? "" };

    /// <summary>The act of a dated value: an existing one, or a new one entered with it (the same act entered twice is reused).</summary>
    internal async Task<LegalAct?> ActAsync(UserContext user, int? id, LegalActInput? input, CancellationToken ct)
    {
        if (id is { } actId) return await db.LegalActs.FirstAsync(a => a.Id == actId, ct);
        if (input is null) return null;
        var number = input.Number!.Trim();
        var same = await db.LegalActs.FirstOrDefaultAsync(a => a.Type == input.Type && a.Number == number && a.AdoptedOn == input.AdoptedOn, ct);
        if (same is not null) return same;
        var act = NewAct(input);
        db.LegalActs.Add(act);
        audit.Add(user, AuditAction.Create, nameof(LegalAct), act.Number, null, $"Нормативный акт внесён: {act.Citation}");
        return act;
    }
}
