using Sobes.Domain.Calendar;

namespace Sobes.Domain.Applications;

/// <summary>
/// Deadlines of a regulation on the production calendar. Working days count from the day after the start.
/// Calendar days count the same way; a term whose last day falls on a day off ends on the next working day (ГК РФ ст. 193).
/// </summary>
public static class DeadlineRules
{
    public static DateOnly Due(DateOnly start, RegulatedDuration duration, ProductionCalendar calendar) => duration.Unit switch
    {
        DurationUnit.WorkingDays => calendar.AddWorkingDays(start, duration.Value),
        DurationUnit.CalendarDays => calendar.AddWorkingDays(start.AddDays(duration.Value), 0),
        // Minutes and hours end within the working day they start on.
        _ => calendar.AddWorkingDays(start, 0),
    };

    /// <summary>The decision deadline of an application: from the day all documents are complete (seed 002 cl. 7.1).</summary>
    public static DateOnly DecisionDue(DateOnly documentsCompleteOn, AdministrativeRegulation regulation, ProductionCalendar calendar) =>
        Due(documentsCompleteOn, regulation.DecisionDeadline, calendar);

    /// <summary>Working days left until the due date (negative when overdue; 0 on the due date itself).</summary>
    public static int WorkingDaysLeft(DateOnly today, DateOnly due, ProductionCalendar calendar) =>
        due >= today ? calendar.CountWorkingDays(today.AddDays(1), due) : -calendar.CountWorkingDays(due.AddDays(1), today);

    /// <summary>A complaint's answer is due in N days from receipt (seed 002 cl. 23.9: 30), extended by at most M days (15) by the head.</summary>
    public static DateOnly ComplaintDue(DateOnly receivedOn, AdministrativeRegulation regulation, ProductionCalendar calendar, int extensionDays = 0)
    {
        if (extensionDays < 0 || extensionDays > regulation.ComplaintExtensionDays)
            throw new ArgumentOutOfRangeException(
                nameof(extensionDays),
                $"Срок можно продлить не более чем на {regulation.ComplaintExtensionDays} дней."
            );
        return Due(receivedOn, new RegulatedDuration(regulation.ComplaintAnswerDays + extensionDays, DurationUnit.CalendarDays), calendar);
    }

    /// <summary>An interagency request's answer is due in five working days (210-ФЗ ст. 7.2 ч. 3), or as the regulation says.</summary>
    public static DateOnly InteragencyDue(DateOnly sentOn, AdministrativeRegulation regulation, ProductionCalendar calendar) =>
        calendar.AddWorkingDays(sentOn, regulation.InteragencyAnswerWorkingDays);
}
