using Microsoft.EntityFrameworkCore;
using Sobes.Domain.Applications;
using Sobes.Domain.Audit;
using Sobes.Domain.Common;
using Sobes.Domain.Measures;
using Sobes.Domain.Organisations;
using Sobes.Infrastructure.Registry;
using Sobes.Infrastructure.Measures;

namespace Sobes.Infrastructure.Applications;

/// <summary>
/// The tracked moments of the procedure: the double-payment check (seed 002 cl. 14.2 subcl. 3), the notice (cl. 18.1),
/// the Ministry's check of a refusal and its copy sent to the applicant with the documents (cl. 17.2–17.3).
/// </summary>
public sealed partial class MeasureApplicationService
{
    public sealed record DoublePayment(int Index, string Message);

    /// <summary>
    /// Seed 002 cl. 14.2 subcl. 3: the whole region is searched so that the same child is not paid twice — an active or future assignment of the
    /// measure for the same child (for a measure without a child: the same applicant), or an application for it not yet decided, in any department.
    /// Only the department's name, the number and the measure are disclosed: the other district's record stays closed.
    /// </summary>
    private async Task<List<DoublePayment>> FindDoublePaymentsAsync(
        long applicantId,
        IReadOnlyList<(Measure Measure, long? ChildId)> items,
        long? exceptApplicationId,
        CancellationToken ct
    )
    {
        var today = clock.Today;
        var found = new List<DoublePayment>();
        for (var i = 0; i < items.Count; i++)
        {
            var (measure, childId) = items[i];
            var who = childId is null ? "Заявителю" : "Ребёнку";
            var assignments = db.Assignments.AsNoTracking()
                .Where(a => a.MeasureId == measure.Id && a.Status == AssignmentStatus.Active && (a.EndsOn == null || a.EndsOn >= today));
            assignments = childId is { } c
                ? assignments.Where(a => a.BeneficiaryCitizenId == c)
                : assignments.Where(a => a.CitizenId == applicantId && a.BeneficiaryCitizenId == null);
            if (exceptApplicationId is { } except) assignments = assignments.Where(a => a.ApplicationId != except);
            foreach (
                var a in await assignments
                    .Join(db.Organisations, a => a.OrganisationId, o => o.Id, (a, o) => new { a.Number, o.Name })
                    .ToListAsync(ct)
            )
                found.Add(new(i, $"{who} уже назначено «{measure.ShortName}» в {Department(a.Name)}, назначение № {a.Number}"));

            var pending = db
                .MeasureApplications.AsNoTracking()
                .Where(a => Open.Contains(a.Status))
                .Where(a =>
                    a.Items.Any(x =>
                        x.MeasureId == measure.Id
                        && x.Outcome != ItemOutcome.Refuse
                        && (
                            childId == null
                                ? x.BeneficiaryCitizenId == null && a.CitizenId == applicantId
                                : x.BeneficiaryCitizenId == childId
                        )
                    )
                );
            if (exceptApplicationId is { } self) pending = pending.Where(a => a.Id != self);
            foreach (
                var a in await pending
                    .Join(db.Organisations, a => a.OrganisationId, o => o.Id, (a, o) => new { a.Number, o.Name })
                    .ToListAsync(ct)
            )
                found.Add(
                    new(
                        i,
                        $"{(childId is null ? "Заявитель уже обратился" : "На ребёнка уже подано заявление")} за " +
                            $"«{measure.ShortName}» в {Department(a.Name)}, заявление № {a.Number} ещё не рассмотрено"
                    )
                );
        }
        return found;
    }

    /// <summary>«Управление социальной защиты населения администрации Каслинского …» reads «в Управлении …» after «в».</summary>
    private static string Department(string name) =>
        name.StartsWith("Управление ", StringComparison.Ordinal) ? "Управлении " + name["Управление ".Length..] : name;

    private void RecordDoublePaymentCheck(UserContext user, MeasureApplication app, IReadOnlyList<DoublePayment> found, int checkedItems)
    {
        app.DoublePaymentCheckedAtUtc = clock.NowUtc;
        app.DoublePaymentCheckedByUserId = user.UserId;
        var text = found.Count == 0
            ? $"Проверено мер: {checkedItems}; действующих назначений и нерассмотренных заявлений на тех же получателей в области не найдено."
            : string.Join("; ", found.Select(f => f.Message)) + ".";
        app.DoublePaymentCheckResult = text.Length > 4000 ? text[..3997] + "…" : text;
    }

    /// <summary>Seed 002 cl. 18.1: the specialist tells the applicant the amounts and payment dates — when and how is recorded.</summary>
    public async Task RecordNoticeAsync(UserContext user, long id, NoticeInput input, CancellationToken ct = default)
    {
        await RequireCaseWorkerAsync(user, ct);
        var app = await LoadAsync(user, id, tracking: true, ct);
        RequireVersion(app, input.Version);
        if (app.Status != ApplicationStatus.Decided || app.Items.All(i => i.Outcome != ItemOutcome.Grant))
            throw new ConflictException("Уведомление о назначении направляется после подписания решения, в котором есть назначенные меры.");
        var on = input.GivenOn ?? clock.Today;
        var errors = new List<ValidationError>();
        if (input.Way is not { } way || !Enum.IsDefined(way))
            errors.Add(new("way", "Укажите, как уведомлён заявитель: лично, почтой или в электронной форме."));
        if (on > clock.Today) errors.Add(new("givenOn", "Дата уведомления не может быть в будущем."));
        if (on < app.DecidedOn) errors.Add(new("givenOn", $"Уведомление не может быть раньше решения ({app.DecidedOn:dd.MM.yyyy})."));
        DomainValidationException.ThrowIfAny(errors);
        app.NoticeGivenOn = on;
        app.NoticeWay = input.Way;
        app.NoticeByUserId = user.UserId;
        audit.Add(user, AuditAction.Update, Entity, app.Number, app.CitizenId,
            $"Заявление {app.Number}: уведомление о размере и сроках выплаты {input.Way!.Value.Russian()} {on:dd.MM.yyyy} (п. 18.1)");
        await SaveAsync(app, ct);
    }

    /// <summary>Seed 002 cl. 17.2: an inspector or head of the Ministry confirms the refusal is well-founded, or returns it with a remark.</summary>
    public async Task CheckRefusalAsync(UserContext user, long id, RefusalCheckInput input, CancellationToken ct = default)
    {
        MeasuresAccess.RequireRefusalChecker(user);
        var app = await LoadAsync(user, id, tracking: true, ct);
        RequireVersion(app, input.Version);
        if (app.RefusalCheck != RefusalCheckState.Pending)
            throw new ConflictException("Решение об отказе не ждёт проверки Министерством.");
        if (!input.Confirmed && string.IsNullOrWhiteSpace(input.Remark))
            throw new DomainValidationException([new("remark", "Укажите, почему отказ признан необоснованным или что исправить.")]);
        var before = app.RefusalCheck;
        app.RefusalCheck = input.Confirmed ? RefusalCheckState.Confirmed : RefusalCheckState.Returned;
        app.RefusalCheckedByUserId = user.UserId;
        app.RefusalCheckedOn = clock.Today;
        app.RefusalCheckRemark = string.IsNullOrWhiteSpace(input.Remark) ? null : input.Remark.Trim();
        audit.Add(
            user,
            AuditAction.Update,
            Entity,
            app.Number,
            app.CitizenId,
            $"Заявление {app.Number}: проверка отказа Министерством (п. 17.2) — {app.RefusalCheck.Russian()}"
                + (app.RefusalCheckRemark is { } r ? $": {r}" : ""),
            [new("Проверка отказа", before.Russian(), app.RefusalCheck.Russian())]
        );
        await SaveAsync(app, ct);
    }

    /// <summary>After a remark is dealt with, the department sends the refusal to the Ministry again.</summary>
    public async Task ResubmitRefusalAsync(UserContext user, long id, StepInput input, CancellationToken ct = default)
    {
        await RequireCaseWorkerAsync(user, ct);
        var app = await LoadAsync(user, id, tracking: true, ct);
        RequireVersion(app, input.Version);
        if (app.RefusalCheck != RefusalCheckState.Returned)
            throw new ConflictException("Повторно направить можно отказ, возвращённый Министерством.");
        app.RefusalCheck = RefusalCheckState.Pending;
        audit.Add(
            user,
            AuditAction.Update,
            Entity,
            app.Number,
            app.CitizenId,
            $"Заявление {app.Number}: отказ повторно направлен на проверку в Министерство"
                + (string.IsNullOrWhiteSpace(input.Note) ? "" : $": {input.Note.Trim()}"),
            [new("Проверка отказа", RefusalCheckState.Returned.Russian(), RefusalCheckState.Pending.Russian())]
        );
        await SaveAsync(app, ct);
    }

    /// <summary>
    /// Seed 002 cl. 17.2–17.3: the refusal's second copy goes to the applicant with the documents submitted — only after the Ministry's
    /// check when the regulation requires it. With nothing granted every document of the applicant goes back.
    /// </summary>
    public async Task RefusalSentAsync(UserContext user, long id, RefusalSentInput input, CancellationToken ct = default)
    {
        await RequireCaseWorkerAsync(user, ct);
        var app = await LoadAsync(user, id, tracking: true, ct);
        RequireVersion(app, input.Version);
        if (app.Status != ApplicationStatus.Decided || app.Items.All(i => i.RefusalNumber is null))
            throw new ConflictException("По заявлению нет подписанного решения об отказе.");
        if (app.RefusalSentOn is not null) throw new ConflictException($"Решение об отказе уже направлено заявителю {app.RefusalSentOn:dd.MM.yyyy}.");
        if (app.RefusalCheck is RefusalCheckState.Pending or RefusalCheckState.Returned)
            throw new ConflictException(
                "Решение об отказе направляется заявителю после проверки его обоснованности Министерством (п. 17.2 регламента)."
            );
        var on = input.SentOn ?? clock.Today;
        if (on > clock.Today || on < app.DecidedOn)
            throw new DomainValidationException([
                new("sentOn", $"Дата отправки — не раньше решения ({app.DecidedOn:dd.MM.yyyy}) и не позже сегодняшнего дня."),
            ]);
        app.RefusalSentOn = on;
        app.RefusalSentByUserId = user.UserId;
        var returned = 0;
        if (app.Items.All(i => i.Outcome != ItemOutcome.Grant))
            foreach (var d in app.Documents.Where(d => d.Source == DocumentSource.Applicant && !d.ReturnedToApplicant))
            {
                d.ReturnedToApplicant = true;
                returned++;
            }
        audit.Add(user, AuditAction.Update, Entity, app.Number, app.CitizenId,
            $"Заявление {app.Number}: решение об отказе направлено заявителю {on:dd.MM.yyyy}; возвращено документов: {returned} (п. 17.2–17.3)");
        await SaveAsync(app, ct);
    }

    /// <summary>Refusals waiting for the Ministry's check (and returned ones): the ministry sees the region, a department its own.</summary>
    public async Task<IReadOnlyList<RefusalCheckItem>> RefusalChecksAsync(UserContext user, CancellationToken ct = default)
    {
        var rows = await Scoped(user)
            .AsNoTracking()
            .Where(a => a.RefusalCheck == RefusalCheckState.Pending || a.RefusalCheck == RefusalCheckState.Returned)
            .OrderBy(a => a.DecidedOn)
            .ThenBy(a => a.Id)
            .Select(a => new
            {
                a.Id,
                a.Number,
                a.CitizenId,
                a.OrganisationId,
                a.DecisionNumber,
                a.DecidedOn,
                a.RefusalCheck,
                a.RefusalCheckRemark,
                Refusals = a
                    .Items.Where(i => i.RefusalNumber != null)
                    .Select(i => i.RefusalNumber + " — " + i.Measure!.ShortName + ": " + i.RefusalGround!.Text)
                    .ToList(),
            })
            .Take(500)
            .ToListAsync(ct);
        var orgIds = rows.Select(r => r.OrganisationId).Distinct().ToList();
        var orgs = await db.Organisations.AsNoTracking().Where(o => orgIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.ShortName, ct);
        var names = await db.NamesAsync(user, rows.Select(r => r.CitizenId), ct);
        await audit.RecordAsync(user, AuditAction.Search, Entity, null, null, $"Отказы на проверке Министерством: {rows.Count}", ct);
        return rows.Select(r => new RefusalCheckItem(
                r.Id,
                r.Number,
                orgs.GetValueOrDefault(r.OrganisationId, "—"),
                names.GetValueOrDefault(r.CitizenId, "—"),
                r.DecisionNumber ?? "",
                r.DecidedOn ?? default,
                r.Refusals,
                r.RefusalCheck,
                r.RefusalCheckRemark
            ))
            .ToList();
    }

    private ProcedureFacts Facts(MeasureApplication a, IReadOnlyDictionary<int, string> users)
    {
        string? Name(int? id) => id is { } x ? users.GetValueOrDefault(x) : null;
        DateTime? Local(DateTime? utc) => utc is { } x ? clock.ToLocal(x) : null;
        return new ProcedureFacts
        {
            IntakeStartedAt = Local(a.IntakeStartedAtUtc), RegisteredAt = clock.ToLocal(a.RegisteredAtUtc), RegisteredBy = Name(a.RegisteredByUserId),
            DocumentsCompleteOn = a.DocumentsCompleteOn, DocumentsCompleteAt = Local(a.DocumentsCompleteAtUtc),
            PreparedAt = Local(a.PreparedAtUtc), PreparedOn = a.PreparedOn, PreparedBy = Name(a.PreparedByUserId),
            VisaAt = Local(a.VisaAtUtc), VisaOn = a.VisaOn, VisaBy = Name(a.VisaByUserId),
            SignedAt = Local(a.SignedAtUtc), DecidedOn = a.DecidedOn, SignedBy = Name(a.SignedByUserId), DueOn = a.DueOn,
            HasGrants = a.Items.Any(i => i.Outcome == ItemOutcome.Grant), HasRefusals = a.Items.Any(i => i.Outcome == ItemOutcome.Refuse),
            NoticeGivenOn = a.NoticeGivenOn, NoticeWay = a.NoticeWay, NoticeBy = Name(a.NoticeByUserId),
            RefusalCheck = a.RefusalCheck, RefusalCheckedBy = Name(a.RefusalCheckedByUserId), RefusalCheckedOn = a.RefusalCheckedOn,
            RefusalSentOn = a.RefusalSentOn, RefusalSentBy = Name(a.RefusalSentByUserId),
            Withdrawn = a.Status == ApplicationStatus.Withdrawn,
        };
    }
}
