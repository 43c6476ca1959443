using Microsoft.EntityFrameworkCore;
using Sobes.Domain.Audit;
using Sobes.Domain.Common;
using Sobes.Domain.Organisations;
using Sobes.Domain.SocialServices;
using Sobes.Infrastructure.Audit;
using Sobes.Infrastructure.Common;
using Sobes.Infrastructure.Persistence;
using Sobes.Infrastructure.Registry;

namespace Sobes.Infrastructure.SocialServices;

public sealed record ServiceActListItem(
    long Id,
    string Number,
    long CitizenId,
    string CitizenName,
    int Year,
    int Month,
    decimal TotalCost,
    decimal Fee,
    FeeBasis? FeeBasis,
    DateOnly? SignedOn
);

public sealed record ServiceActDetails(ServiceAct Act, string CitizenName, string ContractNumber, string ProviderName);

public sealed record ServiceActGenerationResult(int Created, int Replaced, int SkippedSigned, IReadOnlyList<string> Problems);

/// <summary>
/// Monthly acts of services rendered with the fee of 442-ФЗ ст. 31–32: per-capita income of the application's household
/// (decree 1075), the regional subsistence minimum in force on the application date, the fee rule in force in the month.
/// </summary>
public sealed class ServiceActService(SobesDbContext db, AuditLog audit, RegionClock clock)
{
    private const string Entity = nameof(ServiceAct);

    /// <summary>Whether the user acts for a provider of social services (draws up and signs acts).</summary>
    public Task<bool> IsProviderAsync(UserContext user, CancellationToken ct = default) => db.IsProviderAsync(user, ct);

    /// <summary>Builds (or rebuilds, unless signed) the acts of the month for every contract of the user's organisation with services in
    /// it.</summary>
    public async Task<ServiceActGenerationResult> GenerateMonthAsync(UserContext user, int year, int month, CancellationToken ct = default)
    {
        await db.RequireProviderAsync(user, ct);
        if (month is < 1 or > 12 || year < 2000) throw new DomainValidationException([new("month", "Укажите месяц и год.")]);
        var first = new DateOnly(year, month, 1);
        if (first > clock.Today) throw new DomainValidationException([new("month", "Акт составляется за прошедший или текущий месяц.")]);
        var last = first.AddMonths(1).AddDays(-1);
        var context = await FeeContext.LoadAsync(db, user.OrganisationId, ct);
        var (existing, contracts, deliveries) = await LoadMonthAsync(user, year, month, first, last, ct);
        var next = int.Parse((await DocumentNumbers.NextAsync(db.ServiceActs.Select(a => a.Number), "АКТ", year, ct))[^4..]);
        int created = 0, replaced = 0, skipped = 0;
        var problems = new List<string>();
        foreach (var contract in contracts.OrderBy(c => c.Id))
        {
            var old = existing.GetValueOrDefault(contract.Id);
            if (old?.SignedOn is not null) { skipped++; continue; }
            try
            {
                var act = Build(contract, year, month, deliveries[contract.Id], context);
                if (old is not null) { db.ServiceActs.Remove(old); act.Number = old.Number; replaced++; }
                else { act.Number = $"АКТ-{year}-{next++:0000}"; created++; }
                db.ServiceActs.Add(act);
            }
            catch (DomainValidationException e) { problems.AddRange(e.Errors.Select(x => x.Message)); }
        }
        audit.Add(
            user,
            AuditAction.Create,
            Entity,
            null,
            null,
            $"Акты о предоставленных услугах за {month:00}.{year}: составлено {created}, пересоставлено {replaced}, подписанных не изменено {skipped}"
        );
        await db.SaveChangesAsync(ct);
        return new ServiceActGenerationResult(created, replaced, skipped, problems.Distinct().ToList());
    }

    /// <summary>The month's contracts with services of the provider, their unsigned or signed acts and their deliveries.</summary>
    private async Task<(
        Dictionary<long, ServiceAct> Existing,
        List<ServiceContract> Contracts,
        ILookup<long, DeliveredService> Deliveries
    )> LoadMonthAsync(UserContext user, int year, int month, DateOnly first, DateOnly last, CancellationToken ct)
    {
        var visible = db.Citizens.VisibleTo(user);
        var contractIds = await db
            .DeliveredServices.AsNoTracking()
            .Where(d =>
                d.ProviderOrganisationId == user.OrganisationId
                && d.ServiceContractId != null
                && d.DeliveredOn >= first
                && d.DeliveredOn <= last
            )
            .Where(d => visible.Any(c => c.Id == d.CitizenId))
            .Select(d => d.ServiceContractId!.Value)
            .Distinct()
            .ToListAsync(ct);
        // Everything the month needs is read in three queries, then the acts are built in memory.
        var existing = await db
            .ServiceActs.Where(a =>
                a.ServiceContractId != null && contractIds.Contains(a.ServiceContractId.Value) && a.Year == year && a.Month == month
            )
            .ToDictionaryAsync(a => a.ServiceContractId!.Value, ct);
        var contracts = await db
            .ServiceContracts.AsNoTracking()
            .AsSplitQuery()
            .Where(c => contractIds.Contains(c.Id))
            .Include(c => c.IndividualProgramme)
                .ThenInclude(p => p!.NeedRecognition)
                    .ThenInclude(n => n!.ServiceApplication)
                        .ThenInclude(a => a!.Household)
            .ToListAsync(ct);
        var deliveries = (
            await db
                .DeliveredServices.AsNoTracking()
                .Where(d =>
                    d.ServiceContractId != null
                    && contractIds.Contains(d.ServiceContractId.Value)
                    && d.DeliveredOn >= first
                    && d.DeliveredOn <= last
                )
                .ToListAsync(ct)
        ).ToLookup(d => d.ServiceContractId!.Value);
        return (existing, contracts, deliveries);
    }

    private ServiceAct Build(ServiceContract contract, int year, int month, IEnumerable<DeliveredService> deliveries, FeeContext context)
    {
        var application = contract.IndividualProgramme!.NeedRecognition!.ServiceApplication!;
        var first = new DateOnly(year, month, 1);
        var act = ServiceActBuilder.Build(contract.CitizenId, year, month, clock.Today, deliveries, context.Catalogue, context.Tariffs, contract.Id);
        act.ProviderOrganisationId = contract.ProviderOrganisationId;
        act.Form = contract.IndividualProgramme.Form;

        var income = PerCapitaIncomeCalculator.Calculate(application.Household, application.SubmittedOn);
        var minimum = FeeReference.SubsistenceMinimumOn(
            context.Minimums,
            context.Region,
            application.SubsistenceGroup,
            application.SubmittedOn
        )
            ?? throw new DomainValidationException([
                new(
                    "subsistenceMinimum",
                    $"Нет величины прожиточного минимума ({context.Region}, {application.SubsistenceGroup.Russian()}) на " +
                        $"{application.SubmittedOn:dd.MM.yyyy} — внесите её в справочник."
                ),
            ]);
        var rule = FeeReference.RuleOn(context.Rules, context.Region, first)
            ?? throw new DomainValidationException([new("feeRule", $"Нет правила расчёта платы ({context.Region}) на {first:dd.MM.yyyy}.")]);
        var fee = FeeCalculator.Calculate(new FeeInput
        {
            Form = act.Form, TariffCost = act.TotalCost, AveragePerCapitaIncome = income.Average,
            SubsistenceMinimum = minimum.Amount, Rule = rule, FreeGrounds = application.FreeGrounds,
        });
        ServiceActBuilder.ApplyFee(act, fee);
        act.AveragePerCapitaIncome = income.Average;
        act.SubsistenceMinimum = minimum.Amount;
        act.FreeIncomeLimit = fee.FreeIncomeLimit;
        act.FeeCap = fee.Cap;
        act.FeeExplanation =
            $"Среднедушевой доход рассчитан за {income.PeriodFrom:dd.MM.yyyy}–{income.PeriodTo:dd.MM.yyyy}: "
            + $"{RussianFormat.Money(income.TotalIncome)} / 12 / {income.MemberCount} чел. Прожиточный минимум — {minimum.LegalAct}. "
            + fee.Explanation;
        return act;
    }

    public async Task<IReadOnlyList<ServiceActListItem>> ListAsync(UserContext user, int year, int? month, CancellationToken ct = default)
    {
        var visible = db.Citizens.VisibleTo(user);
        var acts = await db.ServiceActs.AsNoTracking()
            .Where(a => a.Year == year && (month == null || a.Month == month) && visible.Any(c => c.Id == a.CitizenId))
            .VisibleTo(user, a => a.ProviderOrganisationId)
            .OrderBy(a => a.Month).ThenBy(a => a.Number)
            .Select(a => new { a.Id, a.Number, a.CitizenId, a.Year, a.Month, a.TotalCost, a.Fee, a.FeeBasis, a.SignedOn })
            .ToListAsync(ct);
        var names = await db.NamesAsync(user, acts.Select(a => a.CitizenId), ct);
        await audit.RecordAsync(
            user,
            AuditAction.Search,
            Entity,
            null,
            null,
            $"Список актов за {(month is { } m ? $"{m:00}." : "")}{year}: {acts.Count}",
            ct
        );
        return acts.Select(a => new ServiceActListItem(
                a.Id,
                a.Number,
                a.CitizenId,
                names.GetValueOrDefault(a.CitizenId, "—"),
                a.Year,
                a.Month,
                a.TotalCost,
                a.Fee,
                a.FeeBasis,
                a.SignedOn
            ))
            .ToList();
    }

    public async Task<ServiceActDetails> GetAsync(UserContext user, long id, CancellationToken ct = default)
    {
        var act = await LoadAsync(user, id, tracking: false, ct);
        var names = await db.NamesAsync(user, [act.CitizenId], ct);
        var contract = await db
            .ServiceContracts.AsNoTracking()
            .Where(c => c.Id == act.ServiceContractId)
            .Select(c => c.Number)
            .FirstOrDefaultAsync(ct);
        var provider = await db
            .Organisations.AsNoTracking()
            .Where(o => o.Id == act.ProviderOrganisationId)
            .Select(o => o.Name)
            .FirstOrDefaultAsync(ct);
        await audit.RecordAsync(
            user,
            AuditAction.Read,
            Entity,
            act.Number,
            act.CitizenId,
            $"Просмотр акта {act.Number} за {act.Month:00}.{act.Year}",
            ct
        );
        return new ServiceActDetails(act, names.GetValueOrDefault(act.CitizenId, "—"), contract ?? "—", provider ?? "");
    }

    public async Task<ServiceAct> SignAsync(UserContext user, long id, DateOnly? signedOn, CancellationToken ct = default)
    {
        await db.RequireProviderAsync(user, ct);
        var act = await LoadAsync(user, id, tracking: true, ct);
        if (act.ProviderOrganisationId != user.OrganisationId) throw new ForbiddenException("Акт подписывает организация, оказавшая услуги.");
        if (act.SignedOn is not null) throw new ConflictException($"Акт {act.Number} уже подписан {act.SignedOn:dd.MM.yyyy}.");
        var on = signedOn ?? clock.Today;
        var monthEnd = new DateOnly(act.Year, act.Month, 1).AddMonths(1).AddDays(-1);
        var errors = new List<ValidationError>();
        if (on > clock.Today) errors.Add(new("signedOn", "Дата подписания не может быть в будущем."));
        if (on < act.DrawnUpOn && on < monthEnd) errors.Add(new("signedOn", "Акт подписывается после окончания месяца или составления акта."));
        DomainValidationException.ThrowIfAny(errors);
        act.SignedOn = on;
        act.SignedByUserId = user.UserId;
        act.SignedByName = user.FullName;
        audit.Add(
            user,
            AuditAction.Update,
            Entity,
            act.Number,
            act.CitizenId,
            $"Подписан акт {act.Number} за {act.Month:00}.{act.Year}; плата {RussianFormat.Money(act.Fee)}",
            [new("Подписан", null, on.ToString("dd.MM.yyyy"))]
        );
        await db.SaveChangesAsync(ct);
        return act;
    }

    private async Task<ServiceAct> LoadAsync(UserContext user, long id, bool tracking, CancellationToken ct)
    {
        var visible = db.Citizens.VisibleTo(user);
        var q = tracking ? db.ServiceActs : db.ServiceActs.AsNoTracking();
        return await q.Include(a => a.Lines).VisibleTo(user, a => a.ProviderOrganisationId)
                   .Where(a => visible.Any(c => c.Id == a.CitizenId))
                   .FirstOrDefaultAsync(a => a.Id == id, ct)
               ?? throw new NotFoundException($"Акт № {id} не найден.");
    }

    /// <summary>Reference data for a run of acts, read once.</summary>
    private sealed record FeeContext(string Region, IReadOnlyDictionary<int, SocialService> Catalogue, IReadOnlyCollection<ServiceTariff> Tariffs,
        IReadOnlyList<SubsistenceMinimum> Minimums, IReadOnlyList<FeeRule> Rules)
    {
        public static async Task<FeeContext> LoadAsync(SobesDbContext db, int organisationId, CancellationToken ct) => new(
            await db.RegionOfAsync(organisationId, ct),
            await db.SocialServices.AsNoTracking().ToDictionaryAsync(s => s.Id, ct),
            await db.ServiceTariffs.AsNoTracking().ToListAsync(ct),
            await db.SubsistenceMinimums.AsNoTracking().ToListAsync(ct),
            await db.FeeRules.AsNoTracking().ToListAsync(ct));
    }
}
