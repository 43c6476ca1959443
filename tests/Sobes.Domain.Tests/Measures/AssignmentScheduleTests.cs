using Sobes.Domain.Common;
using Sobes.Domain.Measures;

namespace Sobes.Domain.Tests.Measures;

/// <summary>The month's amount of an assignment to the kopeck: pro rata by calendar days, rounded once, across periods, the term, stops and
/// suspensions.</summary>
public class AssignmentScheduleTests
{
    private static readonly DateTime At = new(2026, 1, 10, 5, 0, 0, DateTimeKind.Utc);

    private static Measure Monthly(
        PartialMonthRule rule = PartialMonthRule.ProRataCalendarDays,
        StopDateRule stop = StopDateRule.FromNextMonth
    ) =>
        new()
        {
            Code = "T-MONTHLY",
            Name = "Ежемесячная выплата (проверка)",
            ShortName = "Ежемесячная",
            Kind = MeasureKind.Monthly,
            AmountRule = AmountRuleKind.Fixed,
            PartialMonth = rule,
            StopRule = stop,
            StopGrounds =
            [
                new StopGround
                {
                    Code = "G1",
                    Text = "Основание проверки",
                    Clause = "п. 1",
                },
            ],
        };

    private static Assignment Assigned(DateOnly start, decimal amount, DateOnly? end = null, Measure? measure = null)
    {
        var a = new Assignment { Number = "Н-1", StartsOn = start, EndsOn = end, Measure = measure ?? Monthly() };
        a.Periods.Add(new AssignmentPeriod { From = start, To = end, Amount = amount, Basis = "проверка" });
        return a;
    }

    [Fact]
    public void A_start_mid_month_is_paid_pro_rata_by_calendar_days_rounded_once()
    {
        // 4000 ₽ from 17 March: 15 of 31 days — 4000 × 15 / 31 = 1935.4838… → 1935.48.
        var a = Assigned(new DateOnly(2025, 3, 17), 4000m);
        var march = AssignmentSchedule.Month(a, 2025, 3);
        Assert.Equal((15, 31, 1935.48m), (march.PaidDays, march.DaysInMonth, march.Amount));
        Assert.Equal(0m, AssignmentSchedule.AmountForMonth(a, 2025, 2));
        Assert.Equal(4000m, AssignmentSchedule.AmountForMonth(a, 2025, 4));
    }

    [Fact]
    public void An_end_mid_month_is_paid_to_the_last_day_inclusive()
    {
        // Ends 9 February 2026 (the day before an 18th birthday): 9 of 28 days — 4260 × 9 / 28 = 1369.2857… → 1369.29.
        var a = Assigned(new DateOnly(2025, 1, 1), 4260m, new DateOnly(2026, 2, 9));
        Assert.Equal(1369.29m, AssignmentSchedule.AmountForMonth(a, 2026, 2));
        Assert.Equal(9, AssignmentSchedule.PayableDays(a, 2026, 2).Count);
        Assert.Equal(0m, AssignmentSchedule.AmountForMonth(a, 2026, 3));
    }

    [Fact]
    public void A_suspension_and_resumption_leave_the_days_between_unpaid()
    {
        // Suspended from 11 April, resumed from 21 April 2025: days 11–20 unpaid, 20 of 30 paid — 3000 × 20 / 30 = 2000.00.
        var a = Assigned(new DateOnly(2025, 1, 1), 3000m);
        AssignmentStatusRules.Suspend(a, new DateOnly(2025, 4, 11), "Неявка для перерегистрации", null, At, 1);
        Assert.Equal(AssignmentStatus.Suspended, a.Status);
        Assert.Equal(1000m, AssignmentSchedule.AmountForMonth(a, 2025, 4)); // still suspended: 10 of 30 days
        Assert.Equal(0m, AssignmentSchedule.AmountForMonth(a, 2025, 5));
        AssignmentStatusRules.Resume(a, new DateOnly(2025, 4, 21), "Явился, документы представлены", At, 1);
        Assert.Equal(2000m, AssignmentSchedule.AmountForMonth(a, 2025, 4));
        Assert.Equal(3000m, AssignmentSchedule.AmountForMonth(a, 2025, 5));
        Assert.False(AssignmentSchedule.IsPayable(a, new DateOnly(2025, 4, 20)));
        Assert.True(AssignmentSchedule.IsPayable(a, new DateOnly(2025, 4, 21)));
        Assert.Equal([AssignmentChangeKind.Suspended, AssignmentChangeKind.Resumed], a.Changes.Select(c => c.Kind));
    }

    [Fact]
    public void A_change_of_amount_inside_a_month_sums_each_period_share_and_rounds_once()
    {
        // 4000 ₽ to 14 May, 4160 ₽ from 15 May 2025: (4000 × 14 + 4160 × 17) / 31 = 126720 / 31 = 4087.7419… → 4087.74.
        var a = Assigned(new DateOnly(2025, 1, 1), 4000m);
        AssignmentRules.Recalculate(a, new DateOnly(2025, 5, 15), 4160m, "индексация", "Индексация", At, null);
        var may = AssignmentSchedule.Month(a, 2025, 5);
        Assert.Equal(4087.74m, may.Amount);
        Assert.Contains("/ 31", may.Explanation);
        Assert.Equal(4160m, AssignmentSchedule.AmountForMonth(a, 2025, 6));
    }

    [Fact]
    public void A_stop_from_the_next_month_pays_the_month_of_the_event_in_full()
    {
        var measure = Monthly();
        var a = Assigned(new DateOnly(2025, 1, 1), 4000m, measure: measure);
        var from = AssignmentRules.Stop(a, measure, "G1", new DateOnly(2025, 6, 12), "Решение суда", new DateOnly(2025, 6, 20), At, 1);
        Assert.Equal(new DateOnly(2025, 7, 1), from);
        Assert.Equal(4000m, AssignmentSchedule.AmountForMonth(a, 2025, 6));
        Assert.Equal(0m, AssignmentSchedule.AmountForMonth(a, 2025, 7));
    }

    [Fact]
    public void A_stop_from_the_event_day_pays_the_days_before_it()
    {
        // Stop from 12 June 2025 (event day): 11 of 30 days — 4000 × 11 / 30 = 1466.666… → 1466.67.
        var measure = Monthly(stop: StopDateRule.FromEventDay);
        var a = Assigned(new DateOnly(2025, 1, 1), 4000m, measure: measure);
        AssignmentRules.Stop(a, measure, "G1", new DateOnly(2025, 6, 12), null, new DateOnly(2025, 6, 12), At, 1);
        Assert.Equal(1466.67m, AssignmentSchedule.AmountForMonth(a, 2025, 6));
        Assert.Equal(new DateOnly(2025, 6, 11), a.LastPaidDay);
    }

    [Fact]
    public void The_full_month_rule_pays_the_whole_month_whenever_a_day_is_paid()
    {
        var a = Assigned(new DateOnly(2025, 3, 17), 4000m, measure: Monthly(PartialMonthRule.FullMonth));
        Assert.Equal(4000m, AssignmentSchedule.AmountForMonth(a, 2025, 3));
    }

    [Fact]
    public void A_one_time_payment_falls_in_the_month_it_starts()
    {
        var measure = Monthly();
        measure.Kind = MeasureKind.OneTime;
        var a = Assigned(new DateOnly(2025, 8, 20), 15000m, new DateOnly(2025, 8, 20), measure);
        Assert.Equal(15000m, AssignmentSchedule.AmountForMonth(a, 2025, 8));
        Assert.Equal(0m, AssignmentSchedule.AmountForMonth(a, 2025, 9));
    }

    [Fact]
    public void Suspension_and_resumption_refuse_bad_dates_in_Russian_and_change_nothing()
    {
        var a = Assigned(new DateOnly(2025, 3, 1), 4000m, new DateOnly(2025, 12, 31));
        var before = Assert.Throws<DomainValidationException>(() => AssignmentStatusRules.Suspend(a, new DateOnly(2025, 2, 1), "", null, At, 1));
        Assert.Equal(["from", "reason"], before.Errors.Select(e => e.Field));
        Assert.Throws<DomainValidationException>(() => AssignmentStatusRules.Suspend(a, new DateOnly(2026, 1, 1), "после срока", null, At, 1));
        Assert.Equal(AssignmentStatus.Active, a.Status);
        Assert.Empty(a.Suspensions);
        Assert.Throws<ConflictException>(() => AssignmentStatusRules.Resume(a, new DateOnly(2025, 5, 1), "нет приостановления", At, 1));
        AssignmentStatusRules.Suspend(a, new DateOnly(2025, 5, 1), "Неявка", null, At, 1);
        var early = Assert.Throws<DomainValidationException>(() => AssignmentStatusRules.Resume(a, new DateOnly(2025, 5, 1), "Явился", At, 1));
        Assert.Equal("from", early.Errors.Single().Field);
        Assert.Equal(AssignmentStatus.Suspended, a.Status);
    }
}
