using Microsoft.EntityFrameworkCore;
using Sobes.Domain.Audit;
using Sobes.Domain.Calendar;
using Sobes.Domain.Common;
using Sobes.Domain.Organisations;
using Sobes.Domain.Registry;
using Sobes.Domain.SocialServices;
using Sobes.Infrastructure.Audit;
using Sobes.Infrastructure.Calendar;
using Sobes.Infrastructure.Persistence;

namespace Sobes.Infrastructure.SocialServices;

/// <summary>
/// The quality part of the demo quarter (II quarter 2015): satisfaction surveys, a complaint, external inspections and the work
/// journal of the centre, each checked by its domain rules before it is saved.
/// </summary>
internal sealed class SocialServicesDemoQuality(SobesDbContext db, TimeProvider time)
{
    public async Task LoadAsync(int org, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var surveys = Surveys(org);
        foreach (var s in surveys) Check(SatisfactionSurveyRules.Validate(s, today));
        var complaint = Complaint(org);
        Check(QualityComplaintRules.Validate(complaint, today));
        var inspections = Inspections(org);
        foreach (var i in inspections) Check(ExternalInspectionRules.Validate(i, today));
        var works = await WorksAsync(org, ct);
        foreach (var w in works) Check(WorkEntryRules.Validate(w, today));
        db.SatisfactionSurveys.AddRange(surveys);
        db.QualityComplaints.Add(complaint);
        db.ExternalInspections.AddRange(inspections);
        db.WorkEntries.AddRange(works);
        await db.SaveChangesAsync(ct);
    }

    private static SatisfactionSurvey[] Surveys(int org)
    {
        return new[]
        {
            new SatisfactionSurvey
            {
                OrganisationId = org,
                ConductedOn = new(2015, 6, 24),
                Form = ServiceForm.AtHome,
                Respondents = 10,
                Satisfied = 10,
                Basis = "Акт опроса № 2 от 24.06.2015, протокол комиссии по контролю качества № 2 от 26.06.2015",
            },
            new SatisfactionSurvey
            {
                OrganisationId = org,
                ConductedOn = new(2015, 6, 25),
                Form = ServiceForm.Stationary,
                Respondents = 6,
                Satisfied = 6,
                Basis = "Акт опроса № 3 от 25.06.2015, протокол комиссии по контролю качества № 2 от 26.06.2015",
            },
            new SatisfactionSurvey
            {
                OrganisationId = org,
                ConductedOn = new(2015, 6, 25),
                Form = ServiceForm.Urgent,
                Respondents = 4,
                Satisfied = 4,
                Basis = "Акт опроса № 4 от 25.06.2015",
            },
        };
    }

    private static QualityComplaint Complaint(int org)
    {
        return new QualityComplaint
        {
            OrganisationId = org,
            ReceivedOn = new(2015, 5, 12),
            Channel = QualityComplaintChannel.Post,
            ComplainantName = "Родственник получателя услуг (письмо)",
            Form = ServiceForm.AtHome,
            Subject = "Перенос времени посещения социальным работником без предупреждения",
            IsJustified = false,
            AnsweredOn = new(2015, 6, 5),
            Outcome = "Перенос согласован с получателем услуг по телефону; жалоба признана необоснованной, заявителю дан ответ.",
        };
    }

    private static ExternalInspection[] Inspections(int org)
    {
        return new[]
        {
            new ExternalInspection
            {
                OrganisationId = org,
                Body = SupervisoryBody.Rospotrebnadzor,
                StartedOn = new(2015, 5, 14),
                EndedOn = new(2015, 5, 15),
                ActNumber = "Акт проверки № 112 от 15.05.2015",
                ViolationsFound = 0,
            },
            new ExternalInspection
            {
                OrganisationId = org,
                Body = SupervisoryBody.Gospozhnadzor,
                StartedOn = new(2015, 4, 20),
                EndedOn = new(2015, 4, 21),
                ActNumber = "Акт проверки № 37 от 21.04.2015",
                ViolationsFound = 1,
                Summary = "Не обновлён план эвакуации стационарного отделения",
                RemediedOn = new(2015, 5, 6),
            },
        };
    }

    private async Task<List<WorkEntry>> WorksAsync(int org, CancellationToken ct)
    {
        var sections = await db.AssignmentSections.AsNoTracking()
            .Where(s => s.Kind == SectionKind.Work && s.Part!.StateAssignment!.OrganisationId == org && s.Part.StateAssignment.FinancialYear == 2015)
            .ToDictionaryAsync(s => s.Number, s => s.Id, ct);
        var entries = new (string Number, DateOnly On, decimal Quantity, decimal? Km)[]
        {
            ("1", new(2015, 4, 10), 38, null), ("1", new(2015, 5, 15), 41, null), ("1", new(2015, 6, 12), 35, null),
            ("2", new(2015, 4, 2), 3, null), ("2", new(2015, 5, 20), 2, null),
            ("3", new(2015, 4, 16), 52, null), ("3", new(2015, 5, 21), 47, null), ("3", new(2015, 6, 18), 49, null),
            ("4", new(2015, 4, 24), 61, null), ("4", new(2015, 5, 29), 55, null), ("4", new(2015, 6, 26), 58, null),
            ("5", new(2015, 4, 7), 11, 1710), ("5", new(2015, 5, 12), 9, 1445), ("5", new(2015, 6, 9), 10, 1620),
            ("6", new(2015, 4, 22), 7, null), ("6", new(2015, 5, 27), 6, null), ("6", new(2015, 6, 24), 6, null),
            ("7", new(2015, 5, 8), 60, null), ("7", new(2015, 6, 1), 45, null),
        };
        return entries
            .Where(e => sections.ContainsKey(e.Number))
            .Select(e => new WorkEntry
            {
                OrganisationId = org,
                AssignmentSectionId = sections[e.Number],
                PerformedOn = e.On,
                Quantity = e.Quantity,
                DistanceKm = e.Km,
                Note = "Ежемесячная сводка отделения",
            })
            .ToList();
    }

    private static void Check(IReadOnlyList<ValidationError> errors)
    {
        if (errors.Count > 0) throw new DomainValidationException(errors);
    }
}
