using Microsoft.EntityFrameworkCore;
using Sobes.Domain.Applications;
using Sobes.Domain.Audit;
using Sobes.Domain.Common;
using Sobes.Domain.Measures;
using Sobes.Domain.Organisations;
using Sobes.Domain.Registry;
using Sobes.Infrastructure.Audit;
using Sobes.Infrastructure.Common;
using Sobes.Infrastructure.Persistence;
using Sobes.Infrastructure.Registry;

namespace Sobes.Infrastructure.Applications;

/// <summary>
/// Intake (seed 002 cl. 14.2): the application is registered in the journal with its measures and recipients, after the checks of the
/// form, the regulation, a pending application for the same measure and the double payment in the region.
/// </summary>
public sealed class ApplicationIntake(
    SobesDbContext db,
    AuditLog audit,
    RegionClock clock,
    ApplicationCases cases,
    DoublePaymentCheck doublePayments,
    IApplicationContracts contracts
)
{
    private sealed record Checked(Citizen Citizen, AdministrativeRegulation Regulation, PaymentMethod Method, Dictionary<int, Measure> Measures);

    public async Task<RegisterResult> RegisterAsync(UserContext user, RegisterApplicationInput input, CancellationToken ct = default)
    {
        await cases.RequireCaseWorkerAsync(user, ct);
        var c = await ValidateAsync(user, input, ct);
        await RequireNoPendingAsync(c, input, ct);
        var on = input.RegisteredOn ?? clock.Today;
        var application = await NewApplicationAsync(user, input, c, on, ct);
        var found = await doublePayments.FindAsync(
            c.Citizen.Id,
            application.Items.Select(i => (c.Measures[i.MeasureId], i.BeneficiaryCitizenId)).ToList(),
            null,
            ct
        );
        doublePayments.Record(user, application, found, application.Items.Count);
        var warnings = found
            .Select(f => f.Message + " — назначить эту меру будет нельзя, возможен только отказ (п. 14.2 подп. 3 регламента).")
            .ToList();
        db.MeasureApplications.Add(application);
        audit.Add(
            user,
            AuditAction.Create,
            ApplicationCases.Entity,
            application.Number,
            c.Citizen.Id,
            $"Заявление {application.Number} от {on:dd.MM.yyyy}: {c.Citizen.FullName}; " +
                $"{string.Join(", ", application.Items.Select(i => c.Measures[i.MeasureId].ShortName))}"
                + (warnings.Count > 0 ? $"; предупреждений о двойной выплате: {warnings.Count}" : "")
        );
        await db.SaveChangesAsync(ct);
        return new RegisterResult(application, warnings);
    }

    private async Task<Checked> ValidateAsync(UserContext user, RegisterApplicationInput input, CancellationToken ct)
    {
        var citizen = await db.VisibleCitizenAsync(user, input.CitizenId, ct);
        var errors = new List<ValidationError>();
        ValidateForm(input, citizen, errors);
        var regulation = await db.Regulations.AsNoTracking().FirstOrDefaultAsync(r => r.Id == input.RegulationId && r.IsActive, ct);
        if (regulation is null) errors.Add(new("regulationId", "Выберите административный регламент государственной услуги."));
        var method = input.PaymentMethod ?? citizen.PaymentDetails.Method;
        if (method is null) errors.Add(new("paymentMethod", "Укажите способ выплаты: в личном деле заявителя он не указан."));
        else if (!Enum.IsDefined(method.Value)) errors.Add(new("paymentMethod", "Способ выплаты: банк или почта."));
        if (input.Items.Count == 0) errors.Add(new("items", "Укажите хотя бы одну меру поддержки."));
        if (input.FosterContractId is { } contractId && !await contracts.IsApplicantsAsync(user, contractId, citizen.Id, ct))
            errors.Add(
                new(
                    "fosterContractId",
                    "Договор о приёмной семье не найден: заявитель должен быть приёмным родителем по договору вашего управления."
                )
            );
        if (input.IntakeStartedAtUtc is { } started && ApplicationCases.Utc(started) > clock.NowUtc.AddMinutes(1))
            errors.Add(new("intakeStartedAtUtc", "Время начала приёма не может быть позже времени регистрации."));
        var measures = await ValidateItemsAsync(user, input, citizen, regulation, errors, ct);
        DomainValidationException.ThrowIfAny(errors);
        return new Checked(citizen, regulation!, method!.Value, measures);
    }

    private void ValidateForm(RegisterApplicationInput input, Citizen citizen, List<ValidationError> errors)
    {
        var on = input.RegisteredOn ?? clock.Today;
        if (on > clock.Today) errors.Add(new("registeredOn", "Дата регистрации не может быть в будущем."));
        if (citizen.DeathDate is not null) errors.Add(new("citizenId", "В реестре отмечена смерть заявителя: заявление не регистрируется."));
        if (!Enum.IsDefined(input.Channel)) errors.Add(new("channel", "Укажите, как подано заявление."));
    }

    /// <summary>Every measure of the regulation, every child visible and alive, no measure twice for one recipient.</summary>
    private async Task<Dictionary<int, Measure>> ValidateItemsAsync(
        UserContext user,
        RegisterApplicationInput input,
        Citizen citizen,
        AdministrativeRegulation? regulation,
        List<ValidationError> errors,
        CancellationToken ct
    )
    {
        var measureIds = input.Items.Select(i => i.MeasureId).Distinct().ToList();
        var measures = await db.Measures.AsNoTracking().Where(m => measureIds.Contains(m.Id)).ToDictionaryAsync(m => m.Id, ct);
        var childIds = input.Items.Select(i => i.BeneficiaryCitizenId).OfType<long>().Distinct().ToList();
        var children = await db.VisibleCitizens(user).Where(c => childIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);
        var seen = new HashSet<(int, long?)>();
        for (var i = 0; i < input.Items.Count; i++)
        {
            var item = input.Items[i];
            if (!measures.TryGetValue(item.MeasureId, out var m) || regulation is null || m.RegulationId != regulation.Id || !m.IsActive)
            {
                errors.Add(new($"items[{i}].measureId", "Выберите меру, которая предоставляется по этому регламенту."));
                continue;
            }
            ValidateBeneficiary(i, item, m, citizen, children, errors);
            if (!seen.Add((item.MeasureId, item.BeneficiaryCitizenId)))
                errors.Add(new($"items[{i}].measureId", "Эта мера на этого получателя уже указана в заявлении."));
        }
        return measures;
    }

    private static void ValidateBeneficiary(
        int i,
        ApplicationItemInput item,
        Measure m,
        Citizen citizen,
        Dictionary<long, Citizen> children,
        List<ValidationError> errors
    )
    {
        if (item.BeneficiaryCitizenId is { } childId)
        {
            if (!children.TryGetValue(childId, out var child))
                errors.Add(new($"items[{i}].beneficiaryCitizenId", "Ребёнок не найден в реестре вашего района."));
            else if (childId == citizen.Id)
                errors.Add(new($"items[{i}].beneficiaryCitizenId", "Ребёнком указан сам заявитель."));
            else if (child.DeathDate is not null)
                errors.Add(new($"items[{i}].beneficiaryCitizenId", "В реестре отмечена смерть ребёнка."));
        }
        else if (m.Eligibility.ForChild)
            errors.Add(new($"items[{i}].beneficiaryCitizenId", $"Мера «{m.ShortName}» назначается на ребёнка: укажите его."));
    }

    private async Task RequireNoPendingAsync(Checked c, RegisterApplicationInput input, CancellationToken ct)
    {
        for (var i = 0; i < input.Items.Count; i++)
        {
            var item = input.Items[i];
            if (await PendingApplicationAsync(c.Citizen.Id, item.MeasureId, item.BeneficiaryCitizenId, ct) is { } pending)
                throw new ConflictException(
                    $"По мере «{c.Measures[item.MeasureId].ShortName}» на этого получателя уже есть нерассмотренное заявление " +
                        $"{pending}: повторное не регистрируется.",
                    $"items[{i}].measureId"
                );
        }
    }

    private async Task<MeasureApplication> NewApplicationAsync(
        UserContext user,
        RegisterApplicationInput input,
        Checked c,
        DateOnly on,
        CancellationToken ct
    ) =>
        new()
        {
            Number = await DocumentNumbers.NextAsync(db.MeasureApplications.Select(a => a.Number), "З", on.Year, ct),
            RegisteredOn = on,
            RegisteredAtUtc = clock.NowUtc,
            CitizenId = c.Citizen.Id,
            OrganisationId = user.OrganisationId,
            RegulationId = c.Regulation.Id,
            FosterContractId = input.FosterContractId,
            Channel = input.Channel,
            PaymentMethod = c.Method,
            RegisteredByUserId = user.UserId,
            IntakeStartedAtUtc = input.IntakeStartedAtUtc is { } start ? ApplicationCases.Utc(start) : null,
            Items = input.Items.Select(i => new ApplicationItem { MeasureId = i.MeasureId, BeneficiaryCitizenId = i.BeneficiaryCitizenId }).ToList(),
            Version = 1,
        };

    /// <summary>An application for the same measure and recipient still without a decision, in any department.</summary>
    private Task<string?> PendingApplicationAsync(long applicantId, int measureId, long? childId, CancellationToken ct) =>
        db
            .MeasureApplications.AsNoTracking()
            .Where(a => ApplicationCases.Open.Contains(a.Status))
            .Where(a =>
                a.Items.Any(i =>
                    i.MeasureId == measureId
                    && i.Outcome != ItemOutcome.Refuse
                    && (childId == null ? i.BeneficiaryCitizenId == null && a.CitizenId == applicantId : i.BeneficiaryCitizenId == childId)
                )
            )
            .Select(a => a.Number)
            .FirstOrDefaultAsync(ct);

    /// <summary>Children and wards of the applicant from the registry's family ties, offered as the beneficiaries at intake.</summary>
    public async Task<IReadOnlyList<ChildOption>> ChildrenOfAsync(UserContext user, long citizenId, CancellationToken ct = default)
    {
        var citizen = await db.VisibleCitizenAsync(user, citizenId, ct);
        var visible = db.Citizens.VisibleTo(user);
        var ties = await db.Set<FamilyTie>()
            .AsNoTracking()
            .Where(t => t.CitizenId == citizen.Id && (t.Relation == FamilyRelation.Child || t.Relation == FamilyRelation.Ward))
            .Join(
                visible,
                t => t.RelativeId,
                c => c.Id,
                (t, c) =>
                    new
                    {
                        c.Id,
                        c.Surname,
                        c.Name,
                        c.Patronymic,
                        c.BirthDate,
                        t.Relation,
                        c.DeathDate,
                    }
            )
            .ToListAsync(ct);
        return ties.Where(t => t.DeathDate is null)
            .OrderByDescending(t => t.BirthDate)
            .Select(t => new ChildOption(
                t.Id,
                string.Join(" ", new[] { t.Surname, t.Name, t.Patronymic }.Where(s => !string.IsNullOrWhiteSpace(s))),
                t.BirthDate,
                t.Relation.Russian()
            ))
            .ToList();
    }

    /// <summary>Active regulations with their measures, for the intake form.</summary>
    public async Task<IReadOnlyList<(AdministrativeRegulation Regulation, IReadOnlyList<Measure> Measures)>> RegulationsAsync(
        CancellationToken ct = default
    )
    {
        var regulations = await db.Regulations.AsNoTracking().Include(r => r.Documents).Where(r => r.IsActive).OrderBy(r => r.Name).ToListAsync(ct);
        var measures = await db.Measures.AsNoTracking().Where(m => m.IsActive && m.RegulationId != null).OrderBy(m => m.Name).ToListAsync(ct);
        return regulations.Select(r => (r, (IReadOnlyList<Measure>)measures.Where(m => m.RegulationId == r.Id).ToList())).ToList();
    }
}
