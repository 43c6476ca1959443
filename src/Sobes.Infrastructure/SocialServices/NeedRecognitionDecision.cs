using Microsoft.EntityFrameworkCore;
using Sobes.Domain.Audit;
using Sobes.Domain.Common;
using Sobes.Domain.Organisations;
using Sobes.Domain.SocialServices;
using Sobes.Infrastructure.Audit;
using Sobes.Infrastructure.Calendar;
using Sobes.Infrastructure.Persistence;
using Sobes.Infrastructure.Registry;


namespace Sobes.Infrastructure.SocialServices;

/// <summary>The decision on the need for social services (ст. 15 442-ФЗ): recognised in a form, or refused with a reason.</summary>
public sealed class NeedRecognitionDecision(SobesDbContext db, AuditLog audit, RegionClock clock)
{
    public async Task<NeedRecognition> DecideAsync(UserContext user, long applicationId, DecisionInput input, CancellationToken ct = default)
    {
        SocialServicesAccess.RequireWriter(user);
        var app = await db.ServiceApplicationAsync(user, applicationId, tracking: true, ct);
        var decision = app.NeedRecognition ?? throw new InvalidOperationException("У заявления нет решения.");
        if (decision.Outcome != NeedRecognitionOutcome.Pending)
            throw new ConflictException("Решение по заявлению уже принято.");
        var on = input.DecidedOn ?? clock.Today;
        if (on > clock.Today) throw new DomainValidationException([new("decidedOn", "Дата решения не может быть в будущем.")]);
        switch (input.Outcome)
        {
            case NeedRecognitionOutcome.Recognised:
                NeedRecognitionRules.Recognise(decision, on, input.Form ?? app.RequestedForm);
                break;
            case NeedRecognitionOutcome.Refused:
                NeedRecognitionRules.Refuse(decision, on, input.RefusalReason?.Trim() ?? "");
                break;
            default:
                throw new DomainValidationException([new("outcome", "Выберите решение: признать нуждающимся или отказать.")]);
        }
        DomainValidationException.ThrowIfAny(NeedRecognitionRules.Validate(decision, app.SubmittedOn));
        decision.DecidedByUserId = user.UserId;
        audit.Add(
            user,
            AuditAction.Update,
            nameof(NeedRecognition),
            app.Number,
            app.CitizenId,
            $"Решение по заявлению {app.Number}: {decision.Outcome.Russian()}"
                + (decision.DecidedOn > decision.DueOn ? $" (с нарушением срока {decision.DueOn:dd.MM.yyyy})" : ""),
            [new("Решение", NeedRecognitionOutcome.Pending.Russian(), decision.Outcome.Russian())]
        );
        await db.SaveChangesAsync(ct);
        return decision;
    }
}
