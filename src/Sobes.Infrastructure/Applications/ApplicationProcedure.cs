using Microsoft.EntityFrameworkCore;
using Sobes.Domain.Applications;
using Sobes.Domain.Audit;
using Sobes.Domain.Common;
using Sobes.Domain.Organisations;
using Sobes.Infrastructure.Audit;
using Sobes.Infrastructure.Measures;
using Sobes.Infrastructure.Persistence;
using Sobes.Infrastructure.Registry;

namespace Sobes.Infrastructure.Applications;

/// <summary>
/// The tracked moments of the procedure after the signature: the notice (seed 002 cl. 18.1), the Ministry's check of a refusal and its
/// copy sent to the applicant with the documents (cl. 17.2–17.3).
/// </summary>
public sealed class ApplicationProcedure(SobesDbContext db, AuditLog audit, RegionClock clock, ApplicationCases cases)
{
    private const string Entity = ApplicationCases.Entity;

    /// <summary>Seed 002 cl. 18.1: the specialist tells the applicant the amounts and payment dates — when and how is recorded.</summary>
    public async Task RecordNoticeAsync(UserContext user, long id, NoticeInput input, CancellationToken ct = default)
    {
        var app = await cases.ForChangeAsync(user, id, input.Version, ct);
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
        await cases.SaveAsync(app, ct);
    }

    /// <summary>Seed 002 cl. 17.2: an inspector or head of the Ministry confirms the refusal is well-founded, or returns it with a remark.</summary>
    public async Task CheckRefusalAsync(UserContext user, long id, RefusalCheckInput input, CancellationToken ct = default)
    {
        MeasuresAccess.RequireRefusalChecker(user);
        var app = await cases.LoadAsync(user, id, tracking: true, ct);
        ApplicationCases.RequireVersion(app, input.Version);
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
        await cases.SaveAsync(app, ct);
    }

    /// <summary>After a remark is dealt with, the department sends the refusal to the Ministry again.</summary>
    public async Task ResubmitRefusalAsync(UserContext user, long id, StepInput input, CancellationToken ct = default)
    {
        var app = await cases.ForChangeAsync(user, id, input.Version, ct);
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
        await cases.SaveAsync(app, ct);
    }

    /// <summary>
    /// Seed 002 cl. 17.2–17.3: the refusal's second copy goes to the applicant with the documents submitted — only after the Ministry's
    /// check when the regulation requires it. With nothing granted every document of the applicant goes back.
    /// </summary>
    public async Task RefusalSentAsync(UserContext user, long id, RefusalSentInput input, CancellationToken ct = default)
    {
        var app = await cases.ForChangeAsync(user, id, input.Version, ct);
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
        await cases.SaveAsync(app, ct);
    }

    /// <summary>Refusals waiting for the Ministry's check (and returned ones): the ministry sees the region, a department its own.</summary>
    public async Task<IReadOnlyList<RefusalCheckItem>> RefusalChecksAsync(UserContext user, CancellationToken ct = default)
    {
        var rows = await cases.Scoped(user)
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
}
