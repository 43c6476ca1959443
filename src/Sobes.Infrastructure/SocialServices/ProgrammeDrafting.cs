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

/// <summary>The individual programme (ИППСУ, ст. 16 442-ФЗ) drawn up after the citizen is recognised as needing services.</summary>
public sealed class ProgrammeDrafting(SobesDbContext db, AuditLog audit)
{
    public async Task<IndividualProgramme> CreateProgrammeAsync(
        UserContext user,
        long applicationId,
        ProgrammeInput input,
        CancellationToken ct = default
    )
    {
        SocialServicesAccess.RequireWriter(user);
        var app = await db.ServiceApplicationAsync(user, applicationId, tracking: false, ct);
        var decision = app.NeedRecognition!;
        if (decision.Outcome != NeedRecognitionOutcome.Recognised)
            throw new DomainValidationException([
                new("needRecognition", "Индивидуальная программа составляется после признания гражданина нуждающимся."),
            ]);
        var ids = input.Lines.Select(l => l.SocialServiceId).Distinct().ToList();
        var services = await db.SocialServices.AsNoTracking().Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, ct);
        var form = decision.RecognisedForm!.Value;
        var programme = new IndividualProgramme
        {
            Number = await DocumentNumbers.NextAsync(db.IndividualProgrammes.Select(p => p.Number), "ИППСУ", input.DrawnUpOn.Year, ct),
            CitizenId = app.CitizenId,
            NeedRecognitionId = decision.Id,
            Form = form,
            DrawnUpOn = input.DrawnUpOn,
            StartsOn = input.StartsOn,
            NextReviewOn = input.NextReviewOn ?? IndividualProgrammeRules.LatestReviewDate(input.StartsOn),
            RecommendedProviderIds = [user.OrganisationId],
            Lines = input.Lines.Select(l => new ProgrammeLine
            {
                SocialServiceId = l.SocialServiceId,
                Volume = l.Volume,
                Periodicity = l.Periodicity?.Trim() ?? "",
                PeriodFrom = l.PeriodFrom ?? input.StartsOn,
                PeriodTo = l.PeriodTo ?? input.StartsOn.AddYears(1).AddDays(-1),
            }).ToList(),
        };
        var errors = IndividualProgrammeRules.Validate(programme).ToList();
        if (input.DrawnUpOn < decision.DecidedOn) errors.Add(new("drawnUpOn", "Программа составляется после решения о признании нуждающимся."));
        for (var i = 0; i < programme.Lines.Count; i++)
        {
            if (!services.TryGetValue(programme.Lines[i].SocialServiceId, out var s))
                errors.Add(new($"lines[{i}].socialServiceId", "Выберите услугу из перечня."));
            else if (s.Form != form)
                errors.Add(new($"lines[{i}].socialServiceId", $"Услуга «{s.Name}» не относится к форме «{form.RussianShort()}»."));
        }
        DomainValidationException.ThrowIfAny(errors);
        db.IndividualProgrammes.Add(programme);
        audit.Add(
            user,
            AuditAction.Create,
            nameof(IndividualProgramme),
            programme.Number,
            app.CitizenId,
            $"Индивидуальная программа {programme.Number} ({form.RussianShort()}, услуг: {programme.Lines.Count}), пересмотр не " +
                $"позднее {programme.NextReviewOn:dd.MM.yyyy}"
        );
        await db.SaveChangesAsync(ct);
        return programme;
    }
}
