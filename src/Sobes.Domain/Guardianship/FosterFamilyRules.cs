using Sobes.Domain.Common;
using Sobes.Domain.Measures;

namespace Sobes.Domain.Guardianship;

/// <summary>A child of a foster family as the rules need it: the registry's birth date and health, the placement, schooling.</summary>
public sealed record FosterChild(
    long CitizenId,
    string Name,
    DateOnly BirthDate,
    DateOnly PlacedFrom,
    DateOnly? PlannedUntil,
    DateOnly? LeftOn,
    DateOnly? DisabledFrom = null,
    DateOnly? LimitedHealthFrom = null,
    IReadOnlyList<Schooling>? Schooling = null);

/// <summary>One per-child payment of seed 002 cl. 4 (a measure code of <see cref="FosterMeasures"/>) and the days it covers.</summary>
public sealed record ChildPayment(string Code, DateOnly From, DateOnly To);

/// <summary>Children paid for on a day: all of them (Д) and those giving the +20 % increment (Д3).</summary>
public sealed record FamilyComposition(int Children, int ChildrenWithIncrement);

/// <summary>A span of days with one composition (both ends included).</summary>
public sealed record CompositionSpan(DateOnly From, DateOnly To, int Children, int ChildrenWithIncrement);

/// <summary>
/// The material support of a foster family (seed 002): who lives in the family on a day, how many children raise the foster parent's
/// remuneration, and which of the six payments of cl. 4 a child gives. Pure.
/// <para>
/// A child is in the family from the placement day to the last of: the contract's term or early end, the placement's term, the day before
/// the child left (a ground of cl. 8.1 from its event day) and the day before the 18th birthday (cl. 8.1 subcl. 1 — no one registers it).
/// </para>
/// <para>
/// Remuneration (cl. 4): Б × (1 + 0,15 × (Д − 1) + 0,20 × Д3) × РК. The increments are percentages of the base and add up: each child after
/// the first adds 15 % whatever its age, and each child under three, disabled or with limited health abilities adds 20 % more — so such a
/// child who is not the first adds 35 %; a disabled child under three adds 20 % once (one child, one increment). The regional coefficient
/// multiplies the whole. The formula itself is the measure's data («Б*(1+0.15*(Д-1)+0.2*Д3)*РК»); this class gives Д and Д3 day by day.
/// With no child in the family on a day nothing is due for it.
/// </para>
/// </summary>
public static class FosterFamilyRules
{
    /// <summary>Seed 002 cl. 8.1 subcl. 1: payments for a child end at 18.</summary>
    public const int AdultAge = 18;
    /// <summary>Seed 002 cl. 4: «не достигшего трехлетнего возраста».</summary>
    public const int IncrementAge = 3;

    /// <summary>The last day the child is (or is planned to be) in the family.</summary>
    public static DateOnly LastDay(FosterChild child, FosterContract contract)
    {
        var last = contract.LastDay;
        if (child.PlannedUntil is { } p && p < last) last = p;
        if (child.LeftOn is { } left && left.AddDays(-1) < last) last = left.AddDays(-1);
        var adult = child.BirthDate.AddYears(AdultAge).AddDays(-1);
        return adult < last ? adult : last;
    }

    public static bool InFamily(FosterChild child, FosterContract contract, DateOnly day) =>
        day >= child.PlacedFrom && day >= contract.From && day <= LastDay(child, contract);

    /// <summary>Under three, disabled or with limited health abilities on the day (seed 002 cl. 4: +20 %).</summary>
    public static bool GivesIncrement(FosterChild child, DateOnly day) =>
        day < child.BirthDate.AddYears(IncrementAge)
        || child.DisabledFrom is { } d && d <= day
        || child.LimitedHealthFrom is { } l && l <= day;

    public static FamilyComposition CompositionOn(FosterContract contract, IEnumerable<FosterChild> children, DateOnly day)
    {
        var present = children.Where(c => InFamily(c, contract, day)).ToList();
        return new(present.Count, present.Count(c => GivesIncrement(c, day)));
    }

    /// <summary>The composition from <paramref name="from"/> to <paramref name="to"/>, split wherever it changes.</summary>
    public static IReadOnlyList<CompositionSpan> Spans(FosterContract contract, IReadOnlyList<FosterChild> children, DateOnly from, DateOnly to)
    {
        var points = new SortedSet<DateOnly> { from };
        void Add(DateOnly? d) { if (d is { } x && x > from && x <= to) points.Add(x); }
        foreach (var c in children)
        {
            Add(c.PlacedFrom);
            Add(LastDay(c, contract).AddDays(1));
            Add(c.BirthDate.AddYears(IncrementAge));
            Add(c.DisabledFrom);
            Add(c.LimitedHealthFrom);
        }
        Add(contract.From);
        var list = points.ToList();
        var spans = new List<CompositionSpan>();
        for (var i = 0; i < list.Count; i++)
        {
            var end = i + 1 < list.Count ? list[i + 1].AddDays(-1) : to;
            var c = CompositionOn(contract, children, list[i]);
            if (spans.Count > 0 && spans[^1].Children == c.Children && spans[^1].ChildrenWithIncrement == c.ChildrenWithIncrement)
                spans[^1] = spans[^1] with { To = end };
            else spans.Add(new(list[i], end, c.Children, c.ChildrenWithIncrement));
        }
        return spans;
    }

    /// <summary>
    /// The remuneration's amount periods from <paramref name="from"/> to the contract's last day: one per span of composition, split again at every
    /// dated value of the base and of the parameters (РК) — each computed by the measure's formula and rounded to kopecks once.
    /// A span with no child gives 0.
    /// </summary>
    public static IReadOnlyList<AssignmentPeriod> RemunerationPeriods(Measure measure, FosterContract contract, IReadOnlyList<FosterChild> children,
        DateOnly from, Func<DateOnly, IReadOnlyDictionary<string, decimal>> parametersOn, IEnumerable<DateOnly> parameterDates)
    {
        var to = contract.LastDay;
        if (to < from) return [];
        var periods = new List<AssignmentPeriod>();
        foreach (var span in Spans(contract, children, from, to))
            AssignmentRules.AddDatedPeriods(
                periods,
                measure,
                span.From,
                span.To,
                day =>
                    span.Children == 0
                        ? new AmountResult(0m, "детей в приёмной семье нет — оплата труда не начисляется")
                        : AmountCalculator.Compute(
                            measure,
                            new AmountContext(day, span.Children, span.ChildrenWithIncrement, null, parametersOn(day))
                        ),
                parameterDates
            );
        return periods;
    }

    /// <summary>
    /// Puts <paramref name="periods"/> in place of the assignment's periods from <paramref name="from"/> on and writes one history line when
    /// anything changed (so that a payment run looks again at the months it reaches back to). Returns whether anything changed.
    /// </summary>
    public static bool ReplacePeriods(
        Assignment a,
        DateOnly from,
        IReadOnlyList<AssignmentPeriod> periods,
        string reason,
        DateTime atUtc,
        int? userId
    )
    {
        if (from < a.StartsOn) from = a.StartsOn;
        var before = a.Periods.Where(p => p.To is null || p.To >= from).OrderBy(p => p.From)
            .Select(p => (From: p.From < from ? from : p.From, p.To, p.Amount)).ToList();
        var last = a.LastPaidDay;
        var after = periods.Where(p => p.To is null || p.To >= from).Where(p => last is null || p.From <= last)
            .Select(p => new AssignmentPeriod
            {
                From = p.From < from ? from : p.From,
                To = last is { } l && (p.To is null || p.To > l) ? l : p.To,
                Amount = p.Amount, Basis = p.Basis,
            }).ToList();
        if (before.SequenceEqual(after.Select(p => (p.From, p.To, p.Amount)))) return false;
        var old = a.AmountOn(from);
        a.EndPeriodsBefore(from);
        a.Periods.AddRange(after);
        a.Changes.Add(
            new AssignmentChange
            {
                Kind = AssignmentChangeKind.Recalculated,
                EffectiveFrom = from,
                OldAmount = old,
                NewAmount = a.AmountOn(from),
                Reason = reason,
                AtUtc = atUtc,
                UserId = userId,
            }
        );
        return true;
    }

    /// <summary>
    /// The per-child payments of seed 002 cl. 4 due for <paramref name="child"/> under the contract, each with the days it covers: maintenance,
    /// household items and housing while the child is in the family; free travel while also at a regional state or municipal school;
    /// furniture once, on the placement day, when the child is placed for a year or more.
    /// </summary>
    public static IReadOnlyList<ChildPayment> ChildPayments(FosterChild child, FosterContract contract)
    {
        var from = child.PlacedFrom < contract.From ? contract.From : child.PlacedFrom;
        var last = LastDay(child, contract);
        if (last < from) return [];
        var due = new List<ChildPayment>
        {
            new(FosterMeasures.Maintenance, from, last), new(FosterMeasures.Household, from, last), new(FosterMeasures.Housing, from, last),
        };
        if (FreeTravelSpan(child, contract, from) is { To: { } travelEnd } travel) due.Add(new(FosterMeasures.FreeTravel, travel.From, travelEnd));
        if (FurnitureDue(child, contract)) due.Add(new(FosterMeasures.Furniture, from, from));
        return due;
    }

    /// <summary>Seed 002 cl. 4: furniture money is due once for a child placed for a year or more (by the planned term, not by how long the
    /// child stayed).</summary>
    public static bool FurnitureDue(FosterChild child, FosterContract contract)
    {
        var planned = contract.To;
        if (child.PlannedUntil is { } p && p < planned) planned = p;
        var adult = child.BirthDate.AddYears(AdultAge).AddDays(-1);
        if (adult < planned) planned = adult;
        return planned >= child.PlacedFrom.AddYears(1).AddDays(-1);
    }

    /// <summary>
    /// Seed 002 cl. 4, 10.1 subcl. 6: the free-travel payment is due for the days the child is in the family and studies at a regional state or
    /// municipal school. The first such span from <paramref name="from"/>, or null.
    /// </summary>
    public static (DateOnly From, DateOnly? To)? FreeTravelSpan(FosterChild child, FosterContract contract, DateOnly from)
    {
        var last = LastDay(child, contract);
        foreach (var s in (child.Schooling ?? []).Where(s => s.Ownership.GivesFreeTravel()).OrderBy(s => s.From))
        {
            var start = new[] { s.From, child.PlacedFrom, contract.From }.Max();
            var end = s.To is { } t && t < last ? t : last;
            if (end < start || end < from) continue;
            return (start, end);
        }
        return null;
    }

    /// <summary>
    /// A new placement of the child must not overlap another of its placements in a family or with a guardian (one child cannot be paid for by
    /// two families — seed 002 cl. 14.2 subcl. 3). Placements in an institution are closed by the caller when the child moves to a family.
    /// </summary>
    public static IReadOnlyList<ValidationError> ValidatePlacement(
        DateOnly birthDate,
        DateOnly from,
        DateOnly? plannedUntil,
        IEnumerable<Placement> others,
        string field
    )
    {
        var errors = new List<ValidationError>();
        if (from >= birthDate.AddYears(AdultAge))
            errors.Add(new(field, "Ребёнку на дату передачи уже исполнилось 18 лет (п. 8.1 подп. 1 регламента)."));
        if (from < birthDate) errors.Add(new(field, "Дата передачи раньше даты рождения ребёнка."));
        if (plannedUntil is { } u && u < from) errors.Add(new(field, "Срок пребывания в семье оканчивается раньше передачи."));
        var end = plannedUntil ?? DateOnly.MaxValue;
        foreach (var o in others.Where(o => o.Kind != PlacementKind.Institution))
        {
            var oEnd = o.LeftOn?.AddDays(-1) ?? o.PlannedUntil ?? DateOnly.MaxValue;
            if (o.PlannedUntil is { } pu && pu < oEnd) oEnd = pu;
            if (o.From <= end && from <= oEnd)
                errors.Add(
                    new(
                        field,
                        $"Ребёнок уже передан: {o.Kind.Russian()} с " +
                            $"{o.From:dd.MM.yyyy}{(o.Details is { Length: > 0 } d ? $" ({d})" : "")}. Сначала зарегистрируйте выбытие."
                    )
                );
        }
        return errors;
    }
}
