using Microsoft.EntityFrameworkCore;
using Sobes.Domain.Applications;
using Sobes.Domain.Audit;
using Sobes.Domain.Common;
using Sobes.Domain.Measures;
using Sobes.Domain.Organisations;
using Sobes.Infrastructure.Measures;
using Sobes.Infrastructure.Persistence;
using Sobes.Infrastructure.Registry;

namespace Sobes.Infrastructure.Applications;

/// <summary>The draft decision (seed 002 cl. 14.4), the control check and visa (cl. 15.2–15.3), the signature (cl. 16.2), the refusal
/// journal (cl. 17.4).</summary>
public sealed partial class MeasureApplicationService
{
    public const int RefusalKeepYears = 5;

    public async Task DraftAsync(UserContext user, long id, DraftDecisionInput input, CancellationToken ct = default)
    {
        await RequireCaseWorkerAsync(user, ct);
        var app = await LoadAsync(user, id, tracking: true, ct);
        RequireVersion(app, input.Version);
        RequireStatus(
            app,
            "Проект решения уже завизирован: изменить его можно после возврата начальником.",
            ApplicationStatus.Registered,
            ApplicationStatus.UnderReview
        );
        var today = clock.Today;
        var territoryId = await db.Organisations.Where(o => o.Id == app.OrganisationId).Select(o => o.TerritoryId).FirstAsync(ct) ?? 0;
        var childIds = app.Items.Select(i => i.BeneficiaryCitizenId).OfType<long>().ToList();
        var births = await db.Citizens.AsNoTracking().Where(c => childIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.BirthDate, ct);
        await BlockDoublePaymentsAsync(user, app, input, ct);
        var errors = new List<ValidationError>();
        var lines = new List<string>();
        for (var i = 0; i < input.Items.Count; i++)
        {
            var line = input.Items[i];
            var f = $"items[{i}]";
            var item = app.Items.FirstOrDefault(x => x.Id == line.ItemId);
            if (item is null) { errors.Add(new($"{f}.itemId", "Такой меры в заявлении нет.")); continue; }
            var measure = item.Measure!;
            switch (line.Outcome)
            {
                case ItemOutcome.Grant:
                    if (app.Status != ApplicationStatus.UnderReview)
                    {
                        errors.Add(
                            new(
                                $"{f}.outcome",
                                "Назначить меру можно, когда представлены все необходимые документы (п. 7.1, 10.1 регламента)."
                            )
                        );
                        continue;
                    }
                    if (line.Children < 0 || line.ChildrenWithIncrement < 0 || line.ChildrenWithIncrement > Math.Max(line.Children, 0))
                        errors.Add(new($"{f}.childrenWithIncrement", "Детей с надбавкой не больше, чем детей."));
                    if (line.DocumentedSum is < 0) errors.Add(new($"{f}.documentedSum", "Сумма по документам не может быть отрицательной."));
                    if (measure.AmountRule == AmountRuleKind.Documented && line.DocumentedSum is null)
                        errors.Add(new($"{f}.documentedSum", "Укажите сумму расходов по представленным документам."));
                    if (errors.Any(e => e.Field.StartsWith(f, StringComparison.Ordinal))) continue;
                    try
                    {
                        var birth = item.BeneficiaryCitizenId is { } c ? births.GetValueOrDefault(c) : (DateOnly?)null;
                        var from = line.PeriodFrom ?? AssignmentRules.StartOf(measure, app.RegisteredOn, today, line.EventDate);
                        var to = line.PeriodTo ?? AssignmentRules.EndOf(measure, from, birth, line.ContractEndsOn);
                        if (to is { } t && t < from) { errors.Add(new($"{f}.periodTo", "Окончание выплаты раньше её начала.")); continue; }
                        var amount = await factory.ComputeAsync(
                            measure,
                            territoryId,
                            from,
                            line.Children,
                            line.ChildrenWithIncrement,
                            line.DocumentedSum,
                            ct
                        );
                        item.Outcome = ItemOutcome.Grant;
                        item.Amount = amount.Amount;
                        item.AmountBasis = amount.Basis;
                        item.PeriodFrom = from;
                        item.PeriodTo = to;
                        item.EventDate = line.EventDate;
                        item.ContractEndsOn = line.ContractEndsOn;
                        item.Children = line.Children;
                        item.ChildrenWithIncrement = line.ChildrenWithIncrement;
                        item.DocumentedSum = line.DocumentedSum;
                        item.RefusalGroundId = null;
                        item.RefusalGround = null;
                        item.RefusalDetails = null;
                        lines.Add(
                            $"{measure.ShortName}: назначить {RussianFormat.Money(amount.Amount)} с {from:dd.MM.yyyy}"
                                + (to is { } end ? $" по {end:dd.MM.yyyy}" : "")
                        );
                    }
                    catch (DomainValidationException e)
                    {
                        errors.AddRange(e.Errors.Select(x => new ValidationError($"{f}.{x.Field}", x.Message)));
                    }
                    break;
                case ItemOutcome.Refuse:
                    var ground = app.Regulation!.RefusalGrounds.FirstOrDefault(g => g.Id == line.RefusalGroundId);
                    if (ground is null)
                    {
                        errors.Add(new($"{f}.refusalGroundId", "Выберите основание отказа из регламента (п. 17.1 " +
                        "регламента).")); continue;
                    }
                    item.Outcome = ItemOutcome.Refuse;
                    item.RefusalGroundId = ground.Id;
                    item.RefusalGround = ground;
                    item.RefusalDetails = string.IsNullOrWhiteSpace(line.RefusalDetails) ? null : line.RefusalDetails.Trim();
                    item.Amount = null;
                    item.AmountBasis = null;
                    item.PeriodFrom = null;
                    item.PeriodTo = null;
                    lines.Add($"{measure.ShortName}: отказать — {ground.Text}");
                    break;
                case ItemOutcome.Pending:
                    item.Outcome = ItemOutcome.Pending;
                    item.RefusalGroundId = null;
                    item.RefusalGround = null;
                    item.Amount = null;
                    break;
                default:
                    errors.Add(new($"{f}.outcome", "Выберите: назначить или отказать."));
                    break;
            }
        }
        if (input.Items.Count == 0) errors.Add(new("items", "Укажите решение хотя бы по одной мере."));
        DomainValidationException.ThrowIfAny(errors);
        app.PreparedByUserId = user.UserId;
        app.PreparedOn = today;
        // The case is formed with the first draft (cl. 14.4–14.5); later corrections do not move it.
        app.PreparedAtUtc ??= clock.NowUtc;
        audit.Add(
            user,
            AuditAction.Update,
            Entity,
            app.Number,
            app.CitizenId,
            $"Заявление {app.Number}: проект решения — {string.Join("; ", lines)}"
        );
        await SaveAsync(app, ct);
    }

    /// <summary>Seed 002 cl. 15.2–15.3: the control check of the documents and the draft, and the visa; by a specialist or the head of the
    /// department.</summary>
    public async Task VisaAsync(UserContext user, long id, StepInput input, CancellationToken ct = default)
    {
        await RequireCaseWorkerAsync(user, ct);
        var app = await LoadAsync(user, id, tracking: true, ct);
        RequireVersion(app, input.Version);
        RequireStatus(
            app,
            "Визировать можно проект решения, который ещё не передан на подпись.",
            ApplicationStatus.Registered,
            ApplicationStatus.UnderReview
        );
        if (app.Items.Any(i => i.Outcome == ItemOutcome.Pending))
            throw new DomainValidationException([new("items", "Проект решения не готов: по каждой мере укажите «назначить» или «отказать».")]);
        if (app.Items.Any(i => i.Outcome == ItemOutcome.Grant) && app.Status != ApplicationStatus.UnderReview)
            throw new DomainValidationException([new("items", "Назначение возможно, когда представлены все необходимые документы.")]);
        app.VisaByUserId = user.UserId;
        app.VisaOn = clock.Today;
        app.VisaAtUtc = clock.NowUtc;
        app.ReturnNote = null;
        app.Status = ApplicationStatus.AwaitingSignature;
        audit.Add(
            user,
            AuditAction.Update,
            Entity,
            app.Number,
            app.CitizenId,
            $"Заявление {app.Number}: контрольная проверка, проект решения завизирован (п. 15.2–15.3)",
            [new("Статус", ApplicationStatus.UnderReview.Russian(), ApplicationStatus.AwaitingSignature.Russian())]
        );
        await SaveAsync(app, ct);
    }

    /// <summary>
    /// Seed 002 cl. 16.2: the head signs. In one save: the decision's number and date, the outcomes, an assignment for every granted measure,
    /// and for every refused one a number in the one refusal journal of all kinds of payments (cl. 17.4, 17.6).
    /// A refusal of a regulation that requires it waits for the Ministry's check (cl. 17.2); the documents go back to the applicant when the
    /// refusal is sent (RefusalSentAsync), not at the signature.
    /// </summary>
    public async Task SignAsync(UserContext user, long id, StepInput input, CancellationToken ct = default)
    {
        MeasuresAccess.RequireSigner(user);
        await RequireDepartmentAsync(user, ct);
        var app = await LoadAsync(user, id, tracking: true, ct);
        RequireVersion(app, input.Version);
        RequireStatus(app, "Подписать можно завизированный проект решения.", ApplicationStatus.AwaitingSignature);
        var decidedOn = clock.Today;
        var granted = app.Items.Where(i => i.Outcome == ItemOutcome.Grant).OrderBy(i => i.Id).ToList();
        var refused = app.Items.Where(i => i.Outcome == ItemOutcome.Refuse).OrderBy(i => i.Id).ToList();
        var refusalNumbers = await NextRefusalNumbersAsync(decidedOn.Year, refused.Count, ct);
        for (var k = 0; k < refused.Count; k++) refused[k].RefusalNumber = refusalNumbers[k];
        app.DecisionNumber =
            granted.Count > 0
                ? await DocumentNumbers.NextAsync(
                    db.MeasureApplications.Where(a => a.DecisionNumber != null).Select(a => a.DecisionNumber!),
                    "Р",
                    decidedOn.Year,
                    ct
                )
                : refusalNumbers.First();
        app.DecidedOn = decidedOn;
        app.SignedAtUtc = clock.NowUtc;
        app.SignedByUserId = user.UserId;
        app.Status = ApplicationStatus.Decided;
        // Cl. 17.2: where the regulation requires it the refusal waits for the Ministry's check; the documents go back when it is sent.
        app.RefusalCheck = refused.Count > 0 && app.Regulation!.RefusalCheckedByMinistry ? RefusalCheckState.Pending : RefusalCheckState.NotRequired;
        var childIds = granted.Select(i => i.BeneficiaryCitizenId).OfType<long>().ToList();
        var births = await db.Citizens.AsNoTracking().Where(c => childIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.BirthDate, ct);
        foreach (var item in granted)
            item.Assignment = await factory.CreateFromDecisionAsync(user, app.GrantOf(item), item.Measure!, decidedOn,
                item.BeneficiaryCitizenId is { } c ? births.GetValueOrDefault(c) : null, ct);
        // E.g. a foster family's payments follow its composition from the first day (seed 002 cl. 4, 8.1): Guardianship's hook.
        if (granted.Count > 0)
            foreach (var hook in grantHooks) await hook.AfterGrantAsync(user, app, decidedOn, ct);
        audit.Add(
            user,
            AuditAction.Update,
            Entity,
            app.Number,
            app.CitizenId,
            $"Заявление {app.Number}: решение № {app.DecisionNumber} от {decidedOn:dd.MM.yyyy} подписано (п. 16.2); назначено: " +
                $"{granted.Count}, отказано: {refused.Count}"
                + (refused.Count > 0 ? $" ({string.Join(", ", refusalNumbers)})" : "")
                + (app.RefusalCheck == RefusalCheckState.Pending ? "; отказ направлен на проверку в Министерство (п. 17.2)" : ""),
            [new("Статус", ApplicationStatus.AwaitingSignature.Russian(), ApplicationStatus.Decided.Russian())]
        );
        await SaveAsync(app, ct);
    }

    /// <summary>The head returns the draft to the specialist with a note; the visa is cleared.</summary>
    public async Task ReturnAsync(UserContext user, long id, StepInput input, CancellationToken ct = default)
    {
        MeasuresAccess.RequireSigner(user);
        await RequireDepartmentAsync(user, ct);
        var app = await LoadAsync(user, id, tracking: true, ct);
        RequireVersion(app, input.Version);
        RequireStatus(app, "Вернуть можно проект решения, переданный на подпись.", ApplicationStatus.AwaitingSignature);
        if (string.IsNullOrWhiteSpace(input.Note))
            throw new DomainValidationException([new("note", "Укажите, что нужно исправить в проекте решения.")]);
        app.Status = app.DocumentsCompleteOn is null ? ApplicationStatus.Registered : ApplicationStatus.UnderReview;
        app.VisaByUserId = null;
        app.VisaOn = null;
        app.ReturnNote = input.Note.Trim();
        audit.Add(
            user,
            AuditAction.Update,
            Entity,
            app.Number,
            app.CitizenId,
            $"Заявление {app.Number}: проект решения возвращён на доработку — {app.ReturnNote}",
            [new("Статус", ApplicationStatus.AwaitingSignature.Russian(), app.Status.Russian())]
        );
        await SaveAsync(app, ct);
    }

    /// <summary>The applicant withdraws the application before the decision is signed.</summary>
    public async Task WithdrawAsync(UserContext user, long id, StepInput input, CancellationToken ct = default)
    {
        await RequireCaseWorkerAsync(user, ct);
        var app = await LoadAsync(user, id, tracking: true, ct);
        RequireVersion(app, input.Version);
        RequireStatus(app, "Отозвать можно заявление, по которому решение ещё не подписано.", Open);
        var before = app.Status;
        app.Status = ApplicationStatus.Withdrawn;
        foreach (var d in app.Documents.Where(d => d.Source == DocumentSource.Applicant)) d.ReturnedToApplicant = true;
        audit.Add(user, AuditAction.Update, Entity, app.Number, app.CitizenId,
            $"Заявление {app.Number} отозвано заявителем" + (string.IsNullOrWhiteSpace(input.Note) ? "" : $": {input.Note.Trim()}"),
            [new("Статус", before.Russian(), ApplicationStatus.Withdrawn.Russian())]);
        await SaveAsync(app, ct);
    }

    /// <summary>Refusal decisions of the department (the ministry: all), newest first, with the date until which each is kept (cl. 17.5).</summary>
    public async Task<IReadOnlyList<RefusalJournalItem>> RefusalsAsync(UserContext user, int? year, CancellationToken ct = default)
    {
        var q = Scoped(user).AsNoTracking().Where(a => a.DecidedOn != null);
        if (year is { } y) q = q.Where(a => a.DecidedOn!.Value.Year == y);
        var rows = await q.SelectMany(a => a.Items.Where(i => i.RefusalNumber != null), (a, i) => new
        {
            i.RefusalNumber, a.DecidedOn, a.Id, a.Number, a.RegisteredOn, a.CitizenId, i.BeneficiaryCitizenId, a.RefusalSentOn,
            Measure = i.Measure!.ShortName, Ground = i.RefusalGround!.Text, i.RefusalGround.LegalReference,
        })
            .OrderByDescending(r => r.DecidedOn).ThenByDescending(r => r.RefusalNumber).Take(1000).ToListAsync(ct);
        var names = await db.NamesAsync(user, rows.Select(r => r.CitizenId).Concat(rows.Select(r => r.BeneficiaryCitizenId).OfType<long>()), ct);
        await audit.RecordAsync(user, AuditAction.Search, Entity, null, null, $"Журнал решений об отказе: {rows.Count}", ct);
        return rows.Select(r => new RefusalJournalItem(
                r.RefusalNumber!,
                r.DecidedOn!.Value,
                r.Id,
                r.Number,
                r.RegisteredOn,
                r.CitizenId,
                names.GetValueOrDefault(r.CitizenId, "—"),
                r.Measure,
                r.BeneficiaryCitizenId is { } c ? names.GetValueOrDefault(c) : null,
                r.Ground,
                r.LegalReference,
                r.DecidedOn!.Value.AddYears(RefusalKeepYears),
                r.RefusalSentOn
            ))
            .ToList();
    }

    /// <summary>
    /// Seed 002 cl. 14.2 subcl. 3, again before the draft: a measure already paid for the same child elsewhere in the region cannot be granted
    /// (it may still be refused). The check is recorded on the application even when it blocks the draft.
    /// </summary>
    private async Task BlockDoublePaymentsAsync(UserContext user, MeasureApplication app, DraftDecisionInput input, CancellationToken ct)
    {
        var lines = input
            .Items.Select((line, index) => (line, index, item: app.Items.FirstOrDefault(x => x.Id == line.ItemId)))
            .Where(x => x.item is not null)
            .ToList();
        var found = await FindDoublePaymentsAsync(
            app.CitizenId,
            lines.Select(x => (x.item!.Measure!, x.item.BeneficiaryCitizenId)).ToList(),
            app.Id,
            ct
        );
        RecordDoublePaymentCheck(user, app, found, lines.Count);
        var blocked = found
            .Where(f => lines[f.Index].line.Outcome == ItemOutcome.Grant)
            .Select(f => new ValidationError(
                $"items[{lines[f.Index].index}].outcome",
                f.Message + ": назначить нельзя, можно только отказать (п. 14.2 подп. 3 регламента)."
            ))
            .ToList();
        if (blocked.Count == 0) return;
        audit.Add(
            user,
            AuditAction.Update,
            Entity,
            app.Number,
            app.CitizenId,
            $"Заявление {app.Number}: проверка двойной выплаты — {app.DoublePaymentCheckResult}"
        );
        await SaveAsync(app, ct);
        throw new DomainValidationException(blocked);
    }

    /// <summary>Numbers of the one refusal journal for all kinds of payments: «ОТК-2026-0001» … (seed 002 cl. 17.4, 17.6).</summary>
    private async Task<List<string>> NextRefusalNumbersAsync(int year, int count, CancellationToken ct)
    {
        if (count == 0) return [];
        var first = await DocumentNumbers.NextAsync(
            db.ApplicationItems.Where(i => i.RefusalNumber != null).Select(i => i.RefusalNumber!),
            "ОТК",
            year,
            ct
        );
        var start = int.Parse(first[^4..]);
        return Enumerable.Range(start, count).Select(n => $"ОТК-{year}-{n:0000}").ToList();
    }
}
