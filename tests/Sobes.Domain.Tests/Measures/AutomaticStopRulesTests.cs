using Sobes.Domain.Measures;

namespace Sobes.Domain.Tests.Measures;

/// <summary>Stops no one registers: the end of the term (seed 002 cl. 8.1 subcl. 1 — the child turns 18) and a death the registry records.</summary>
public class AutomaticStopRulesTests
{
    private static readonly DateTime At = new(2026, 1, 10, 5, 0, 0, DateTimeKind.Utc);

    private static Measure Foster() =>
        new()
        {
            Code = "T-FOSTER",
            Name = "Содержание ребёнка в приёмной семье (проверка)",
            Kind = MeasureKind.Monthly,
            AmountRule = AmountRuleKind.Fixed,
            EndRule = PaymentEndRule.UntilChildAge,
            EndAge = 18,
            StopRule = StopDateRule.FromNextMonth,
            StopGrounds =
            [
                new StopGround
                {
                    Code = "8.1-1",
                    Text = "достижения несовершеннолетним, переданным в приемную семью, возраста 18 лет",
                    Clause = "п. 8.1 подп. 1",
                    Automatic = true,
                },
                new StopGround
                {
                    Code = "8.1-5",
                    Text = "смерти ребенка, переданного на воспитание в приемную семью, признания ребенка безвестно отсутствующим",
                    Clause = "п. 8.1 подп. 5",
                },
            ],
        };

    [Clause("002", "8.1.1")]
    [Fact]
    public void Seed002_cl8_1_subcl1_the_18th_birthday_stops_the_payment_on_the_automatic_ground()
    {
        var measure = Foster();
        var birth = new DateOnly(2008, 2, 10);
        var start = new DateOnly(2024, 1, 1);
        var end = AssignmentRules.EndOf(measure, start, birth, null);
        Assert.Equal(new DateOnly(2026, 2, 9), end);
        var a = new Assignment
        {
            StartsOn = start,
            EndsOn = end,
            Measure = measure,
            Periods =
            [
                new AssignmentPeriod
                {
                    From = start,
                    To = end,
                    Amount = 4260m,
                },
            ],
        };
        Assert.False(AssignmentStatusRules.TermIsOver(a, new DateOnly(2026, 2, 9)));
        Assert.True(AssignmentStatusRules.TermIsOver(a, new DateOnly(2026, 2, 10)));
        var from = AssignmentStatusRules.StopAtTermEnd(a, measure, new DateOnly(2026, 2, 10), At);
        Assert.Equal(new DateOnly(2026, 2, 10), from);
        Assert.Equal((AssignmentStatus.Stopped, "8.1-1"), (a.Status, a.StopGroundCode));
        Assert.Contains("возраста 18 лет", a.Changes.Single().Reason);
        Assert.Null(a.Changes.Single().UserId);
        Assert.Equal(0m, AssignmentSchedule.AmountForMonth(a, 2026, 3));
    }

    [Clause("002", "8.1")]
    [Fact]
    public void A_term_that_ends_before_the_18th_birthday_is_not_stopped_on_the_age_ground()
    {
        var measure = Foster();
        var birth = new DateOnly(2015, 5, 4);
        // The foster contract ended on 01.11.2029 (seed 002 cl. 8.1 — the contract's term, not subcl. 1): the child is 14.
        var a = new Assignment
        {
            StartsOn = new DateOnly(2026, 11, 2), EndsOn = new DateOnly(2029, 11, 1), Measure = measure,
            Periods = [new AssignmentPeriod { From = new DateOnly(2026, 11, 2), To = new DateOnly(2029, 11, 1), Amount = 4000m }]
        };
        AssignmentStatusRules.StopAtTermEnd(a, measure, new DateOnly(2029, 11, 2), At, birth);
        Assert.Null(a.StopGroundCode);
        Assert.Contains("Истёк срок выплаты (01.11.2029)", a.StatusReason);
        var eighteen = new Assignment
        {
            StartsOn = new DateOnly(2026, 11, 2), EndsOn = new DateOnly(2033, 5, 3), Measure = measure,
            Periods = [new AssignmentPeriod { From = new DateOnly(2026, 11, 2), To = new DateOnly(2033, 5, 3), Amount = 4000m }]
        };
        AssignmentStatusRules.StopAtTermEnd(eighteen, measure, new DateOnly(2033, 5, 4), At, birth);
        Assert.Equal("8.1-1", eighteen.StopGroundCode);
    }

    [Fact]
    public void A_one_time_payment_made_is_closed_as_made_not_on_a_stop_ground()
    {
        var measure = Foster();
        measure.Kind = MeasureKind.OneTime;
        measure.EndRule = PaymentEndRule.Once;
        var a = new Assignment
        {
            StartsOn = new DateOnly(2024, 3, 15), EndsOn = new DateOnly(2024, 3, 15), Measure = measure,
            Periods = [new AssignmentPeriod { From = new DateOnly(2024, 3, 15), To = new DateOnly(2024, 3, 15), Amount = 36669m }]
        };
        AssignmentStatusRules.StopAtTermEnd(a, measure, new DateOnly(2026, 11, 24), At, new DateOnly(2015, 7, 22));
        Assert.Null(a.StopGroundCode);
        Assert.Contains("Единовременная выплата произведена (15.03.2024)", a.StatusReason);
        Assert.Equal(36669m, AssignmentSchedule.AmountForMonth(a, 2024, 3));
    }

    [Fact]
    public void A_death_in_the_registry_stops_the_payment_by_the_measure_stop_rule()
    {
        var measure = Foster();
        var a = new Assignment
        {
            StartsOn = new DateOnly(2024, 1, 1), EndsOn = new DateOnly(2030, 1, 1), Measure = measure,
            Periods = [new AssignmentPeriod { From = new DateOnly(2024, 1, 1), To = new DateOnly(2030, 1, 1), Amount = 4260m }]
        };
        var from = AssignmentStatusRules.StopOnDeath(a, measure, ofBeneficiary: true, new DateOnly(2025, 9, 14), new DateOnly(2025, 9, 20), At);
        Assert.Equal(new DateOnly(2025, 10, 1), from);
        Assert.Equal(new DateOnly(2025, 9, 30), a.Periods.Single().To);
        Assert.Contains("Смерть ребёнка", a.StatusReason);
    }
}
