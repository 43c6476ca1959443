using Sobes.Domain.Appeals;
using Sobes.Domain.Applications;
using Sobes.Domain.Calendar;
using Sobes.Domain.Common;

namespace Sobes.Domain.Tests.Appeals;

public class ComplaintRulesTests
{
    private static readonly ProductionCalendar Calendar = new(RussianCalendarData.All);

    // Seed 002 cl. 23.9: «не должна превышать 30 дней с момента получения жалобы … может быть продлен, но не более чем на 15 дней по
    // решению начальника».
    private static readonly AdministrativeRegulation Seed002 = new()
    {
        Code = "AR-PRIEM-VARNA",
        ComplaintAnswerDays = 30,
        ComplaintExtensionDays = 15,
    };

    private static Complaint Received(DateOnly on) =>
        new()
        {
            Number = "Ж-2026-0001",
            ReceivedOn = on,
            DueOn = DeadlineRules.ComplaintDue(on, Seed002, Calendar),
            Subject = ComplaintSubject.AmountCorrectness,
            Channel = ComplaintChannel.Post,
            Text = "Прошу пересчитать выплату",
        };

    [Clause("002", "23.9")]
    [Fact]
    public void Seed002_cl23_9_received_on_2_November_2026_is_answered_by_2_December_2026() =>
        Assert.Equal(new DateOnly(2026, 12, 2), Received(new DateOnly(2026, 11, 2)).DueOn);

    [Clause("002", "23.9")]
    [Fact]
    public void Seed002_cl23_9_a_thirtieth_day_on_Saturday_moves_to_the_next_working_day()
    {
        // 05.11.2026 + 30 = Saturday 05.12.2026 → Monday 07.12.2026 (ГК РФ ст. 193).
        Assert.Equal(DayOfWeek.Saturday, new DateOnly(2026, 12, 5).DayOfWeek);
        Assert.Equal(new DateOnly(2026, 12, 7), Received(new DateOnly(2026, 11, 5)).DueOn);
    }

    [Clause("002", "23.9")]
    [Fact]
    public void Seed002_cl23_9_the_head_extends_once_by_15_days_counted_from_receipt()
    {
        var c = Received(new DateOnly(2026, 11, 2));
        c.Extend(Seed002, Calendar, 15, "проверка сведений в органе опеки", new DateOnly(2026, 11, 20), new DateOnly(2026, 11, 24), 7);
        // 02.11.2026 + 45 days = Thursday 17.12.2026.
        Assert.Equal(new DateOnly(2026, 12, 17), c.DueOn);
        Assert.Equal(15, c.ExtensionDays);
        Assert.Equal(ComplaintStatus.Extended, c.StatusOn(new DateOnly(2026, 11, 24)));
    }

    [Clause("002", "23.9")]
    [Fact]
    public void Seed002_cl23_9_a_second_extension_is_refused()
    {
        var c = Received(new DateOnly(2026, 11, 2));
        c.Extend(Seed002, Calendar, 5, "проверка", new DateOnly(2026, 11, 20), new DateOnly(2026, 11, 24), 7);
        var due = c.DueOn;
        Assert.Throws<ConflictException>(() =>
            c.Extend(Seed002, Calendar, 5, "ещё проверка", new DateOnly(2026, 11, 24), new DateOnly(2026, 11, 24), 7)
        );
        Assert.Equal(due, c.DueOn);
    }

    [Clause("002", "23.9")]
    [Theory]
    [InlineData(16)]
    [InlineData(0)]
    public void Seed002_cl23_9_an_extension_beyond_1_to_15_days_is_refused(int days)
    {
        var c = Received(new DateOnly(2026, 11, 2));
        var e = Assert.Throws<DomainValidationException>(() =>
            c.Extend(Seed002, Calendar, days, "проверка", new DateOnly(2026, 11, 20), new DateOnly(2026, 11, 24), 7)
        );
        Assert.Contains(e.Errors, x => x.Field == "days");
        Assert.Null(c.ExtensionDays);
        Assert.Equal(new DateOnly(2026, 12, 2), c.DueOn);
    }

    [Clause("002", "23.9")]
    [Fact]
    public void Seed002_cl23_9_an_extension_needs_the_reason_and_the_written_notice()
    {
        var c = Received(new DateOnly(2026, 11, 2));
        var e = Assert.Throws<DomainValidationException>(() => c.Extend(Seed002, Calendar, 10, " ", null, new DateOnly(2026, 11, 24), 7));
        Assert.Equal(["reason", "notifiedOn"], e.Errors.Select(x => x.Field));
    }

    [Clause("002", "23.1")]
    [Fact]
    public void Seed002_cl23_1_lists_exactly_five_subjects_of_appeal()
    {
        var subjects = Enum.GetValues<ComplaintSubject>();
        Assert.Equal(5, subjects.Length);
        Assert.Equal([1, 2, 3, 4, 5], subjects.Select(s => (int)s));
        Assert.Equal("п. 23.1 подп. 4", ComplaintSubject.OfficialMisconduct.Clause());
        Assert.All(subjects, s => Assert.NotEqual(s.ToString(), s.Russian()));
    }

    [Clause("002", "23.8")]
    [Fact]
    public void Seed002_cl23_8_an_answer_after_the_due_date_is_recorded_as_late()
    {
        var c = Received(new DateOnly(2026, 10, 1));
        c.Answer(ComplaintDecision.Refused, null, "Оснований для отмены решения нет.", new DateOnly(2026, 11, 10), new DateOnly(2026, 11, 24), 3);
        Assert.True(c.AnsweredLate);
        Assert.Equal(ComplaintStatus.Answered, c.StatusOn(new DateOnly(2026, 11, 24)));
        Assert.Throws<ConflictException>(() =>
            c.Answer(ComplaintDecision.Satisfied, null, "ещё", new DateOnly(2026, 11, 24), new DateOnly(2026, 11, 24), 3)
        );
    }

    [Clause("002", "23.7.3")]
    [Clause("002", "23.7.4")]
    [Clause("002", "23.7.5")]
    [Clause("002", "23.7.6")]
    [Fact]
    public void Seed002_cl23_7_3_to_23_7_6_leaving_without_an_answer_needs_one_of_the_grounds()
    {
        var c = Received(new DateOnly(2026, 11, 2));
        var e = Assert.Throws<DomainValidationException>(() =>
            c.Answer(
                ComplaintDecision.LeftWithoutAnswer,
                null,
                "Текст не поддаётся прочтению.",
                new DateOnly(2026, 11, 10),
                new DateOnly(2026, 11, 24),
                3
            )
        );
        Assert.Contains(e.Errors, x => x.Field == "noAnswerGround");
        Assert.Null(c.AnsweredOn);
        c.Answer(
            ComplaintDecision.LeftWithoutAnswer,
            NoAnswerGround.Illegible,
            "Текст не поддаётся прочтению.",
            new DateOnly(2026, 11, 10),
            new DateOnly(2026, 11, 24),
            3
        );
        Assert.False(c.AnsweredLate);
        Assert.Contains("23.7.5", c.NoAnswerGround!.Value.Russian());
    }

    [Fact]
    public void An_unanswered_complaint_past_its_due_date_is_overdue() =>
        Assert.Equal(ComplaintStatus.Overdue, Received(new DateOnly(2026, 10, 1)).StatusOn(new DateOnly(2026, 11, 24)));

    [Clause("002", "23.2")]
    [Fact]
    public void Seed002_cl23_2_a_complaint_through_a_representative_names_the_representative()
    {
        var errors = ComplaintRules.CheckRegistration(
            ComplaintChannel.Representative,
            ComplaintSubject.RefusalDecision,
            new DateOnly(2026, 11, 2),
            new DateOnly(2026, 11, 24),
            "Суть",
            null
        );
        Assert.Equal("representativeName", Assert.Single(errors).Field);
        Assert.Contains(
            ComplaintRules.CheckRegistration(
                ComplaintChannel.Post,
                (ComplaintSubject)6,
                new DateOnly(2026, 11, 2),
                new DateOnly(2026, 11, 24),
                "Суть",
                null
            ),
            x => x.Field == "subject"
        );
    }
}
