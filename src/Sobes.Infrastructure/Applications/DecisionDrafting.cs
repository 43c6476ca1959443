using Microsoft.EntityFrameworkCore;
using Sobes.Domain.Applications;
using Sobes.Domain.Audit;
using Sobes.Domain.Common;
using Sobes.Domain.Measures;
using Sobes.Domain.Organisations;
using Sobes.Infrastructure.Audit;
using Sobes.Infrastructure.Measures;
using Sobes.Infrastructure.Persistence;

namespace Sobes.Infrastructure.Applications;

/// <summary>
/// The draft decision (seed 002 cl. 14.4): for every measure grant (with the amount and period by the measure's rules), refuse on a
/// ground of the regulation or leave pending; a measure already paid elsewhere in the region cannot be granted (cl. 14.2 subcl. 3).
/// </summary>
public sealed class DecisionDrafting(
    SobesDbContext db,
    AuditLog audit,
    RegionClock clock,
    ApplicationCases cases,
    DoublePaymentCheck doublePayments,
    AssignmentFactory factory
)
{
    private sealed record Draft(MeasureApplication App, int TerritoryId, Dictionary<long, DateOnly> Births, List<ValidationError> Errors)
    {
        public List<string> Lines { get; } = [];
    }

    public async Task DraftAsync(UserContext user, long id, DraftDecisionInput input, CancellationToken ct = default)
    {
        var app = await cases.ForChangeAsync(user, id, input.Version, ct);
        ApplicationCases.RequireStatus(
            app,
            "Проект решения уже завизирован: изменить его можно после возврата начальником.",
            ApplicationStatus.Registered,
            ApplicationStatus.UnderReview
        );
        var territoryId = await db.Organisations.Where(o => o.Id == app.OrganisationId).Select(o => o.TerritoryId).FirstAsync(ct) ?? 0;
        var childIds = app.Items.Select(i => i.BeneficiaryCitizenId).OfType<long>().ToList();
        var births = await db.Citizens.AsNoTracking().Where(c => childIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.BirthDate, ct);
        await BlockDoublePaymentsAsync(user, app, input, ct);
        var draft = new Draft(app, territoryId, births, []);
        for (var i = 0; i < input.Items.Count; i++) await DecideItemAsync(draft, input.Items[i], $"items[{i}]", ct);
        if (input.Items.Count == 0) draft.Errors.Add(new("items", "Укажите решение хотя бы по одной мере."));
        DomainValidationException.ThrowIfAny(draft.Errors);
        app.PreparedByUserId = user.UserId;
        app.PreparedOn = clock.Today;
        // The case is formed with the first draft (cl. 14.4–14.5); later corrections do not move it.
        app.PreparedAtUtc ??= clock.NowUtc;
        audit.Add(
            user,
            AuditAction.Update,
            ApplicationCases.Entity,
            app.Number,
            app.CitizenId,
            $"Заявление {app.Number}: проект решения — {string.Join("; ", draft.Lines)}"
        );
        await cases.SaveAsync(app, ct);
    }

    private async Task DecideItemAsync(Draft draft, DraftItemInput line, string f, CancellationToken ct)
    {
        var item = draft.App.Items.FirstOrDefault(x => x.Id == line.ItemId);
        if (item is null)
        {
            draft.Errors.Add(new($"{f}.itemId", "Такой меры в заявлении нет."));
            return;
        }
        switch (line.Outcome)
        {
            case ItemOutcome.Grant:
                await GrantAsync(draft, item, line, f, ct);
                break;
            case ItemOutcome.Refuse:
                Refuse(draft, item, line, f);
                break;
            case ItemOutcome.Pending:
                item.LeavePending();
                break;
            default:
                draft.Errors.Add(new($"{f}.outcome", "Выберите: назначить или отказать."));
                break;
        }
    }

    private async Task GrantAsync(Draft draft, ApplicationItem item, DraftItemInput line, string f, CancellationToken ct)
    {
        var (app, errors) = (draft.App, draft.Errors);
        if (app.Status != ApplicationStatus.UnderReview)
        {
            errors.Add(new($"{f}.outcome", "Назначить меру можно, когда представлены все необходимые документы (п. 7.1, 10.1 регламента)."));
            return;
        }
        var measure = item.Measure!;
        if (line.Children < 0 || line.ChildrenWithIncrement < 0 || line.ChildrenWithIncrement > Math.Max(line.Children, 0))
            errors.Add(new($"{f}.childrenWithIncrement", "Детей с надбавкой не больше, чем детей."));
        if (line.DocumentedSum is < 0) errors.Add(new($"{f}.documentedSum", "Сумма по документам не может быть отрицательной."));
        if (measure.AmountRule == AmountRuleKind.Documented && line.DocumentedSum is null)
            errors.Add(new($"{f}.documentedSum", "Укажите сумму расходов по представленным документам."));
        if (errors.Any(e => e.Field.StartsWith(f, StringComparison.Ordinal))) return;
        try
        {
            var birth = item.BeneficiaryCitizenId is { } c ? draft.Births.GetValueOrDefault(c) : (DateOnly?)null;
            var from = line.PeriodFrom ?? AssignmentRules.StartOf(measure, app.RegisteredOn, clock.Today, line.EventDate);
            var to = line.PeriodTo ?? AssignmentRules.EndOf(measure, from, birth, line.ContractEndsOn);
            if (to is { } t && t < from)
            {
                errors.Add(new($"{f}.periodTo", "Окончание выплаты раньше её начала."));
                return;
            }
            var amount = await factory.ComputeAsync(
                measure,
                draft.TerritoryId,
                from,
                line.Children,
                line.ChildrenWithIncrement,
                line.DocumentedSum,
                ct
            );
            var figures = new GrantFigures(line.EventDate, line.ContractEndsOn, line.Children, line.ChildrenWithIncrement, line.DocumentedSum);
            item.Grant(amount.Amount, amount.Basis, from, to, figures);
            draft.Lines.Add(
                $"{measure.ShortName}: назначить {RussianFormat.Money(amount.Amount)} с {from:dd.MM.yyyy}"
                    + (to is { } end ? $" по {end:dd.MM.yyyy}" : "")
            );
        }
        catch (DomainValidationException e)
        {
            errors.AddRange(e.Errors.Select(x => new ValidationError($"{f}.{x.Field}", x.Message)));
        }
    }

    private static void Refuse(Draft draft, ApplicationItem item, DraftItemInput line, string f)
    {
        var ground = draft.App.Regulation!.RefusalGrounds.FirstOrDefault(g => g.Id == line.RefusalGroundId);
        if (ground is null)
        {
            draft.Errors.Add(new($"{f}.refusalGroundId", "Выберите основание отказа из регламента (п. 17.1 регламента)."));
            return;
        }
        item.Refuse(ground, line.RefusalDetails);
        draft.Lines.Add($"{item.Measure!.ShortName}: отказать — {ground.Text}");
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
        var found = await doublePayments.FindAsync(
            app.CitizenId,
            lines.Select(x => (x.item!.Measure!, x.item.BeneficiaryCitizenId)).ToList(),
            app.Id,
            ct
        );
        doublePayments.Record(user, app, found, lines.Count);
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
            ApplicationCases.Entity,
            app.Number,
            app.CitizenId,
            $"Заявление {app.Number}: проверка двойной выплаты — {app.DoublePaymentCheckResult}"
        );
        await cases.SaveAsync(app, ct);
        throw new DomainValidationException(blocked);
    }
}
