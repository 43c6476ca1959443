using Sobes.Domain.Calendar;

namespace Sobes.Domain.Applications;

/// <summary>A recorded moment: a date, with the time of day when the step is measured in minutes or hours.</summary>
public readonly record struct Moment(DateOnly Date, TimeOnly? Time = null)
{
    public static Moment At(DateTime local) => new(DateOnly.FromDateTime(local), TimeOnly.FromDateTime(local));
    public static Moment? At(DateTime? local) => local is { } x ? At(x) : null;
    public DateTime Value => Date.ToDateTime(Time ?? TimeOnly.MinValue);
    public override string ToString() => Time is { } t ? $"{Date:dd.MM.yyyy} {t:HH:mm}" : $"{Date:dd.MM.yyyy}";
    /// <summary>For the API: «2026-11-24T10:25» (local time of the region) or «2026-11-24».</summary>
    public string Iso() => Time is { } t ? $"{Date:yyyy-MM-dd}T{t:HH:mm}" : $"{Date:yyyy-MM-dd}";
}

/// <summary>What the application records about its procedure, in the region's local time, with the names of those who acted.</summary>
public sealed record ProcedureFacts
{
    public DateTime? IntakeStartedAt { get; init; }
    public DateTime RegisteredAt { get; init; }
    public string? RegisteredBy { get; init; }
    public DateOnly? DocumentsCompleteOn { get; init; }
    public DateTime? DocumentsCompleteAt { get; init; }
    public DateTime? PreparedAt { get; init; }
    public DateOnly? PreparedOn { get; init; }
    public string? PreparedBy { get; init; }
    public DateTime? VisaAt { get; init; }
    public DateOnly? VisaOn { get; init; }
    public string? VisaBy { get; init; }
    public DateTime? SignedAt { get; init; }
    public DateOnly? DecidedOn { get; init; }
    public string? SignedBy { get; init; }
    /// <summary>The decision deadline of cl. 7.1 (ten days from complete documents).</summary>
    public DateOnly? DueOn { get; init; }
    public bool HasGrants { get; init; }
    public bool HasRefusals { get; init; }
    public DateOnly? NoticeGivenOn { get; init; }
    public string? NoticeBy { get; init; }
    public NoticeWay? NoticeWay { get; init; }
    public RefusalCheckState RefusalCheck { get; init; }
    public string? RefusalCheckedBy { get; init; }
    public DateOnly? RefusalCheckedOn { get; init; }
    public DateOnly? RefusalSentOn { get; init; }
    public string? RefusalSentBy { get; init; }
    public bool Withdrawn { get; init; }
}

public enum StepState
{
    NotStarted = 1,
    /// <summary>Started, within its term.</summary>
    InProgress = 2,
    OnTime = 3,
    /// <summary>Finished after its term.</summary>
    Late = 4,
    /// <summary>Not finished and its term has passed.</summary>
    Overdue = 5,
    /// <summary>Does not apply to this application (no refusal, no grant, withdrawn).</summary>
    NotApplicable = 6,
    /// <summary>Finished, but its start was not recorded, so the duration is unknown.</summary>
    Unmeasured = 7,
    /// <summary>Done in another module (payments, cl. 19).</summary>
    OtherModule = 8,
    /// <summary>The step has no recorded moment to be tracked by.</summary>
    NotTracked = 9,
}

/// <summary>One row of «Ход предоставления услуги»: the step, who did it, when, and whether it kept to its term.</summary>
public sealed record StepProgress(
    RegulationStep Step,
    string? Performer,
    Moment? Started,
    Moment? Finished,
    Moment? Due,
    StepState State,
    string Verdict
)
{
    public bool IsLate => State is StepState.Late or StepState.Overdue;
}

/// <summary>
/// Compares each step of a regulation with its maximum duration (seed 002 section III): minutes and hours within the day
/// (intake 30 min, cl. 7.4, 14.3; the case 30 min, cl. 14.5), working days on the production calendar (the signature within
/// one working day of the visa, cl. 16.2), calendar days ending on a working day (the decision within ten days, cl. 7.1).
/// </summary>
public static class ProcedureTracking
{
    public static IReadOnlyList<StepProgress> Track(
        IEnumerable<RegulationStep> steps,
        ProcedureFacts f,
        DateTime nowLocal,
        ProductionCalendar calendar
    ) => steps.OrderBy(s => s.Order).Select(s => Track(s, f, nowLocal, calendar)).ToList();

    public static StepProgress Track(RegulationStep step, ProcedureFacts f, DateTime nowLocal, ProductionCalendar calendar) =>
        step.Milestone switch
        {
            ProcedureMilestone.Intake => Intake(step, f, nowLocal, calendar),
            ProcedureMilestone.CaseForming => Measure(
                step,
                f.PreparedBy,
                CaseStart(f),
                Moment.At(f.PreparedAt),
                null,
                nowLocal,
                calendar,
                f.Withdrawn
            ),
            ProcedureMilestone.ControlVisa => Measure(
                step,
                f.VisaBy,
                Moment.At(f.PreparedAt) ?? Day(f.PreparedOn),
                Moment.At(f.VisaAt) ?? Day(f.VisaOn),
                null,
                nowLocal,
                calendar,
                f.Withdrawn
            ),
            ProcedureMilestone.Signature => Measure(
                step,
                f.SignedBy,
                Moment.At(f.VisaAt) ?? Day(f.VisaOn),
                Moment.At(f.SignedAt) ?? Day(f.DecidedOn),
                null,
                nowLocal,
                calendar,
                f.Withdrawn
            ),
            ProcedureMilestone.Decision => Decision(step, f, nowLocal, calendar),
            ProcedureMilestone.Refusal => Refusal(step, f, nowLocal, calendar),
            ProcedureMilestone.Notice => Notice(step, f, nowLocal, calendar),
            ProcedureMilestone.Payment => new StepProgress(
                step,
                null,
                null,
                null,
                null,
                StepState.OtherModule,
                "выполняется в модуле «Выплаты»"
            ),
            _ => new StepProgress(step, null, null, null, null, StepState.NotTracked, "не отслеживается"),
        };

    /// <summary>Intake is measured from the moment the applicant was chosen to the registration (cl. 7.4: at most 30 minutes).</summary>
    private static StepProgress Intake(RegulationStep step, ProcedureFacts f, DateTime nowLocal, ProductionCalendar calendar) =>
        f.IntakeStartedAt is { } started
            ? Measure(step, f.RegisteredBy, Moment.At(started), Moment.At(f.RegisteredAt), null, nowLocal, calendar)
            : new StepProgress(
                step,
                f.RegisteredBy,
                null,
                Moment.At(f.RegisteredAt),
                null,
                StepState.Unmeasured,
                "начало приёма не отмечено — длительность неизвестна"
            );

    /// <summary>The decision is delivered by the notice (grants) or by the refusal sent to the applicant, by the due date (cl. 7.1).</summary>
    private static StepProgress Decision(RegulationStep step, ProcedureFacts f, DateTime nowLocal, ProductionCalendar calendar)
    {
        var delivered = f.HasGrants ? f.NoticeGivenOn : f.RefusalSentOn;
        return Measure(step, f.SignedBy, Day(f.DocumentsCompleteOn), Day(delivered), f.DueOn, nowLocal, calendar, f.Withdrawn);
    }

    private static StepProgress Refusal(RegulationStep step, ProcedureFacts f, DateTime nowLocal, ProductionCalendar calendar) =>
        f.DecidedOn is not null && !f.HasRefusals || f.Withdrawn
            ? NotApplicable(step, "отказов нет")
            : Measure(
                step,
                Performers(
                    f.RefusalSentBy,
                    f.RefusalCheckedBy is { } m ? $"проверил в Министерстве: {m}, {f.RefusalCheckedOn:dd.MM.yyyy}" : null
                ),
                Day(f.DecidedOn),
                Day(f.RefusalSentOn),
                f.DueOn,
                nowLocal,
                calendar,
                note: f.RefusalSentOn is null ? RefusalCheckNote(f.RefusalCheck) : null
            );

    private static string? RefusalCheckNote(RefusalCheckState check) =>
        check switch
        {
            RefusalCheckState.Pending => "ждёт проверки Министерством (п. 17.2)",
            RefusalCheckState.Returned => "возвращено Министерством с замечанием",
            RefusalCheckState.Confirmed => "проверено Министерством — направьте заявителю",
            _ => null,
        };

    private static StepProgress Notice(RegulationStep step, ProcedureFacts f, DateTime nowLocal, ProductionCalendar calendar) =>
        f.DecidedOn is not null && !f.HasGrants || f.Withdrawn
            ? NotApplicable(step, "назначенных мер нет")
            : Measure(
                step,
                f.NoticeBy,
                Day(f.DecidedOn),
                Day(f.NoticeGivenOn),
                f.DueOn,
                nowLocal,
                calendar,
                note: f.NoticeWay is { } way ? way.Russian() : null
            );

    /// <summary>The case is formed once the documents are complete (or, for a refusal drafted earlier, from the registration).</summary>
    private static Moment? CaseStart(ProcedureFacts f)
    {
        if (f.DocumentsCompleteAt is { } complete) return Moment.At(complete > f.RegisteredAt ? complete : f.RegisteredAt);
        if (f.DocumentsCompleteOn is { } on) return Day(on);
        return f.PreparedAt is not null ? Moment.At(f.RegisteredAt) : null;
    }

    private static StepProgress Measure(RegulationStep step, string? performer, Moment? start, Moment? finish, DateOnly? dueOn, DateTime now,
        ProductionCalendar calendar, bool withdrawn = false, string? note = null)
    {
        if (start is not { } s)
            return finish is { } fin ? new StepProgress(step, performer, null, fin, null, StepState.Unmeasured, "начало не отмечено")
                : withdrawn ? NotApplicable(step, "заявление отозвано")
                : new StepProgress(step, performer, null, null, null, StepState.NotStarted, "не начат");
        if (step.MaxDuration.Unit is DurationUnit.Minutes or DurationUnit.Hours && dueOn is null)
        {
            var limit =
                step.MaxDuration.Unit == DurationUnit.Minutes
                    ? TimeSpan.FromMinutes(step.MaxDuration.Value)
                    : TimeSpan.FromHours(step.MaxDuration.Value);
            var startAt = s.Value;
            var due = Moment.At(startAt + limit);
            if (finish is { } fin)
            {
                var took = Minutes(fin.Value - startAt);
                return took <= limit.TotalMinutes
                    ? new StepProgress(step, performer, s, fin, due, StepState.OnTime, $"уложились: {took} мин.")
                    : new StepProgress(step, performer, s, fin, due, StepState.Late, $"превышено на {took - (int)limit.TotalMinutes} мин.");
            }
            if (withdrawn) return NotApplicable(step, "заявление отозвано");
            var running = Minutes(now - startAt);
            return running <= limit.TotalMinutes
                ? new StepProgress(step, performer, s, null, due, StepState.InProgress, $"идёт {running} мин.")
                : new StepProgress(step, performer, s, null, due, StepState.Overdue, $"превышено на {running - (int)limit.TotalMinutes} мин.");
        }
        var dueDate = dueOn ?? DeadlineRules.Due(s.Date, step.MaxDuration, calendar);
        var dueMoment = new Moment(dueDate);
        if (finish is { } f)
            return f.Date <= dueDate
                ? new StepProgress(step, performer, s, f, dueMoment, StepState.OnTime, Join("в срок", note))
                : new StepProgress(
                    step,
                    performer,
                    s,
                    f,
                    dueMoment,
                    StepState.Late,
                    Join($"просрочено на {Late(step, dueDate, f.Date, calendar)}", note)
                );
        if (withdrawn) return NotApplicable(step, "заявление отозвано");
        var today = DateOnly.FromDateTime(now);
        return today <= dueDate
            ? new StepProgress(step, performer, s, null, dueMoment, StepState.InProgress, Join($"срок до {dueDate:dd.MM.yyyy}", note))
            : new StepProgress(
                step,
                performer,
                s,
                null,
                dueMoment,
                StepState.Overdue,
                Join($"просрочено на {Late(step, dueDate, today, calendar)}", note)
            );
    }

    /// <summary>Working-day terms are late by working days; calendar terms by calendar days.</summary>
    private static string Late(RegulationStep step, DateOnly due, DateOnly on, ProductionCalendar calendar) =>
        step.MaxDuration.Unit == DurationUnit.WorkingDays
            ? $"{Math.Max(1, calendar.CountWorkingDays(due.AddDays(1), on))} раб. дн."
            : $"{on.DayNumber - due.DayNumber} дн.";

    private static int Minutes(TimeSpan span) => (int)Math.Ceiling(Math.Max(0, span.TotalMinutes));
    private static Moment? Day(DateOnly? date) => date is { } d ? new Moment(d) : null;
    private static StepProgress NotApplicable(RegulationStep step, string why) => new(step, null, null, null, null, StepState.NotApplicable, why);
    private static string? Performers(params string?[] names) => names.Any(n => n is not null) ? string.Join("; ", names.OfType<string>()) : null;
    private static string Join(string verdict, string? note) => note is null ? verdict : $"{verdict}; {note}";

    public static string Russian(this StepState s) => s switch
    {
        StepState.NotStarted => "не начат",
        StepState.InProgress => "выполняется",
        StepState.OnTime => "в срок",
        StepState.Late => "просрочено",
        StepState.Overdue => "просрочено",
        StepState.NotApplicable => "не требуется",
        StepState.Unmeasured => "выполнено",
        StepState.OtherModule => "в модуле «Выплаты»",
        StepState.NotTracked => "—",
        _ => s.ToString(),
    };
}
