using Microsoft.EntityFrameworkCore;
using Sobes.Domain.Guardianship;
using Sobes.Domain.Measures;
using Sobes.Domain.Registry;
using Sobes.Infrastructure.Guardianship;
using Sobes.Infrastructure.Persistence;

namespace Sobes.Infrastructure.Guardianship.Seed;

/// <summary>
/// Demo only: the payments of a foster family the department already paid before it started working in the system (seed 002 cl. 4) —
/// carried over without an application, tied to the contract so that the family's later changes reach them. Amounts by the catalogue's
/// dated
/// values and the district's parameters, the remuneration by the family's composition day by day, furniture once per child at the
/// placement.
/// </summary>
internal sealed class FosterDemoPayments(SobesDbContext db)
{
    private const string CarriedOver = "Перенесено из прежней системы (демонстрационные данные)";

    public async Task<int> CarryOverAsync(
        FosterContract contract,
        Citizen parent,
        IReadOnlyList<(ChildInCare Child, Citizen Citizen)> children,
        CancellationToken ct
    )
    {
        var measures = await db
            .Measures.AsNoTracking()
            .Include(m => m.Amounts)
            .Where(m => FosterMeasures.All.Contains(m.Code))
            .ToDictionaryAsync(m => m.Code, ct);
        if (measures.Count < FosterMeasures.All.Length) return 0;
        var territory = parent.TerritoryId;
        var parameters = await db.MeasureParameters.AsNoTracking().Where(p => p.TerritoryId == null || p.TerritoryId == territory).ToListAsync(ct);
        IReadOnlyDictionary<string, decimal> On(DateOnly d) => AmountCalculator.ParametersOn(parameters, territory, d);
        var family = children.Select(x => new FosterChild(x.Citizen.Id, x.Citizen.FullName, x.Citizen.BirthDate, contract.From, null, null,
            x.Child.DisabledFrom, x.Child.LimitedHealthFrom, x.Child.Schooling)).ToList();

        var list = new List<Assignment>();
        var remuneration = measures[FosterMeasures.Remuneration];
        list.Add(New(parent, null, remuneration, contract, contract.From, contract.LastDay,
            FosterFamilyRules.RemunerationPeriods(remuneration, contract, family, contract.From, On, parameters.Select(p => p.ValidFrom))));
        foreach (var child in family)
            foreach (var p in FosterFamilyRules.ChildPayments(child, contract))
                list.Add(
                    New(
                        parent,
                        child.CitizenId,
                        measures[p.Code],
                        contract,
                        p.From,
                        p.To,
                        Dated(measures[p.Code], p.From, p.To, On, parameters)
                    )
                );
        foreach (var a in list)
            a.Number = await Persistence.DocumentNumbers.NextAsync(db.Assignments.Select(x => x.Number), "Н", a.DecidedOn.Year, ct,
                db.Assignments.Local.Select(x => x.Number), digits: 6);
        return list.Count;
    }

    private Assignment New(
        Citizen recipient,
        long? child,
        Measure m,
        FosterContract c,
        DateOnly start,
        DateOnly end,
        IReadOnlyList<AssignmentPeriod> periods
    )
    {
        var a = new Assignment
        {
            CitizenId = recipient.Id,
            BeneficiaryCitizenId = child,
            MeasureId = m.Id,
            OrganisationId = c.OrganisationId,
            TerritoryId = recipient.TerritoryId,
            FosterContractId = c.Id,
            DecidedOn = start,
            StartsOn = start,
            EndsOn = end,
            PaymentMethod = recipient.PaymentDetails.Method ?? PaymentMethod.Bank,
            Periods = [.. periods],
            Changes =
            [
                new AssignmentChange
                {
                    Kind = AssignmentChangeKind.Granted,
                    EffectiveFrom = start,
                    NewAmount = periods.FirstOrDefault()?.Amount,
                    Reason = CarriedOver,
                    AtUtc = DateTime.UtcNow,
                },
            ],
        };
        db.Assignments.Add(a);
        return a;
    }

    /// <summary>One period per dated value of the measure and of the district's parameters between the start and the end.</summary>
    private static List<AssignmentPeriod> Dated(
        Measure m,
        DateOnly start,
        DateOnly end,
        Func<DateOnly, IReadOnlyDictionary<string, decimal>> on,
        List<MeasureParameter> parameters
    )
    {
        var periods = new List<AssignmentPeriod>();
        AssignmentRules.AddDatedPeriods(
            periods,
            m,
            start,
            end,
            day => AmountCalculator.Compute(m, new AmountContext(day, Parameters: on(day))),
            parameters.Select(p => p.ValidFrom)
        );
        return periods;
    }
}
