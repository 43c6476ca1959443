using Microsoft.EntityFrameworkCore;
using Sobes.Domain.Measures;
using Sobes.Domain.Organisations;
using Sobes.Domain.Registry;
using Sobes.Infrastructure.Persistence;

namespace Sobes.Infrastructure.Measures.Seed;

/// <summary>
/// Demo only: the assignments a district department already pays when it starts working in the system — carried over from the previous
/// system, so they have no application. Every demo citizen with a valid category gets the monthly measures of that category, and a guardian
/// the maintenance of each ward. Amounts come from the catalogue's dated values, as a payment run will take them.
/// </summary>
public sealed class MeasuresDemo(SobesDbContext db)
{
    private const string CarriedOver = "Перенесено из прежней системы (демонстрационные данные)";
    private readonly Random _rnd = new(2026);
    private readonly Dictionary<int, int> _numbers = [];

    public async Task<int> LoadAsync(CancellationToken ct)
    {
        var today = new DateOnly(2026, 11, 1);
        var departments = await db
            .Organisations.AsNoTracking()
            .Where(o => o.Kind == OrganisationKind.SocialProtectionDepartment && o.TerritoryId != null)
            .ToDictionaryAsync(o => o.TerritoryId!.Value, o => o.Id, ct);
        var measures = await db.Measures.AsNoTracking().Include(m => m.Amounts)
            .Where(m => m.Kind == MeasureKind.Monthly && m.IsActive).ToListAsync(ct);
        var byCategory = measures.Where(m => !m.Eligibility.ForChild && m.AmountRule == AmountRuleKind.Fixed)
            .SelectMany(m => m.Eligibility.CategoryCodes.Select(c => (Code: c, Measure: m))).ToLookup(x => x.Code, x => x.Measure);
        var wardMeasure = measures.FirstOrDefault(m => m.Code == "OPEK-SODERZH");
        var kinds = await db.CategoryKinds.AsNoTracking().ToDictionaryAsync(k => k.Id, k => k.Code, ct);
        var parameters = await db.MeasureParameters.AsNoTracking().ToListAsync(ct);
        var citizens = await db.Citizens.AsNoTracking().Include(c => c.Categories).Include(c => c.FamilyTies).ThenInclude(t => t.Relative)
            .Where(c => c.DeathDate == null && c.PaymentDetails.Method != null).ToListAsync(ct);

        var assignments = new List<Assignment>();
        foreach (var c in citizens)
        {
            if (!departments.TryGetValue(c.TerritoryId, out var organisationId)) continue;
            foreach (var category in c.Categories.Where(x => x.IsValidOn(today)))
                foreach (var measure in byCategory[kinds[category.CategoryKindId]])
                {
                    if (assignments.Any(a => a.CitizenId == c.Id && a.MeasureId == measure.Id)) continue;
                    var start = Max(StartOf(today), category.DocumentIssueDate is { } issued ? FirstOfNextMonth(issued) : StartOf(today));
                    if (start > today) continue;
                    assignments.Add(New(c, null, measure, organisationId, start, null, parameters));
                }
            if (wardMeasure is null) continue;
            foreach (var tie in c.FamilyTies.Where(t => t.Relation == FamilyRelation.Ward && t.Relative is not null))
            {
                var ward = tie.Relative!;
                var end = ward.BirthDate.AddYears(18).AddDays(-1);
                var start = tie.Since ?? StartOf(today);
                if (end < today || start > today) continue;
                assignments.Add(New(c, ward.Id, wardMeasure, organisationId, start, end, parameters));
            }
        }
        db.Assignments.AddRange(assignments);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return assignments.Count;
    }

    private Assignment New(
        Citizen c,
        long? beneficiary,
        Measure measure,
        int organisationId,
        DateOnly start,
        DateOnly? end,
        List<MeasureParameter> parameters
    )
    {
        var amount = AmountCalculator.Compute(
            measure,
            new AmountContext(start, Parameters: AmountCalculator.ParametersOn(parameters, c.TerritoryId, start))
        );
        var number = _numbers[start.Year] = _numbers.GetValueOrDefault(start.Year) + 1;
        return new Assignment
        {
            Number = $"Н-{start.Year}-{number:000000}",
            CitizenId = c.Id,
            BeneficiaryCitizenId = beneficiary,
            MeasureId = measure.Id,
            OrganisationId = organisationId,
            TerritoryId = c.TerritoryId,
            DecidedOn = start,
            StartsOn = start,
            EndsOn = end,
            PaymentMethod = c.PaymentDetails.Method!.Value,
            Periods =
            [
                new AssignmentPeriod
                {
                    From = start,
                    To = end,
                    Amount = amount.Amount,
                    Basis = amount.Basis,
                },
            ],
            Changes =
            [
                new AssignmentChange
                {
                    Kind = AssignmentChangeKind.Granted,
                    EffectiveFrom = start,
                    NewAmount = amount.Amount,
                    Reason = CarriedOver,
                    AtUtc = DateTime.UtcNow,
                },
            ],
        };
    }

    // Carried-over assignments started within the last three years, on the first of a month.
    private DateOnly StartOf(DateOnly today) => new DateOnly(today.Year, today.Month, 1).AddMonths(-_rnd.Next(1, 36));

    private static DateOnly FirstOfNextMonth(DateOnly d) => new DateOnly(d.Year, d.Month, 1).AddMonths(1);
    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
