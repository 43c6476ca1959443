using Sobes.Domain.Appeals;
using Sobes.Domain.Audit;
using Sobes.Domain.Common;
using Sobes.Domain.Organisations;
using Sobes.Infrastructure.Audit;
using Sobes.Infrastructure.Calendar;
using static Sobes.Infrastructure.Appeals.ComplaintRecords;

namespace Sobes.Infrastructure.Appeals;

/// <summary>
/// The review of a complaint: the head's single extension of the term (seed 002 cl. 23.9) and the answer (cl. 23.8), each at the version
/// the
/// user read, audited and saved with the change.
/// </summary>
public sealed class ComplaintReview(AuditLog audit, RegionClock clock, CalendarService calendar, ComplaintRecords records)
{
    public async Task ExtendAsync(UserContext user, long id, ExtendComplaintInput input, CancellationToken ct = default)
    {
        AppealsAccess.RequireHead(user);
        await records.RequireDepartmentAsync(user, ct);
        var complaint = await records.LoadAsync(user, id, tracking: true, ct);
        RequireVersion(complaint, input.Version);
        var before = complaint.DueOn;
        complaint.Extend(complaint.Regulation!, await calendar.LoadAsync(ct), input.Days, input.Reason, input.NotifiedOn, clock.Today, user.UserId);
        audit.Add(user, AuditAction.Update, Entity, complaint.Number, complaint.CitizenId,
            $"Жалоба {complaint.Number}: срок рассмотрения продлён на {input.Days} дн. — "
            + $"с {before:dd.MM.yyyy} до {complaint.DueOn:dd.MM.yyyy}; "
            + $"причина: {complaint.ExtensionReason}; заявитель уведомлён {complaint.CitizenNotifiedOn:dd.MM.yyyy}");
        await records.SaveAsync(complaint, ct);
    }

    public async Task AnswerAsync(UserContext user, long id, AnswerComplaintInput input, CancellationToken ct = default)
    {
        await records.RequireCaseWorkerAsync(user, ct);
        var complaint = await records.LoadAsync(user, id, tracking: true, ct);
        RequireVersion(complaint, input.Version);
        var today = clock.Today;
        complaint.Answer(input.Decision, input.NoAnswerGround, input.Text, input.AnsweredOn ?? today, today, user.UserId);
        audit.Add(user, AuditAction.Update, Entity, complaint.Number, complaint.CitizenId,
            $"Жалоба {complaint.Number}: ответ от {complaint.AnsweredOn:dd.MM.yyyy} — {complaint.Decision!.Value.Short()}"
            + (complaint.NoAnswerGround is { } g ? $" ({g.Russian()})" : "")
            + (complaint.AnsweredLate ? $"; с нарушением срока (срок {complaint.DueOn:dd.MM.yyyy})" : ""));
        await records.SaveAsync(complaint, ct);
    }
}
