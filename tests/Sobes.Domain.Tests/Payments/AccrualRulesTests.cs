using Sobes.Domain.Common;
using Sobes.Domain.Measures;
using Sobes.Domain.Payments;

namespace Sobes.Domain.Tests.Payments;

/// <summary>
/// The lines a payment period adds for an assignment, to the kopeck: the month due by the schedule minus what was already accrued.
/// Figures from seed 002 cl. 4: 4 000 ₽ a month for the maintenance of a child in a foster family.
/// </summary>
[Clause("002", "4")]
public class AccrualRulesTests
{
    private static readonly DateTime At = new(2026, 1, 10, 5, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly LedgerStart = new(2020, 1, 1);

    private static Measure Foster() => new()
    {
        Code = "T-FOSTER", Name = "Содержание ребёнка в приёмной семье", ShortName = "Содержание ребёнка", Kind = MeasureKind.Monthly,
        AmountRule = AmountRuleKind.Fixed, StopRule = StopDateRule.FromNextMonth, PartialMonth = PartialMonthRule.ProRataCalendarDays,
        StopGrounds =
        [
            new StopGround { Code = "8.1-1", Text = "достижения несовершеннолетним возраста 18 лет", Clause = "п. 8.1 подп. 1", Automatic = true },
            new StopGround { Code = "8.1-5", Text = "смерти ребенка, переданного на воспитание в приемную семью", Clause = "п. 8.1 подп. 5" },
        ],
    };

    private static Assignment Assigned(Measure m, DateOnly start, decimal amount, DateOnly? decided = null)
    {
        var a = new Assignment { Number = "Н-1", StartsOn = start, DecidedOn = decided ?? start, Measure = m };
        a.Periods.Add(new AssignmentPeriod { From = start, Amount = amount, Basis = "п. 4 регламента" });
        return a;
    }

    private static Dictionary<DateOnly, decimal> Accrued(params IEnumerable<AccrualDraft>[] runs) =>
        runs.SelectMany(r => r).GroupBy(l => l.ForMonth).ToDictionary(g => g.Key, g => g.Sum(l => l.Amount));

    private static DateOnly M(int year, int month) => new(year, month, 1);

    [Fact]
    public void A_mid_month_start_pays_the_first_month_pro_rata_seed_002_cl_4()
    {
        // 4 000 ₽ from 17 March 2025: 15 of 31 days — 4000 × 15 / 31 = 1935.4838… → 1 935,48.
        var m = Foster();
        var lines = AccrualRules.Lines(
            Assigned(m, new DateOnly(2025, 3, 17), 4000m),
            m,
            M(2025, 3),
            LedgerStart,
            new Dictionary<DateOnly, decimal>()
        );
        var line = Assert.Single(lines);
        Assert.Equal((M(2025, 3), AccrualKind.Regular, 1935.48m), (line.ForMonth, line.Kind, line.Amount));
        Assert.Contains("× 15 / 31", line.Explanation);
    }

    [Fact]
    public void A_late_decision_pays_the_months_before_as_arrears()
    {
        // Decided in May for a placement on 17 March: March pro rata and April in full as arrears, May as the period's own month.
        var m = Foster();
        var a = Assigned(m, new DateOnly(2025, 3, 17), 4000m, decided: new DateOnly(2025, 5, 12));
        var lines = AccrualRules.Lines(a, m, M(2025, 5), LedgerStart, new Dictionary<DateOnly, decimal>());
        Assert.Equal(
            [(M(2025, 3), AccrualKind.Arrears, 1935.48m), (M(2025, 4), AccrualKind.Arrears, 4000m), (M(2025, 5), AccrualKind.Regular, 4000m)],
            lines.Select(l => (l.ForMonth, l.Kind, l.Amount)));
    }

    [Fact]
    public void A_second_run_over_the_same_accruals_adds_nothing()
    {
        var m = Foster();
        var a = Assigned(m, new DateOnly(2025, 3, 17), 4000m, decided: new DateOnly(2025, 5, 12));
        var first = AccrualRules.Lines(a, m, M(2025, 5), LedgerStart, new Dictionary<DateOnly, decimal>());
        Assert.Empty(AccrualRules.Lines(a, m, M(2025, 5), LedgerStart, Accrued(first)));
        // The next month pays only its own month.
        var june = Assert.Single(AccrualRules.Lines(a, m, M(2025, 6), LedgerStart, Accrued(first)));
        Assert.Equal((AccrualKind.Regular, 4000m), (june.Kind, june.Amount));
    }

    [Fact]
    public void An_indexation_from_1_January_recalculated_after_January_was_paid_gives_an_adjustment_in_February()
    {
        // January paid at 4 000 ₽; the indexation to 4 160 ₽ (× 1,04) from 1 January is entered in February.
        var m = Foster();
        var a = Assigned(m, new DateOnly(2025, 6, 1), 4000m);
        var january = AccrualRules.Lines(a, m, M(2026, 1), new DateOnly(2026, 1, 1), new Dictionary<DateOnly, decimal>());
        Assert.Equal(4000m, Assert.Single(january).Amount);
        AssignmentRules.Recalculate(a, new DateOnly(2026, 1, 1), 4160m, "4000 × 1,04", "Индексация", At, null);

        var february = AccrualRules.Lines(a, m, M(2026, 2), new DateOnly(2026, 1, 1), Accrued(january));
        Assert.Equal([(M(2026, 1), AccrualKind.Adjustment, 160m), (M(2026, 2), AccrualKind.Regular, 4160m)],
            february.Select(l => (l.ForMonth, l.Kind, l.Amount)));
        Assert.Contains("начислено ранее " + RussianFormat.Money(4000m), february[0].Explanation);
        Assert.StartsWith("причитается " + RussianFormat.Money(4160m) + " (", february[0].Explanation);
    }

    [Clause("002", "8.1.5")]
    [Fact]
    public void A_stop_registered_after_the_month_was_paid_gives_a_negative_adjustment_seed_002_cl_8_1_subcl_5()
    {
        // The child died on 20 February; by the measure's rule the payment stops from 1 March. March was paid; the death is registered
        // in April: March is overpaid by 4 000 ₽, April pays nothing.
        var m = Foster();
        var a = Assigned(m, new DateOnly(2025, 1, 1), 4000m);
        var paid = Accrued(
            AccrualRules.Lines(a, m, M(2026, 2), new DateOnly(2026, 2, 1), new Dictionary<DateOnly, decimal>()),
            [new AccrualDraft(M(2026, 3), AccrualKind.Regular, 4000m, "")]);
        AssignmentRules.Stop(a, m, "8.1-5", new DateOnly(2026, 2, 20), "Свидетельство о смерти", new DateOnly(2026, 4, 3), At, null);

        var april = Assert.Single(AccrualRules.Lines(a, m, M(2026, 4), new DateOnly(2026, 2, 1), paid));
        Assert.Equal((M(2026, 3), AccrualKind.Adjustment, -4000m), (april.ForMonth, april.Kind, april.Amount));
        Assert.StartsWith("причитается " + RussianFormat.Money(0m) + " (не выплачивается)", april.Explanation);
    }

    [Clause("002", "8.1.1")]
    [Fact]
    public void An_18th_birthday_mid_month_registered_late_leaves_the_rest_of_the_month_overpaid_seed_002_cl_8_1_subcl_1()
    {
        // The child turns 18 on 11 March 2026: the day before is the last day paid (FromEventDay rule): 10 of 31 days are due,
        // 4000 × 10 / 31 = 1290.3225… → 1 290,32; the full 4 000 ₽ was paid, so 2 709,68 ₽ is overpaid.
        var m = Foster();
        m.StopRule = StopDateRule.FromEventDay;
        var a = Assigned(m, new DateOnly(2025, 1, 1), 4000m);
        var paid = new Dictionary<DateOnly, decimal> { [M(2026, 3)] = 4000m };
        AssignmentRules.Stop(a, m, "8.1-1", new DateOnly(2026, 3, 11), null, new DateOnly(2026, 4, 2), At, null);

        var line = Assert.Single(AccrualRules.Lines(a, m, M(2026, 4), new DateOnly(2026, 3, 1), paid));
        Assert.Equal((AccrualKind.Adjustment, -2709.68m), (line.Kind, line.Amount));
    }

    [Fact]
    public void Months_before_the_departments_first_period_were_paid_by_the_previous_system()
    {
        var m = Foster();
        var ledger = new DateOnly(2026, 11, 1);
        var carried = Assigned(m, new DateOnly(2024, 5, 1), 4000m);
        Assert.Equal([M(2026, 11)], AccrualRules.Lines(carried, m, M(2026, 11), ledger, new Dictionary<DateOnly, decimal>()).Select(l => l.ForMonth));
        // Decided after the system started paying: every month from the start is the system's to pay.
        var late = Assigned(m, new DateOnly(2026, 9, 1), 4000m, decided: new DateOnly(2026, 11, 20));
        Assert.Equal(
            [M(2026, 9), M(2026, 10), M(2026, 11)],
            AccrualRules.Lines(late, m, M(2026, 11), ledger, new Dictionary<DateOnly, decimal>()).Select(l => l.ForMonth)
        );
    }

    [Fact]
    public void A_suspended_month_pays_only_the_days_before_the_suspension()
    {
        // Suspended from 16 June 2025: 15 of 30 days — 2 000,00.
        var m = Foster();
        var a = Assigned(m, new DateOnly(2025, 1, 1), 4000m);
        AssignmentStatusRules.Suspend(a, new DateOnly(2025, 6, 16), "Проверка", null, At, null);
        var line = Assert.Single(AccrualRules.Lines(a, m, M(2025, 6), M(2025, 6), new Dictionary<DateOnly, decimal>()));
        Assert.Equal(2000m, line.Amount);
        Assert.Empty(AccrualRules.Lines(a, m, M(2025, 7), M(2025, 6), new Dictionary<DateOnly, decimal> { [M(2025, 6)] = 2000m }));
    }

    [Fact]
    public void A_run_looks_again_only_at_the_months_after_the_previous_period_and_those_a_change_since_then_reaches_back_to()
    {
        Assert.Null(AccrualRules.RecheckFrom(null, new DateOnly(2026, 1, 15)));
        Assert.Equal(M(2026, 5), AccrualRules.RecheckFrom(M(2026, 5), null));
        Assert.Equal(M(2026, 1), AccrualRules.RecheckFrom(M(2026, 5), new DateOnly(2026, 1, 15)));
        Assert.Equal(M(2026, 5), AccrualRules.RecheckFrom(M(2026, 5), new DateOnly(2026, 7, 1)));

        // Paid from January to April with nothing changed since: May's run only pays May, without reading the earlier months again.
        var a = Assigned(Foster(), new DateOnly(2025, 6, 1), 4000m);
        Assert.Equal(
            [(M(2026, 5), AccrualKind.Regular, 4000m)],
            AccrualRules
                .Lines(a, Foster(), M(2026, 5), LedgerStart, new Dictionary<DateOnly, decimal>(), M(2026, 5))
                .Select(l => (l.ForMonth, l.Kind, l.Amount))
        );
        // Without the window the same empty history would be taken for unpaid months back to the start (June 2025: 12 months of arrears).
        Assert.Equal(12, AccrualRules.Lines(a, Foster(), M(2026, 5), LedgerStart, new Dictionary<DateOnly, decimal>()).Count);
    }
}
