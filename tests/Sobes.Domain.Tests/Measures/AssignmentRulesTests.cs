using Sobes.Domain.Common;
using Sobes.Domain.Measures;

namespace Sobes.Domain.Tests.Measures;

public class AssignmentRulesTests
{
    private static readonly DateTime Now = new(2026, 11, 24, 6, 0, 0, DateTimeKind.Utc);

    private static Measure Monthly(StopDateRule stop = StopDateRule.FromEventDay) =>
        new()
        {
            Id = 1,
            Code = "T-1",
            Name = "Ежемесячная выплата",
            ShortName = "ЕВ",
            Kind = MeasureKind.Monthly,
            AmountRule = AmountRuleKind.Fixed,
            StartRule = PaymentStartRule.FromApplicationMonth,
            EndRule = PaymentEndRule.UntilChildAge,
            EndAge = 18,
            StopRule = stop,
            Amounts = [new MeasureAmount { ValidFrom = new(2020, 1, 1), Value = 4000m }],
            StopGrounds =
            [
                new StopGround
                {
                    Code = "8.1.2",
                    Text = "Устройство ребёнка на полное государственное обеспечение",
                    Clause = "п. 8.1 подп. 2",
                },
            ],
        };

    private static Assignment Granted(DateOnly start, decimal amount, DateOnly? end = null) => new()
    {
        Number = "Н-2026-000001", StartsOn = start, EndsOn = end,
        Periods = [new AssignmentPeriod { From = start, To = end, Amount = amount }],
    };

    [Clause("002", "8.1.1")]
    [Fact]
    public void Start_and_end_follow_the_measure_rules()
    {
        var m = Monthly();
        var start = AssignmentRules.StartOf(m, applicationDate: new(2026, 3, 17), decisionDate: new(2026, 3, 25), eventDate: null);
        Assert.Equal(new DateOnly(2026, 3, 1), start);
        // Seed 002 cl. 8.1 subcl. 1: paid until the child turns 18 — the day before the birthday is the last day paid.
        Assert.Equal(new DateOnly(2026, 6, 9), AssignmentRules.EndOf(m, start, beneficiaryBirthDate: new(2008, 6, 10), contractEnd: null));
    }

    [Fact]
    public void Child_age_measure_without_a_child_is_refused() =>
        Assert.Throws<DomainValidationException>(() => AssignmentRules.EndOf(Monthly(), new(2026, 3, 1), null, null));

    [Fact]
    public void Indexation_closes_the_current_period_the_day_before_and_opens_a_new_one()
    {
        var a = Granted(new(2026, 3, 1), 4000m, new(2030, 6, 9));
        Assert.True(AssignmentRules.Recalculate(a, new(2027, 1, 1), 4160m, "4 160,00 ₽", "Индексация", Now, 1));
        Assert.Equal(2, a.Periods.Count);
        Assert.Equal(new DateOnly(2026, 12, 31), a.Periods[0].To);
        Assert.Equal(4160m, a.AmountOn(new(2027, 1, 1)));
        Assert.Equal(4000m, a.AmountOn(new(2026, 12, 31)));
        Assert.Equal(new DateOnly(2030, 6, 9), a.Periods[1].To);
        var change = Assert.Single(a.Changes);
        Assert.Equal((4000m, 4160m), (change.OldAmount!.Value, change.NewAmount!.Value));
    }

    [Fact]
    public void Recalculation_to_the_same_amount_changes_nothing()
    {
        var a = Granted(new(2026, 3, 1), 4000m);
        Assert.False(AssignmentRules.Recalculate(a, new(2027, 1, 1), 4000m, "", "", Now, 1));
        Assert.Single(a.Periods);
        Assert.Empty(a.Changes);
    }

    [Fact]
    public void Recalculation_after_the_last_paid_day_is_ignored()
    {
        var a = Granted(new(2026, 3, 1), 4000m, new(2026, 6, 9));
        Assert.False(AssignmentRules.Recalculate(a, new(2027, 1, 1), 4160m, "", "", Now, 1));
    }

    [Clause("002", "8.1")]
    [Fact]
    public void Seed002_cl8_1_stop_from_the_event_day_trims_the_periods()
    {
        var a = Granted(new(2026, 3, 1), 4000m);
        AssignmentRules.Recalculate(a, new(2027, 1, 1), 4160m, "", "Индексация", Now, 1);
        var from = AssignmentRules.Stop(a, Monthly(), "8.1.2", eventDate: new(2026, 10, 12), "Приказ о зачислении № 15", new(2026, 11, 24), Now, 1);
        Assert.Equal(new DateOnly(2026, 10, 12), from);
        Assert.Equal(AssignmentStatus.Stopped, a.Status);
        Assert.Equal(new DateOnly(2026, 10, 11), a.LastPaidDay);
        Assert.Equal(new DateOnly(2026, 10, 11), Assert.Single(a.Periods).To);
        Assert.Contains("п. 8.1 подп. 2", a.StatusReason);
        Assert.Throws<ConflictException>(() => AssignmentRules.Stop(a, Monthly(), "8.1.2", new(2026, 10, 12), null, new(2026, 11, 24), Now, 1));
    }

    [Fact]
    public void A_stop_from_the_next_month_pays_the_month_of_the_event()
    {
        var a = Granted(new(2026, 3, 1), 4000m);
        Assert.Equal(
            new DateOnly(2026, 11, 1),
            AssignmentRules.Stop(a, Monthly(StopDateRule.FromNextMonth), "8.1.2", new(2026, 10, 12), null, new(2026, 10, 20), Now, 1)
        );
    }

    [Fact]
    public void A_ground_outside_the_measure_list_is_refused() =>
        Assert.Throws<DomainValidationException>(() =>
            AssignmentRules.Stop(Granted(new(2026, 3, 1), 4000m), Monthly(), "нет такого", new(2026, 10, 12), null, new(2026, 11, 24), Now, 1));
}
