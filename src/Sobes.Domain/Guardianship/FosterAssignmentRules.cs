using Sobes.Domain.Measures;

namespace Sobes.Domain.Guardianship;

/// <summary>How a foster family's change reaches one of its assignments. Pure: the caller loads and saves.</summary>
public static class FosterAssignmentRules
{
    /// <summary>
    /// Stops the assignment from <paramref name="from"/> (the event day of seed 002 cl. 8.1 — what was paid for later days becomes an
    /// overpayment in the next payment run): on the measure's own ground when the code is one of them, otherwise with the reason as given
    /// (a contract ended by agreement or at its term).
    /// </summary>
    public static void Stop(Assignment a, Measure measure, DateOnly from, string? groundCode, string reason, string? document, DateOnly registeredOn,
        DateTime atUtc, int? userId)
    {
        if (from < a.StartsOn) from = a.StartsOn;
        var ground = groundCode is null ? null : measure.StopGrounds.FirstOrDefault(g => g.Code == groundCode);
        var text = ground is null ? reason : $"{ground.Text} ({ground.Clause})";
        AssignmentStatusRules.Close(a, from, ground?.Code ?? groundCode, text,
            $"{text}; событие {from:dd.MM.yyyy}" + (document is { Length: > 0 } ? $"; {document}" : ""), document, registeredOn, atUtc, userId);
    }

    /// <summary>
    /// The planned last day moved earlier (a shorter placement or contract term, schooling that ended): the term is cut to it and a history
    /// line lets the payment run look again at months already paid. Returns whether anything changed.
    /// </summary>
    public static bool EndOn(Assignment a, DateOnly last, string reason, DateTime atUtc, int? userId)
    {
        if (a.EndsOn is { } end && end <= last) return false;
        if (last < a.StartsOn) last = a.StartsOn;
        a.EndsOn = last;
        a.EndPeriodsBefore(last.AddDays(1));
        a.Changes.Add(new AssignmentChange
        {
            Kind = AssignmentChangeKind.Recalculated, EffectiveFrom = last.AddDays(1), Reason = $"{reason}; последний день выплаты {last:dd.MM.yyyy}",
            AtUtc = atUtc, UserId = userId,
        });
        return true;
    }
}
