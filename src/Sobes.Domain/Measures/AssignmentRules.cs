using Sobes.Domain.Common;

namespace Sobes.Domain.Measures;

/// <summary>Term, recalculation and status rules of an assignment. Pure: the caller loads and saves.</summary>
public static class AssignmentRules
{
    /// <summary>The first day paid by the measure's start rule.</summary>
    public static DateOnly StartOf(Measure measure, DateOnly applicationDate, DateOnly decisionDate, DateOnly? eventDate) =>
        measure.StartRule switch
        {
            PaymentStartRule.FromApplicationMonth => new DateOnly(applicationDate.Year, applicationDate.Month, 1),
            PaymentStartRule.FromApplicationDate => applicationDate,
            PaymentStartRule.FromEventDate => eventDate
                ?? throw new DomainValidationException([new("eventDate", "Укажите дату события, с которого назначается выплата.")]),
            PaymentStartRule.FromDecisionDate => decisionDate,
            _ => applicationDate,
        };

    /// <summary>The last day paid by the measure's end rule when nothing stops it earlier; null = indefinite.</summary>
    public static DateOnly? EndOf(Measure measure, DateOnly start, DateOnly? beneficiaryBirthDate, DateOnly? contractEnd) =>
        measure.EndRule switch
        {
            PaymentEndRule.Indefinite => null,
            PaymentEndRule.UntilChildAge => beneficiaryBirthDate is { } b && measure.EndAge is { } age
                ? b.AddYears(age).AddDays(-1)
                : throw new DomainValidationException([
                    new("beneficiaryCitizenId", "Для этой меры укажите ребёнка: выплата назначается до достижения им возраста."),
                ]),
            PaymentEndRule.FixedMonths => start.AddMonths(measure.DurationMonths ?? 1).AddDays(-1),
            PaymentEndRule.UntilContractEnd => contractEnd
                ?? throw new DomainValidationException([new("periodTo", "Укажите дату окончания договора: выплата назначается до неё.")]),
            PaymentEndRule.Once => start,
            _ => null,
        };

    /// <summary>
    /// A new amount from a date (indexation, a change of composition): the period that covers the date is closed the day before,
    /// later periods are dropped, and a new open period starts. Returns false when the amount on that date is already the same.
    /// </summary>
    public static bool Recalculate(Assignment a, DateOnly from, decimal newAmount, string basis, string reason, DateTime atUtc, int? userId)
    {
        if (a.LastPaidDay is { } last && from > last) return false;
        if (from < a.StartsOn) from = a.StartsOn;
        var old = a.AmountOn(from);
        if (old == newAmount) return false;
        a.EndPeriodsBefore(from);
        a.Periods.Add(new AssignmentPeriod { From = from, To = a.LastPaidDay, Amount = newAmount, Basis = basis });
        a.Changes.Add(
            new AssignmentChange
            {
                Kind = AssignmentChangeKind.Recalculated,
                EffectiveFrom = from,
                OldAmount = old,
                NewAmount = newAmount,
                Reason = reason,
                AtUtc = atUtc,
                UserId = userId,
            }
        );
        return true;
    }

    /// <summary>
    /// Amount periods from <paramref name="from"/> to <paramref name="to"/> (both included), split at every dated value of the measure and of the
    /// parameters between them, each amount from <paramref name="amountOn"/> on its first day; appended to <paramref name="into"/>, where a period
    /// right after one of the same amount only lengthens it.
    /// </summary>
    public static void AddDatedPeriods(
        List<AssignmentPeriod> into,
        Measure measure,
        DateOnly from,
        DateOnly to,
        Func<DateOnly, AmountResult> amountOn,
        IEnumerable<DateOnly> parameterDates
    )
    {
        var cuts = measure
            .Amounts.Select(x => x.ValidFrom)
            .Concat(parameterDates)
            .Where(d => d > from && d <= to)
            .Distinct()
            .Order()
            .Prepend(from)
            .ToList();
        for (var i = 0; i < cuts.Count; i++)
        {
            var end = i + 1 < cuts.Count ? cuts[i + 1].AddDays(-1) : to;
            var amount = amountOn(cuts[i]);
            if (into.Count > 0 && into[^1].Amount == amount.Amount && into[^1].To == cuts[i].AddDays(-1)) into[^1].To = end;
            else into.Add(new AssignmentPeriod { From = cuts[i], To = end, Amount = amount.Amount, Basis = amount.Basis });
        }
    }

    /// <summary>The first day not paid after a stop ground that happened on <paramref name="eventDate"/>.</summary>
    public static DateOnly StopFrom(StopDateRule rule, DateOnly eventDate) => rule switch
    {
        StopDateRule.FromNextMonth => new DateOnly(eventDate.Year, eventDate.Month, 1).AddMonths(1),
        _ => eventDate,
    };

    /// <summary>Stops the assignment by a ground of the measure (seed 002 cl. 8.1): nothing is paid from the returned date on.</summary>
    public static DateOnly Stop(
        Assignment a,
        Measure measure,
        string groundCode,
        DateOnly eventDate,
        string? document,
        DateOnly registeredOn,
        DateTime atUtc,
        int? userId
    )
    {
        if (a.Status == AssignmentStatus.Stopped) throw new ConflictException("Выплата уже прекращена.");
        var ground = measure.StopGrounds.FirstOrDefault(g => g.Code == groundCode)
                     ?? throw new DomainValidationException([new("groundCode", "Выберите основание прекращения из перечня меры.")]);
        var from = StopFrom(measure.StopRule, eventDate);
        if (from < a.StartsOn) from = a.StartsOn;
        return AssignmentStatusRules.Close(
            a,
            from,
            ground.Code,
            $"{ground.Text} ({ground.Clause})",
            $"{ground.Text}; событие {eventDate:dd.MM.yyyy}" + (document is { Length: > 0 } ? $"; {document}" : ""),
            document,
            registeredOn,
            atUtc,
            userId
        );
    }
}
