using Sobes.Domain.Common;

namespace Sobes.Domain.Measures;

/// <summary>
/// Suspension, resumption and the stops no one registers (the term is over, the registry records a death). Pure: the caller loads and saves.
/// A suspension is an interval of <see cref="Assignment.Suspensions"/>: the periods keep their amounts and the schedule pays nothing inside it.
/// </summary>
public static class AssignmentStatusRules
{
    /// <summary>Nothing is payable from <paramref name="from"/> until a resumption.</summary>
    public static AssignmentSuspension Suspend(Assignment a, DateOnly from, string reason, string? document, DateTime atUtc, int? userId)
    {
        if (a.Status == AssignmentStatus.Stopped) throw new ConflictException("Выплата прекращена: приостановить её нельзя.");
        if (a.Status == AssignmentStatus.Suspended) throw new ConflictException($"Выплата уже приостановлена с {a.SuspendedFrom:dd.MM.yyyy}.");
        var errors = new List<ValidationError>();
        if (from == default) errors.Add(new("from", "Укажите дату, с которой выплата приостанавливается."));
        else if (from < a.StartsOn) errors.Add(new("from", $"Выплата назначена с {a.StartsOn:dd.MM.yyyy}: приостановить её раньше нельзя."));
        else if (a.LastPaidDay is { } last && from > last) errors.Add(new("from", $"Выплата назначена по {last:dd.MM.yyyy}: после " +
            $"этой даты приостанавливать нечего."));
        else if (a.Suspensions.Any(s => s.ResumedFrom is { } r && from < r))
            errors.Add(new("from", "Дата приостановления приходится на уже учтённое приостановление."));
        if (string.IsNullOrWhiteSpace(reason)) errors.Add(new("reason", "Укажите причину приостановления."));
        if (errors.Count > 0) throw new DomainValidationException(errors);
        var suspension = new AssignmentSuspension { From = from, Reason = reason.Trim(), Document = Trim(document) };
        a.Suspensions.Add(suspension);
        a.Status = AssignmentStatus.Suspended;
        a.SuspendedFrom = from;
        a.Changes.Add(new AssignmentChange
        {
            Kind = AssignmentChangeKind.Suspended, EffectiveFrom = from, OldAmount = a.AmountOn(from), AtUtc = atUtc, UserId = userId,
            Reason = suspension.Reason + (suspension.Document is { } d ? $"; {d}" : ""),
        });
        return suspension;
    }

    /// <summary>Paid again from <paramref name="from"/> at the amount in force; the days of the suspension stay unpaid.</summary>
    public static void Resume(Assignment a, DateOnly from, string reason, DateTime atUtc, int? userId)
    {
        var open = a.Suspensions.FirstOrDefault(s => s.ResumedFrom is null);
        if (a.Status != AssignmentStatus.Suspended || open is null) throw new ConflictException("Выплата не приостановлена.");
        var errors = new List<ValidationError>();
        if (from == default)
            errors.Add(new("from", "Укажите дату, с которой выплата возобновляется."));
        else if (from <= open.From)
            errors.Add(new("from", $"Выплата приостановлена с {open.From:dd.MM.yyyy}: возобновить её можно не раньше следующего дня."));
        if (string.IsNullOrWhiteSpace(reason)) errors.Add(new("reason", "Укажите основание возобновления."));
        if (errors.Count > 0) throw new DomainValidationException(errors);
        open.ResumedFrom = from;
        a.Status = AssignmentStatus.Active;
        a.SuspendedFrom = null;
        a.Changes.Add(new AssignmentChange
        {
            Kind = AssignmentChangeKind.Resumed, EffectiveFrom = from, NewAmount = a.AmountOn(from), AtUtc = atUtc, UserId = userId,
            Reason = $"{reason.Trim()}; не выплачивается {open.From:dd.MM.yyyy}–{from.AddDays(-1):dd.MM.yyyy}",
        });
    }

    /// <summary>Whether the term of the assignment is over on <paramref name="today"/>: its last day (<see cref="Assignment.EndsOn"/>) has
    /// passed.</summary>
    public static bool TermIsOver(Assignment a, DateOnly today) => a.Status != AssignmentStatus.Stopped && a.EndsOn is { } end && end < today;

    /// <summary>
    /// The term is over: stopped from the day after <see cref="Assignment.EndsOn"/>, with the reason that ended it. The measure's automatic
    /// ground (the 18th birthday — seed 002 cl. 8.1 subcl. 1) only when the last day is the day before the child's birthday of that age;
    /// a one-time payment is simply made; any other term (a contract's end, a placement's or schooling's end) has run out.
    /// </summary>
    /// <param name="beneficiaryBirthDate">The child's birth date, when the assignment is for a child.</param>
    public static DateOnly StopAtTermEnd(Assignment a, Measure measure, DateOnly registeredOn, DateTime atUtc, DateOnly? beneficiaryBirthDate = null)
    {
        var end = a.EndsOn ?? throw new InvalidOperationException("Выплата без срока не оканчивается сама.");
        var ground = measure.StopGrounds.FirstOrDefault(g => g.Automatic);
        var byAge = ground is not null && measure.Kind != MeasureKind.OneTime && measure.EndAge is { } age
                    && (beneficiaryBirthDate is { } birth ? end == birth.AddYears(age).AddDays(-1) : measure.EndRule == PaymentEndRule.UntilChildAge);
        if (byAge)
        {
            var reason = $"{ground!.Text} ({ground.Clause})";
            return Close(a, end.AddDays(1), ground.Code, reason, $"{reason}; последний день выплаты {end:dd.MM.yyyy}; зарегистрировано автоматически",
                null, registeredOn, atUtc);
        }
        var ended =
            measure.Kind == MeasureKind.OneTime
                ? $"Единовременная выплата произведена ({end:dd.MM.yyyy})"
                : $"Истёк срок выплаты ({end:dd.MM.yyyy})";
        return Close(a, end.AddDays(1), null, ended, $"{ended}; зарегистрировано автоматически", null, registeredOn, atUtc);
    }

    /// <summary>
    /// The registry records the death of the recipient or of the child: the payment stops by the measure's stop rule from the date of death,
    /// without a person registering it.
    /// </summary>
    public static DateOnly StopOnDeath(Assignment a, Measure measure, bool ofBeneficiary, DateOnly deathDate, DateOnly registeredOn, DateTime atUtc)
    {
        var from = AssignmentRules.StopFrom(measure.StopRule, deathDate);
        if (from < a.StartsOn) from = a.StartsOn;
        var who = ofBeneficiary ? "ребёнка" : "получателя";
        var reason = $"Смерть {who} ({deathDate:dd.MM.yyyy}, сведения личного дела)";
        var ground = DeathGround(measure, ofBeneficiary);
        if (ground is not null) reason = $"{reason} — основание: {ground.Text} ({ground.Clause})";
        return Close(
            a,
            from,
            ground?.Code,
            reason,
            $"{reason}; зарегистрировано автоматически",
            "Сведения о смерти в личном деле",
            registeredOn,
            atUtc
        );
    }

    /// <summary>
    /// The measure's own ground for a death, when it has one: the child's death (seed 002 cl. 8.1 subcl. 5), the foster parent's
    /// (subcl. 8) or the generic death of the recipient. Found by the ground's text so that a catalogue edited by hand still matches.
    /// </summary>
    public static StopGround? DeathGround(Measure measure, bool ofBeneficiary)
    {
        bool Mentions(StopGround g, string word) => g.Text.Contains(word, StringComparison.OrdinalIgnoreCase);
        return ofBeneficiary
            ? measure.StopGrounds.FirstOrDefault(g =>
                Mentions(g, "смерти ребенка")
                || Mentions(g, "смерти ребёнка")
                || Mentions(g, "смерть ребенка")
                || Mentions(g, "смерть ребёнка")
            )
            : measure.StopGrounds.FirstOrDefault(g =>
                Mentions(g, "смерти приемного родителя") || Mentions(g, "смерть получателя") || Mentions(g, "смерти получателя")
            );
    }

    /// <summary>Stops the assignment from <paramref name="from"/>: status, ground, the periods cut the day before, a history line.</summary>
    internal static DateOnly Close(
        Assignment a,
        DateOnly from,
        string? groundCode,
        string reason,
        string history,
        string? document,
        DateOnly registeredOn,
        DateTime atUtc,
        int? userId = null
    )
    {
        if (a.Status == AssignmentStatus.Stopped) throw new ConflictException("Выплата уже прекращена.");
        a.Status = AssignmentStatus.Stopped;
        a.StoppedFrom = from;
        a.StopGroundCode = groundCode;
        a.StatusReason = reason;
        a.StatusDocument = document;
        a.StatusRegisteredOn = registeredOn;
        a.EndPeriodsBefore(from);
        a.Changes.Add(
            new AssignmentChange
            {
                Kind = AssignmentChangeKind.Stopped,
                EffectiveFrom = from,
                Reason = history,
                AtUtc = atUtc,
                UserId = userId,
            }
        );
        return from;
    }

    private static string? Trim(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
