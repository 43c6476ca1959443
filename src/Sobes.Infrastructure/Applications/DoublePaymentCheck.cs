using Microsoft.EntityFrameworkCore;
using Sobes.Domain.Applications;
using Sobes.Domain.Common;
using Sobes.Domain.Measures;
using Sobes.Domain.Organisations;
using Sobes.Infrastructure.Persistence;

namespace Sobes.Infrastructure.Applications;

/// <summary>
/// Seed 002 cl. 14.2 subcl. 3: the whole region is searched so that the same child is not paid twice — an active or future assignment of the
/// measure for the same child (for a measure without a child: the same applicant), or an application for it not yet decided, in any
/// department. Only the department's name, the number and the measure are disclosed: the other district's record stays closed.
/// </summary>
public sealed class DoublePaymentCheck(SobesDbContext db, RegionClock clock)
{
    public sealed record DoublePayment(int Index, string Message);

    public async Task<List<DoublePayment>> FindAsync(
        long applicantId,
        IReadOnlyList<(Measure Measure, long? ChildId)> items,
        long? exceptApplicationId,
        CancellationToken ct
    )
    {
        var found = new List<DoublePayment>();
        for (var i = 0; i < items.Count; i++)
        {
            var (measure, childId) = items[i];
            var who = childId is null ? "Заявителю" : "Ребёнку";
            foreach (var a in await AssignmentsAsync(applicantId, measure, childId, exceptApplicationId, ct))
                found.Add(new(i, $"{who} уже назначено «{measure.ShortName}» в {Department(a.Name)}, назначение № {a.Number}"));
            foreach (var a in await PendingAsync(applicantId, measure, childId, exceptApplicationId, ct))
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

    private sealed record Found(string Number, string Name);

    private async Task<List<Found>> AssignmentsAsync(long applicantId, Measure measure, long? childId, long? except, CancellationToken ct)
    {
        var today = clock.Today;
        var assignments = db.Assignments.AsNoTracking()
            .Where(a => a.MeasureId == measure.Id && a.Status == AssignmentStatus.Active && (a.EndsOn == null || a.EndsOn >= today));
        assignments = childId is { } c
            ? assignments.Where(a => a.BeneficiaryCitizenId == c)
            : assignments.Where(a => a.CitizenId == applicantId && a.BeneficiaryCitizenId == null);
        if (except is { } e) assignments = assignments.Where(a => a.ApplicationId != e);
        return await assignments
            .Join(db.Organisations, a => a.OrganisationId, o => o.Id, (a, o) => new Found(a.Number, o.Name))
            .ToListAsync(ct);
    }

    private async Task<List<Found>> PendingAsync(long applicantId, Measure measure, long? childId, long? except, CancellationToken ct)
    {
        var pending = db
            .MeasureApplications.AsNoTracking()
            .Where(a => ApplicationCases.Open.Contains(a.Status))
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
        if (except is { } self) pending = pending.Where(a => a.Id != self);
        return await pending
            .Join(db.Organisations, a => a.OrganisationId, o => o.Id, (a, o) => new Found(a.Number, o.Name))
            .ToListAsync(ct);
    }

    /// <summary>«Управление социальной защиты населения администрации Каслинского …» reads «в Управлении …» after «в».</summary>
    private static string Department(string name) =>
        name.StartsWith("Управление ", StringComparison.Ordinal) ? "Управлении " + name["Управление ".Length..] : name;

    /// <summary>The check is recorded on the application: when, by whom, and what was found.</summary>
    public void Record(UserContext user, MeasureApplication app, IReadOnlyList<DoublePayment> found, int checkedItems)
    {
        app.DoublePaymentCheckedAtUtc = clock.NowUtc;
        app.DoublePaymentCheckedByUserId = user.UserId;
        var text = found.Count == 0
            ? $"Проверено мер: {checkedItems}; действующих назначений и нерассмотренных заявлений на тех же получателей в области не найдено."
            : string.Join("; ", found.Select(f => f.Message)) + ".";
        app.DoublePaymentCheckResult = text.Length > 4000 ? text[..3997] + "…" : text;
    }
}
