using Microsoft.EntityFrameworkCore;
using Sobes.Domain.Appeals;
using Sobes.Domain.Applications;
using Sobes.Domain.Calendar;
using Sobes.Domain.Organisations;
using Sobes.Infrastructure.Appeals;
using Sobes.Infrastructure.Persistence;

namespace Sobes.Infrastructure.Appeals.Seed;

/// <summary>
/// Demo only: a few complaints of seed 002 section V in the Varna and Kasli departments — answered, extended by the head, under review and
/// overdue — on fixed dates and the first citizens of each district, so every start builds the same journal.
/// </summary>
internal sealed class AppealsDemo(SobesDbContext db)
{
    private sealed record Sample(
        string TerritoryCode,
        int CitizenIndex,
        DateOnly ReceivedOn,
        ComplaintChannel Channel,
        ComplaintSubject Subject,
        string Text,
        int? ExtendBy = null,
        string? ExtensionReason = null,
        ComplaintDecision? Decision = null,
        string? Answer = null,
        int AnswerAfterDays = 0
    );

    private static readonly Sample[] Samples =
    [
        new(
            "75617000",
            0,
            new(2026, 10, 5),
            ComplaintChannel.Post,
            ComplaintSubject.AmountCorrectness,
            "Размер ежемесячной выплаты на содержание ребёнка определён без учёта повышения с 1 октября. Прошу пересчитать выплату.",
            Decision: ComplaintDecision.Satisfied,
            Answer: "Размер выплаты пересчитан с 01.10.2026, доплата будет перечислена в ноябре.",
            AnswerAfterDays: 20
        ),
        new(
            "75617000",
            1,
            new(2026, 11, 2),
            ComplaintChannel.InPerson,
            ComplaintSubject.DeadlineViolation,
            "Решение по заявлению не принято в установленный срок, уведомление не получено. "
                + "Прошу рассмотреть заявление и сообщить результат.",
            ExtendBy: 10,
            ExtensionReason: "требуется проверка сведений о месте жительства ребёнка в органе опеки"
        ),
        new(
            "75629000",
            0,
            new(2026, 10, 1),
            ComplaintChannel.Post,
            ComplaintSubject.RefusalDecision,
            "Не согласен с решением об отказе в назначении выплаты: документы были представлены полностью. "
                + "Прошу отменить решение об отказе."
        ),
        new(
            "75629000",
            1,
            new(2026, 11, 16),
            ComplaintChannel.HigherBody,
            ComplaintSubject.OfficialMisconduct,
            "Жалоба направлена из Министерства: на приёме специалист отказался принять документы и разговаривал грубо."
        ),
    ];

    private static Complaint NewComplaint(
        Sample s,
        long citizenId,
        int departmentId,
        int specialistId,
        int? headId,
        AdministrativeRegulation regulation,
        ProductionCalendar calendar
    )
    {
        var c = new Complaint
        {
            OrganisationId = departmentId,
            ReceivedOn = s.ReceivedOn,
            RegisteredAtUtc = s.ReceivedOn.ToDateTime(new TimeOnly(6, 0), DateTimeKind.Utc),
            RegisteredByUserId = specialistId,
            Channel = s.Channel,
            CitizenId = citizenId,
            RegulationId = regulation.Id,
            Subject = s.Subject,
            Text = s.Text,
            DueOn = DeadlineRules.ComplaintDue(s.ReceivedOn, regulation, calendar),
            Version = 1,
        };
        if (s.ExtendBy is { } days && headId is { } head)
            c.Extend(regulation, calendar, days, s.ExtensionReason, s.ReceivedOn.AddDays(14), s.ReceivedOn.AddDays(14), head);
        if (s.Decision is { } decision)
            c.Answer(
                decision,
                null,
                s.Answer,
                s.ReceivedOn.AddDays(s.AnswerAfterDays),
                s.ReceivedOn.AddDays(s.AnswerAfterDays),
                specialistId
            );
        return c;
    }

    public async Task<int> LoadAsync(CancellationToken ct)
    {
        var regulation = await db.Regulations.AsNoTracking().FirstOrDefaultAsync(r => r.Code == ComplaintRegistration.DefaultRegulationCode, ct);
        if (regulation is null) return 0;
        var calendar = new ProductionCalendar(await db.CalendarDays.AsNoTracking().ToListAsync(ct));
        var complaints = new List<Complaint>();
        foreach (var group in Samples.GroupBy(s => s.TerritoryCode))
        {
            var department = await db.Organisations.AsNoTracking()
                .FirstOrDefaultAsync(o => o.Kind == OrganisationKind.SocialProtectionDepartment && o.Territory!.Code == group.Key, ct);
            if (department is null) continue;
            var staff = await db.Users.AsNoTracking().Where(u => u.OrganisationId == department.Id).ToListAsync(ct);
            var specialist = staff.FirstOrDefault(u => u.Role == Role.Specialist) ?? staff.FirstOrDefault(u => u.Role == Role.Head);
            var head = staff.FirstOrDefault(u => u.Role == Role.Head);
            if (specialist is null) continue;
            var citizens = await db
                .Citizens.AsNoTracking()
                .Where(c => c.TerritoryId == department.TerritoryId && c.DeathDate == null && c.BirthDate < new DateOnly(2000, 1, 1))
                .OrderBy(c => c.Id)
                .Select(c => c.Id)
                .Take(5)
                .ToListAsync(ct);
            foreach (var s in group)
            {
                if (s.CitizenIndex >= citizens.Count) continue;
                complaints.Add(NewComplaint(s, citizens[s.CitizenIndex], department.Id, specialist.Id, head?.Id, regulation, calendar));
            }
        }
        // The journal's numbers run through the region's year in the order of receipt, as DocumentNumbers gives them.
        var numbers = new Dictionary<int, int>();
        foreach (var c in complaints.OrderBy(c => c.ReceivedOn))
            c.Number = $"Ж-{c.ReceivedOn.Year}-{numbers[c.ReceivedOn.Year] = numbers.GetValueOrDefault(c.ReceivedOn.Year) + 1:0000}";
        db.AppealComplaints.AddRange(complaints);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return complaints.Count;
    }
}
