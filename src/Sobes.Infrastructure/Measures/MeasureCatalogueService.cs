using Microsoft.EntityFrameworkCore;
using Sobes.Domain.Audit;
using Sobes.Domain.Common;
using Sobes.Domain.Measures;
using Sobes.Domain.Organisations;
using Sobes.Infrastructure.Audit;
using Sobes.Infrastructure.Persistence;

namespace Sobes.Infrastructure.Measures;

/// <summary>
/// The catalogue of measures and their dated amounts (parameters: <see cref="MeasureParameters"/>, acts: <see cref="MeasureLegalActs"/>,
/// checks: <see cref="MeasureInputValidation"/>). Everybody reads; the administrator or a head of the ministry writes
/// (<see cref="MeasuresAccess.IsCatalogueEditor"/>). Every change is audited in the same SaveChanges; a new dated amount
/// recalculates the measure's active assignments from its date in that same SaveChanges.
/// </summary>
public sealed class MeasureCatalogueService(
    SobesDbContext db,
    AuditLog audit,
    RegionClock clock,
    AssignmentFactory assignments,
    IMeasureRegulations regulations,
    MeasureInputValidation validation,
    MeasureLegalActs acts
)
{
    public DateOnly Today => clock.Today;

    public async Task<IReadOnlyList<MeasureListItem>> ListAsync(MeasureFilter filter, CancellationToken ct = default)
    {
        var query = db.Measures.AsNoTracking().Include(m => m.Amounts).AsQueryable();
        if (filter.Kind is { } kind) query = query.Where(m => m.Kind == kind);
        if (filter.Funding is { } funding) query = query.Where(m => m.Funding == funding);
        if (filter.Active is { } active) query = query.Where(m => m.IsActive == active);
        // The catalogue is a few hundred rows at most: text and category filters run in memory, where Cyrillic case folding is right.
        var measures = await query.ToListAsync(ct);
        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var q = filter.Q.Trim();
            measures = measures
                .Where(m =>
                    m.Code.Contains(q, StringComparison.OrdinalIgnoreCase)
                    || m.Name.Contains(q, StringComparison.OrdinalIgnoreCase)
                    || m.ShortName.Contains(q, StringComparison.OrdinalIgnoreCase)
                )
                .ToList();
        }
        if (!string.IsNullOrWhiteSpace(filter.Category))
            measures = measures.Where(m => m.Eligibility.CategoryCodes.Contains(filter.Category.Trim(), StringComparer.OrdinalIgnoreCase)).ToList();
        return measures.OrderBy(m => m.ReportLine is null).ThenBy(m => m.ReportLine, ReportLineComparer.Instance).ThenBy(m => m.Code)
            .Select(m => new MeasureListItem(m, AmountCalculator.ValueOn(m.Amounts, Today))).ToList();
    }

    public async Task<MeasureCard> GetAsync(int id, CancellationToken ct = default)
    {
        var m = await db.Measures.AsNoTracking().AsSplitQuery()
                    .Include(x => x.Bases).ThenInclude(b => b.LegalAct)
                    .Include(x => x.Amounts).ThenInclude(a => a.LegalAct)
                    .Include(x => x.StopGrounds)
                    .FirstOrDefaultAsync(x => x.Id == id, ct)
                ?? throw new NotFoundException("Мера поддержки не найдена.");
        m.Amounts = [.. m.Amounts.OrderByDescending(a => a.ValidFrom)];
        m.StopGrounds = [.. m.StopGrounds.OrderBy(g => g.Id)];
        var totals = await db
            .MeasureReferenceTotals.AsNoTracking()
            .Where(t => t.MeasureId == id)
            .OrderBy(t => t.Year)
            .ThenBy(t => t.Id)
            .ToListAsync(ct);
        var names = await db.CategoryKinds.AsNoTracking().ToDictionaryAsync(k => k.Code, k => k.Name, ct);
        var active = await db.Assignments.CountAsync(a => a.MeasureId == id && a.Status != AssignmentStatus.Stopped, ct);
        var regulation = m.RegulationId is { } rid ? await regulations.FindAsync(rid, ct) : null;
        return new MeasureCard(m, AmountCalculator.ValueOn(m.Amounts, Today), totals, names, active) { Regulation = regulation };
    }

    public async Task<Measure> CreateAsync(UserContext user, MeasureInput input, CancellationToken ct = default)
    {
        MeasuresAccess.RequireCatalogueEditor(user);
        var errors = await validation.ValidateAsync(input, null, ct);
        if (input.AmountRule is not (AmountRuleKind.None or AmountRuleKind.Documented) && input.FirstAmount is null)
            errors.Add(new("firstAmount.value", "Укажите первый размер меры и дату, с которой он действует."));
        if (input.FirstAmount is { } first) errors.AddRange(await validation.ValidateAmountAsync(first, input.AmountRule, "firstAmount", ct));
        DomainValidationException.ThrowIfAny(errors);
        var now = clock.NowUtc;
        var m = new Measure { CreatedAtUtc = now };
        await ApplyAsync(m, input, ct);
        m.StopGrounds = input.StopGrounds.Count == 0 ? GeneralStopGrounds.Create() : input.StopGrounds.Select(ToGround).ToList();
        if (input.FirstAmount is { } a)
            m.Amounts.Add(
                new MeasureAmount
                {
                    ValidFrom = a.ValidFrom,
                    Value = a.Value,
                    LegalAct = await acts.ActAsync(user, a.LegalActId, a.NewLegalAct, ct),
                    Note = a.Note?.Trim() ?? "",
                    CreatedAtUtc = now,
                    CreatedByUserId = user.UserId,
                }
            );
        db.Measures.Add(m);
        audit.Add(
            user,
            AuditAction.Create,
            nameof(Measure),
            m.Code,
            null,
            $"Мера {m.Code} «{m.ShortName}» добавлена в каталог ({m.AmountRule}, {m.Kind})"
        );
        await db.SaveChangesAsync(ct);
        return m;
    }

    public async Task<Measure> UpdateAsync(UserContext user, int id, MeasureInput input, CancellationToken ct = default)
    {
        MeasuresAccess.RequireCatalogueEditor(user);
        var m = await db.Measures.Include(x => x.Bases).Include(x => x.StopGrounds).Include(x => x.Amounts).FirstOrDefaultAsync(x => x.Id == id, ct)
                ?? throw new NotFoundException("Мера поддержки не найдена.");
        var errors = await validation.ValidateAsync(input, id, ct);
        if (input.AmountRule is not (AmountRuleKind.None or AmountRuleKind.Documented) && m.Amounts.Count == 0)
            errors.Add(new("amountRule", "У меры нет ни одного размера: сначала внесите размер, затем меняйте правило."));
        DomainValidationException.ThrowIfAny(errors);
        var before = $"{m.Name}; {m.AmountRule} {m.Formula}{m.BaseParameterCode}; {m.Kind}";
        await ApplyAsync(m, input, ct);
        if (input.StopGrounds.Count > 0) MergeStopGrounds(m, input.StopGrounds);
        m.Version++;
        audit.Add(user, AuditAction.Update, nameof(Measure), m.Code, null, $"Мера {m.Code} изменена",
            [new("Мера", before, $"{m.Name}; {m.AmountRule} {m.Formula}{m.BaseParameterCode}; {m.Kind}")]);
        await db.SaveChangesAsync(ct);
        return m;
    }

    /// <summary>
    /// A new dated value (indexation): saved with its act, and every active assignment of the measure is recalculated from its date
    /// in the same SaveChanges. Returns how many assignments changed.
    /// </summary>
    public async Task<AmountAdded> AddAmountAsync(UserContext user, int measureId, AmountInput input, CancellationToken ct = default)
    {
        MeasuresAccess.RequireCatalogueEditor(user);
        var m = await db.Measures.Include(x => x.Amounts).FirstOrDefaultAsync(x => x.Id == measureId, ct)
                ?? throw new NotFoundException("Мера поддержки не найдена.");
        var errors = await validation.ValidateAmountAsync(input, m.AmountRule, "", ct);
        if (m.AmountRule == AmountRuleKind.None) errors.Add(new("value", "Мера без денежной выплаты: размер не устанавливается."));
        if (m.Amounts.Any(a => a.ValidFrom == input.ValidFrom))
            errors.Add(new("validFrom", $"Размер с {input.ValidFrom:dd.MM.yyyy} уже установлен."));
        DomainValidationException.ThrowIfAny(errors);
        var act = await acts.ActAsync(user, input.LegalActId, input.NewLegalAct, ct);
        var old = AmountCalculator.ValueOn(m.Amounts, input.ValidFrom);
        var amount = new MeasureAmount
        {
            ValidFrom = input.ValidFrom,
            Value = input.Value,
            LegalAct = act,
            Note = input.Note?.Trim() ?? "",
            CreatedAtUtc = clock.NowUtc,
            CreatedByUserId = user.UserId,
        };
        m.Amounts.Add(amount);
        m.Version++;
        audit.Add(user, AuditAction.Create, nameof(MeasureAmount), m.Code, null,
            $"Мера {m.Code}: размер {Value(m, input.Value)} с {input.ValidFrom:dd.MM.yyyy}" + (act is null ? "" : $"; {act.Citation}"),
            [new("Размер", old is null ? "—" : Value(m, old.Value), Value(m, input.Value))]);
        var reason = $"Новый размер меры с {input.ValidFrom:dd.MM.yyyy}" + (act is null ? "" : $" ({act.Type.Russian()} № {act.Number})");
        var recalculated = await assignments.RecalculateMeasureAsync(user, m, input.ValidFrom, reason, ct);
        await db.SaveChangesAsync(ct);
        return new AmountAdded(amount, recalculated);
    }

    private static string Value(Measure m, decimal v) => m.AmountRule == AmountRuleKind.Percentage ? $"{v:0.##} %" : RussianFormat.Money(v);

    private static StopGround ToGround(StopGroundInput g) =>
        new() { Code = g.Code!.Trim(), Text = g.Text!.Trim(), Clause = g.Clause?.Trim() ?? "", Automatic = g.Automatic };

    /// <summary>Grounds are matched by code: assignments keep the code of the ground that stopped them.</summary>
    private static void MergeStopGrounds(Measure m, List<StopGroundInput> grounds)
    {
        var codes = grounds.Select(g => g.Code!.Trim()).ToHashSet();
        m.StopGrounds.RemoveAll(g => !codes.Contains(g.Code));
        foreach (var g in grounds.Select(ToGround))
        {
            var existing = m.StopGrounds.FirstOrDefault(x => x.Code == g.Code);
            if (existing is null) m.StopGrounds.Add(g);
            else (existing.Text, existing.Clause, existing.Automatic) = (g.Text, g.Clause, g.Automatic);
        }
    }

    private async Task ApplyAsync(Measure m, MeasureInput input, CancellationToken ct)
    {
        m.Code = input.Code!.Trim();
        m.Name = input.Name!.Trim();
        m.ShortName = string.IsNullOrWhiteSpace(input.ShortName) ? m.Name : input.ShortName.Trim();
        m.Kind = input.Kind;
        m.Funding = input.Funding;
        m.RegulationId = input.RegulationId;
        var e = input.Eligibility;
        m.Eligibility = new MeasureEligibility
        {
            CategoryCodes = e.CategoryCodes.Select(c => c.Trim().ToUpperInvariant()).Where(c => c.Length > 0).Distinct().ToList(),
            ForChild = e.ForChild, ChildMinAge = e.ChildMinAge, ChildMaxAge = e.ChildMaxAge, IncomeLimitFactor = e.IncomeLimitFactor,
            ResidenceInDistrict = e.ResidenceInDistrict, Conditions = e.Conditions?.Trim() ?? "",
        };
        m.AmountRule = input.AmountRule;
        m.Formula = input.AmountRule == AmountRuleKind.Formula ? input.Formula!.Trim() : null;
        m.BaseParameterCode = input.AmountRule == AmountRuleKind.Percentage ? input.BaseParameterCode!.Trim() : null;
        m.AmountDescription = input.AmountDescription?.Trim() ?? "";
        m.StartRule = input.StartRule;
        m.EndRule = input.EndRule;
        m.EndAge = input.EndRule == PaymentEndRule.UntilChildAge ? input.EndAge : null;
        m.DurationMonths = input.EndRule == PaymentEndRule.FixedMonths ? input.DurationMonths : null;
        m.StopRule = input.StopRule;
        m.PartialMonth = input.PartialMonth;
        m.ReportLine = string.IsNullOrWhiteSpace(input.ReportLine) ? null : input.ReportLine.Trim();
        m.IsActive = input.IsActive;
        var acts = await db.LegalActs.Where(a => input.Bases.Select(b => b.LegalActId).Contains(a.Id)).ToDictionaryAsync(a => a.Id, ct);
        m.Bases.Clear();
        m.Bases.AddRange(
            input.Bases.Select(b => new MeasureBasis
            {
                LegalActId = b.LegalActId,
                LegalAct = acts[b.LegalActId],
                Article = b.Article?.Trim() ?? "",
            })
        );
    }
}
