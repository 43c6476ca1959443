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
/// The way of the draft to the decision: the control check and visa (seed 002 cl. 15.2–15.3), the head's signature (cl. 16.2) or return,
/// and the applicant's withdrawal before the signature.
/// </summary>
public sealed class DecisionSigning(
    SobesDbContext db,
    AuditLog audit,
    RegionClock clock,
    ApplicationCases cases,
    AssignmentFactory factory,
    IEnumerable<IApplicationGrantHook> grantHooks
)
{
    private const string Entity = ApplicationCases.Entity;

    /// <summary>Seed 002 cl. 15.2–15.3: the control check of the documents and the draft, and the visa; by a specialist or the head of the
    /// department.</summary>
    public async Task VisaAsync(UserContext user, long id, StepInput input, CancellationToken ct = default)
    {
        var app = await cases.ForChangeAsync(user, id, input.Version, ct);
        app.Visa(user.UserId, clock.Today, clock.NowUtc);
        audit.Add(
            user,
            AuditAction.Update,
            Entity,
            app.Number,
            app.CitizenId,
            $"Заявление {app.Number}: контрольная проверка, проект решения завизирован (п. 15.2–15.3)",
            [new("Статус", ApplicationStatus.UnderReview.Russian(), ApplicationStatus.AwaitingSignature.Russian())]
        );
        await cases.SaveAsync(app, ct);
    }

    private async Task<MeasureApplication> ForSignerAsync(UserContext user, long id, int? version, CancellationToken ct)
    {
        MeasuresAccess.RequireSigner(user);
        await cases.RequireDepartmentAsync(user, ct);
        var app = await cases.LoadAsync(user, id, tracking: true, ct);
        ApplicationCases.RequireVersion(app, version);
        return app;
    }

    /// <summary>
    /// Seed 002 cl. 16.2: the head signs. In one save: the decision's number and date, the outcomes, an assignment for every granted measure,
    /// and for every refused one a number in the one refusal journal of all kinds of payments (cl. 17.4, 17.6).
    /// A refusal of a regulation that requires it waits for the Ministry's check (cl. 17.2); the documents go back to the applicant when the
    /// refusal is sent (RefusalSentAsync), not at the signature.
    /// </summary>
    public async Task SignAsync(UserContext user, long id, StepInput input, CancellationToken ct = default)
    {
        var app = await ForSignerAsync(user, id, input.Version, ct);
        ApplicationCases.RequireStatus(app, "Подписать можно завизированный проект решения.", ApplicationStatus.AwaitingSignature);
        var decidedOn = clock.Today;
        var granted = app.Items.Where(i => i.Outcome == ItemOutcome.Grant).OrderBy(i => i.Id).ToList();
        var refused = app.Items.Where(i => i.Outcome == ItemOutcome.Refuse).OrderBy(i => i.Id).ToList();
        var refusalNumbers = await NextRefusalNumbersAsync(decidedOn.Year, refused.Count, ct);
        for (var k = 0; k < refused.Count; k++) refused[k].RefusalNumber = refusalNumbers[k];
        app.DecisionNumber = granted.Count > 0 ? await NextDecisionNumberAsync(decidedOn.Year, ct) : refusalNumbers.First();
        app.DecidedOn = decidedOn;
        app.SignedAtUtc = clock.NowUtc;
        app.SignedByUserId = user.UserId;
        app.Status = ApplicationStatus.Decided;
        // Cl. 17.2: where the regulation requires it the refusal waits for the Ministry's check; the documents go back when it is sent.
        app.RefusalCheck = refused.Count > 0 && app.Regulation!.RefusalCheckedByMinistry ? RefusalCheckState.Pending : RefusalCheckState.NotRequired;
        await AssignGrantedAsync(user, app, granted, decidedOn, ct);
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
        await cases.SaveAsync(app, ct);
    }

    private Task<string> NextDecisionNumberAsync(int year, CancellationToken ct) =>
        DocumentNumbers.NextAsync(
            db.MeasureApplications.Where(a => a.DecisionNumber != null).Select(a => a.DecisionNumber!),
            "Р",
            year,
            ct
        );

    /// <summary>An assignment for every granted measure; then the hooks of other modules (e.g. Guardianship's foster family).</summary>
    private async Task AssignGrantedAsync(
        UserContext user,
        MeasureApplication app,
        List<ApplicationItem> granted,
        DateOnly decidedOn,
        CancellationToken ct
    )
    {
        var childIds = granted.Select(i => i.BeneficiaryCitizenId).OfType<long>().ToList();
        var births = await db.Citizens.AsNoTracking().Where(c => childIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.BirthDate, ct);
        foreach (var item in granted)
            item.Assignment = await factory.CreateFromDecisionAsync(user, app.GrantOf(item), item.Measure!, decidedOn,
                item.BeneficiaryCitizenId is { } c ? births.GetValueOrDefault(c) : null, ct);
        // E.g. a foster family's payments follow its composition from the first day (seed 002 cl. 4, 8.1): Guardianship's hook.
        if (granted.Count > 0)
            foreach (var hook in grantHooks) await hook.AfterGrantAsync(user, app, decidedOn, ct);
    }

    /// <summary>The head returns the draft to the specialist with a note; the visa is cleared.</summary>
    public async Task ReturnAsync(UserContext user, long id, StepInput input, CancellationToken ct = default)
    {
        var app = await ForSignerAsync(user, id, input.Version, ct);
        app.ReturnDraft(input.Note);
        audit.Add(
            user,
            AuditAction.Update,
            Entity,
            app.Number,
            app.CitizenId,
            $"Заявление {app.Number}: проект решения возвращён на доработку — {app.ReturnNote}",
            [new("Статус", ApplicationStatus.AwaitingSignature.Russian(), app.Status.Russian())]
        );
        await cases.SaveAsync(app, ct);
    }

    /// <summary>The applicant withdraws the application before the decision is signed.</summary>
    public async Task WithdrawAsync(UserContext user, long id, StepInput input, CancellationToken ct = default)
    {
        var app = await cases.ForChangeAsync(user, id, input.Version, ct);
        var before = app.Status;
        app.Withdraw();
        audit.Add(user, AuditAction.Update, Entity, app.Number, app.CitizenId,
            $"Заявление {app.Number} отозвано заявителем" + (string.IsNullOrWhiteSpace(input.Note) ? "" : $": {input.Note.Trim()}"),
            [new("Статус", before.Russian(), ApplicationStatus.Withdrawn.Russian())]);
        await cases.SaveAsync(app, ct);
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
