using Sobes.Domain.Applications;
using Sobes.Domain.Calendar;
using Sobes.Domain.Organisations;

namespace Sobes.Domain.Tests.Applications;

/// <summary>The steps of seed 002 section III against their maximum durations.</summary>
[Clause("002", "III")]
public class ProcedureTrackingTests
{
    private static readonly ProductionCalendar Calendar = new(RussianCalendarData.All);

    private static RegulationStep Step(ProcedureMilestone m, int value, DurationUnit unit) =>
        new() { Name = m.ToString(), Milestone = m, MaxDuration = new(value, unit), PerformerRole = Role.Specialist };

    private static readonly RegulationStep Intake = Step(ProcedureMilestone.Intake, 30, DurationUnit.Minutes);
    private static readonly RegulationStep Case = Step(ProcedureMilestone.CaseForming, 30, DurationUnit.Minutes);
    private static readonly RegulationStep Signature = Step(ProcedureMilestone.Signature, 1, DurationUnit.WorkingDays);
    private static readonly RegulationStep Decision = Step(ProcedureMilestone.Decision, 10, DurationUnit.CalendarDays);
    private static readonly RegulationStep Refusal = Step(ProcedureMilestone.Refusal, 10, DurationUnit.CalendarDays);
    private static readonly RegulationStep Notice = Step(ProcedureMilestone.Notice, 10, DurationUnit.CalendarDays);

    private static DateTime At(string s) => DateTime.Parse(s, System.Globalization.CultureInfo.InvariantCulture);

    [Clause("002", "7.4")]
    [Fact]
    public void Seed002_cl7_4_intake_within_30_minutes_is_on_time_and_over_it_says_by_how_many_minutes()
    {
        var facts = new ProcedureFacts
        {
            IntakeStartedAt = At("2026-11-24 10:00"),
            RegisteredAt = At("2026-11-24 10:25"),
            RegisteredBy = "Иванова И. И.",
        };
        var ok = ProcedureTracking.Track(Intake, facts, At("2026-11-24 12:00"), Calendar);
        Assert.Equal((StepState.OnTime, "уложились: 25 мин.", "Иванова И. И."), (ok.State, ok.Verdict, ok.Performer));

        var late = ProcedureTracking.Track(Intake, facts with { RegisteredAt = At("2026-11-24 10:42") }, At("2026-11-24 12:00"), Calendar);
        Assert.Equal((StepState.Late, "превышено на 12 мин."), (late.State, late.Verdict));

        var unknown = ProcedureTracking.Track(Intake, facts with { IntakeStartedAt = null }, At("2026-11-24 12:00"), Calendar);
        Assert.Equal(StepState.Unmeasured, unknown.State);
    }

    [Clause("002", "14.5")]
    [Fact]
    public void Seed002_cl14_5_the_case_is_formed_within_30_minutes_of_complete_documents_and_runs_until_the_draft()
    {
        var facts = new ProcedureFacts
        {
            RegisteredAt = At("2026-11-24 10:00"),
            DocumentsCompleteAt = At("2026-11-25 09:00"),
            DocumentsCompleteOn = new(2026, 11, 25),
        };
        var running = ProcedureTracking.Track(Case, facts, At("2026-11-25 09:20"), Calendar);
        Assert.Equal((StepState.InProgress, "идёт 20 мин."), (running.State, running.Verdict));
        var overdue = ProcedureTracking.Track(Case, facts, At("2026-11-25 10:00"), Calendar);
        Assert.Equal((StepState.Overdue, "превышено на 30 мин."), (overdue.State, overdue.Verdict));
        var done = ProcedureTracking.Track(
            Case,
            facts with
            {
                PreparedAt = At("2026-11-25 09:28"),
                PreparedBy = "Петрова",
            },
            At("2026-11-26 10:00"),
            Calendar
        );
        Assert.Equal(StepState.OnTime, done.State);
        Assert.Equal(
            StepState.NotStarted,
            ProcedureTracking
                .Track(Case, facts with { DocumentsCompleteAt = null, DocumentsCompleteOn = null }, At("2026-11-25 10:00"), Calendar)
                .State
        );
    }

    [Clause("002", "16.2")]
    [Fact]
    public void Seed002_cl16_2_the_head_signs_within_one_working_day_of_the_visa_over_a_weekend_and_a_holiday()
    {
        // Visa on Friday 30.10.2026: one working day is Monday 02.11.2026.
        var friday = new ProcedureFacts { RegisteredAt = At("2026-10-28 10:00"), VisaAt = At("2026-10-30 16:00"), VisaOn = new(2026, 10, 30) };
        var monday = ProcedureTracking.Track(
            Signature,
            friday with
            {
                SignedAt = At("2026-11-02 11:00"),
                DecidedOn = new(2026, 11, 2),
            },
            At("2026-11-10 10:00"),
            Calendar
        );
        Assert.Equal((StepState.OnTime, new DateOnly(2026, 11, 2)), (monday.State, monday.Due!.Value.Date));
        // Visa on Tuesday 03.11.2026 (4 November is a holiday): due Thursday 05.11; signed on Friday 06.11 — one working day late.
        var tuesday = friday with { VisaAt = At("2026-11-03 12:00"), VisaOn = new(2026, 11, 3) };
        var late = ProcedureTracking.Track(
            Signature,
            tuesday with
            {
                SignedAt = At("2026-11-06 09:00"),
                DecidedOn = new(2026, 11, 6),
            },
            At("2026-11-10 10:00"),
            Calendar
        );
        Assert.Equal((StepState.Late, "просрочено на 1 раб. дн."), (late.State, late.Verdict));
        // Still unsigned on Monday 09.11: overdue.
        var waiting = ProcedureTracking.Track(Signature, tuesday, At("2026-11-09 10:00"), Calendar);
        Assert.Equal(StepState.Overdue, waiting.State);
        Assert.True(waiting.IsLate);
    }

    [Clause("002", "7.1")]
    [Fact]
    public void Seed002_cl7_1_the_decision_is_delivered_within_ten_days_of_complete_documents()
    {
        // Documents complete on 24.11.2026: due 04.12.2026 (the application's DueOn).
        var facts = new ProcedureFacts
        {
            RegisteredAt = At("2026-11-24 10:00"), DocumentsCompleteOn = new(2026, 11, 24), DueOn = new(2026, 12, 4), DecidedOn = new(2026, 12, 1),
            HasGrants = true, SignedBy = "Начальник",
        };
        Assert.Equal(StepState.InProgress, ProcedureTracking.Track(Decision, facts, At("2026-12-02 10:00"), Calendar).State);
        Assert.Equal(
            StepState.OnTime,
            ProcedureTracking.Track(Decision, facts with { NoticeGivenOn = new(2026, 12, 4) }, At("2026-12-10 10:00"), Calendar).State
        );
        var late = ProcedureTracking.Track(Decision, facts with { NoticeGivenOn = new(2026, 12, 7) }, At("2026-12-10 10:00"), Calendar);
        Assert.Equal((StepState.Late, "просрочено на 3 дн."), (late.State, late.Verdict));
        Assert.Equal(StepState.Overdue, ProcedureTracking.Track(Decision, facts, At("2026-12-05 10:00"), Calendar).State);
    }

    [Clause("002", "18.1")]
    [Clause("002", "17.2")]
    [Fact]
    public void Seed002_cl18_1_and_cl17_2_notice_and_refusal_steps_apply_only_when_there_is_a_grant_or_a_refusal()
    {
        var facts = new ProcedureFacts
        {
            RegisteredAt = At("2026-11-24 10:00"), DocumentsCompleteOn = new(2026, 11, 24), DueOn = new(2026, 12, 4), DecidedOn = new(2026, 12, 1),
            HasGrants = true, HasRefusals = false, NoticeGivenOn = new(2026, 12, 2), NoticeWay = NoticeWay.Post, NoticeBy = "Иванова",
        };
        var notice = ProcedureTracking.Track(Notice, facts, At("2026-12-10 10:00"), Calendar);
        Assert.Equal((StepState.OnTime, "в срок; направлено почтой", "Иванова"), (notice.State, notice.Verdict, notice.Performer));
        Assert.Equal(StepState.NotApplicable, ProcedureTracking.Track(Refusal, facts, At("2026-12-10 10:00"), Calendar).State);

        var refusal = facts with { HasGrants = false, HasRefusals = true, NoticeGivenOn = null, RefusalCheck = RefusalCheckState.Pending };
        Assert.Equal(StepState.NotApplicable, ProcedureTracking.Track(Notice, refusal, At("2026-12-10 10:00"), Calendar).State);
        var waiting = ProcedureTracking.Track(Refusal, refusal, At("2026-12-03 10:00"), Calendar);
        Assert.Equal((StepState.InProgress, "срок до 04.12.2026; ждёт проверки Министерством (п. 17.2)"), (waiting.State, waiting.Verdict));
        var sent = ProcedureTracking.Track(
            Refusal,
            refusal with
            {
                RefusalCheck = RefusalCheckState.Confirmed,
                RefusalCheckedBy = "Инспектор",
                RefusalCheckedOn = new(2026, 12, 3),
                RefusalSentOn = new(2026, 12, 4),
                RefusalSentBy = "Иванова",
            },
            At("2026-12-10 10:00"),
            Calendar
        );
        Assert.Equal(StepState.OnTime, sent.State);
        Assert.Equal("Иванова; проверил в Министерстве: Инспектор, 03.12.2026", sent.Performer);
    }

    [Clause("002", "19")]
    [Fact]
    public void Seed002_cl19_payment_steps_belong_to_the_payments_module()
    {
        var payment = ProcedureTracking.Track(
            Step(ProcedureMilestone.Payment, 3, DurationUnit.Hours),
            new ProcedureFacts { RegisteredAt = At("2026-11-24 10:00") },
            At("2026-11-24 12:00"),
            Calendar
        );
        Assert.Equal((StepState.OtherModule, "выполняется в модуле «Выплаты»"), (payment.State, payment.Verdict));
    }
}
