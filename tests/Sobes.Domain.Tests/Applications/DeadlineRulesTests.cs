using Sobes.Domain.Applications;
using Sobes.Domain.Calendar;

namespace Sobes.Domain.Tests.Applications;

public class DeadlineRulesTests
{
    private static readonly ProductionCalendar Calendar = new(RussianCalendarData.All);

    // Seed 002 cl. 7.1: «не может превышать десять дней от даты принятия всех необходимых … документов».
    // The regulation says «рабочих» where it means working days (cl. 16.2, 19.4), so plain «дней» are calendar days.
    private static readonly AdministrativeRegulation Seed002 = new()
    {
        DecisionDeadline = new RegulatedDuration(10, DurationUnit.CalendarDays),
        ComplaintAnswerDays = 30,
        ComplaintExtensionDays = 15,
    };

    [Clause("002", "7.1")]
    [Theory]
    // An ordinary case: 24.11.2026 + 10 days = Friday 04.12.2026.
    [InlineData("2026-11-24", "2026-12-04")]
    // The tenth day is 4 November (Day of National Unity): the term ends on the next working day (ГК РФ ст. 193).
    [InlineData("2026-10-25", "2026-11-05")]
    // The tenth day is 1 January 2027: the New Year holidays and the weekend push it to Monday 11 January.
    [InlineData("2026-12-22", "2027-01-11")]
    public void Seed002_cl7_1_decision_within_ten_days_of_complete_documents(string complete, string due) =>
        Assert.Equal(DateOnly.Parse(due), DeadlineRules.DecisionDue(DateOnly.Parse(complete), Seed002, Calendar));

    [Clause("002", "16.2")]
    [Fact]
    public void Working_day_terms_skip_days_off_from_the_day_after_the_start()
    {
        // Seed 002 cl. 16.2: the head signs within one working day; from Friday 30.10.2026 that is Monday 02.11.2026.
        Assert.Equal(
            new DateOnly(2026, 11, 2),
            DeadlineRules.Due(new DateOnly(2026, 10, 30), new RegulatedDuration(1, DurationUnit.WorkingDays), Calendar)
        );
        // 3 November is a shortened working day, 4 November a holiday: one working day after 03.11 is 05.11.
        Assert.Equal(
            new DateOnly(2026, 11, 5),
            DeadlineRules.Due(new DateOnly(2026, 11, 3), new RegulatedDuration(1, DurationUnit.WorkingDays), Calendar)
        );
    }

    [Clause("002", "23.9")]
    [Theory]
    // Seed 002 cl. 23.9: a complaint is answered within 30 days of receipt.
    [InlineData("2026-11-24", 0, "2026-12-24")]
    // … extendable by the head by at most 15 days: 45 days from 24.11.2026 is Friday 08.01.2027, a holiday → Monday 11.01.2027.
    [InlineData("2026-11-24", 15, "2027-01-11")]
    // 40 days end on Sunday 03.01.2027, inside the New Year holidays: also Monday 11.01.2027.
    [InlineData("2026-11-24", 10, "2027-01-11")]
    public void Seed002_cl23_9_complaint_in_30_days_extendable_by_15(string received, int extension, string due) =>
        Assert.Equal(DateOnly.Parse(due), DeadlineRules.ComplaintDue(DateOnly.Parse(received), Seed002, Calendar, extension));

    [Clause("002", "23.9")]
    [Fact]
    public void Seed002_cl23_9_extension_beyond_15_days_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => DeadlineRules.ComplaintDue(new DateOnly(2026, 11, 24), Seed002, Calendar, 16));

    [Fact]
    public void Interagency_answer_is_due_in_five_working_days()
    {
        // 210-ФЗ ст. 7.2 ч. 3: five working days; from Tuesday 24.11.2026 → Tuesday 01.12.2026.
        Assert.Equal(new DateOnly(2026, 12, 1), DeadlineRules.InteragencyDue(new DateOnly(2026, 11, 24), Seed002, Calendar));
    }

    [Theory]
    [InlineData("2026-11-24", "2026-11-27", 3)]
    [InlineData("2026-11-24", "2026-11-24", 0)]
    [InlineData("2026-11-30", "2026-11-26", -2)]
    public void Working_days_left_are_negative_when_overdue(string today, string due, int left) =>
        Assert.Equal(left, DeadlineRules.WorkingDaysLeft(DateOnly.Parse(today), DateOnly.Parse(due), Calendar));
}
