using Sobes.Domain.Common;
using Sobes.Domain.Measures;
using Sobes.Domain.Payments;
using Sobes.Domain.Registry;

namespace Sobes.Domain.Tests.Payments;

/// <summary>
/// The payment documents of seed 002 cl. 19.4–19.5, 19.13–19.16: the one-time journal's selection, the post report's matching, the act's
/// arithmetic.
/// </summary>
public class PaymentOutputsTests
{
    [Clause("002", "19.4")]
    [Clause("002", "19.5")]
    [Theory]
    // Seed 002 cl. 19.4–19.5: the monthly foster-family payment of its own month goes on the month's list, not the one-time journal…
    [InlineData(AccrualKind.Regular, MeasureKind.Monthly, false)]
    // …arrears, an adjustment after a recalculation and the re-payment of a returned sum are one-time payments…
    [InlineData(AccrualKind.Arrears, MeasureKind.Monthly, true)]
    [InlineData(AccrualKind.Adjustment, MeasureKind.Monthly, true)]
    [InlineData(AccrualKind.Repayment, MeasureKind.Monthly, true)]
    // …and so is every line of a measure not paid monthly.
    [InlineData(AccrualKind.Regular, MeasureKind.OneTime, true)]
    [InlineData(AccrualKind.Regular, MeasureKind.Yearly, true)]
    [InlineData(AccrualKind.Regular, MeasureKind.Compensation, true)]
    public void Seed_002_cl_19_5_one_time_payments_are_the_sums_outside_the_monthly_schedule(AccrualKind kind, MeasureKind measure, bool oneTime) =>
        Assert.Equal(oneTime, OneTimePayments.IsOneTime(new Accrual { Kind = kind, ToPay = 4430.40m, Method = PaymentMethod.Post }, measure));

    [Clause("002", "19.5")]
    [Fact]
    public void Seed_002_cl_19_5_a_line_that_pays_nothing_or_has_no_channel_is_in_no_journal()
    {
        Assert.False(
            OneTimePayments.IsOneTime(
                new Accrual
                {
                    Kind = AccrualKind.Adjustment,
                    ToPay = -120m,
                    Method = PaymentMethod.Bank,
                },
                MeasureKind.Monthly
            )
        );
        Assert.False(OneTimePayments.IsOneTime(new Accrual { Kind = AccrualKind.Arrears, ToPay = 4430.40m, Method = null }, MeasureKind.Monthly));
    }

    [Clause("002", "19.15")]
    [Clause("002", "19.16")]
    [Clause("002", "4")]
    [Fact]
    public void Seed_002_cl_19_15_the_post_act_pays_the_fee_on_the_sum_actually_paid()
    {
        // Three foster-family payments of 4 430,40 ₽ (seed 002 cl. 4), one of them a re-payment; one not paid by the post.
        var act = ReconciliationRules.Act(PaymentMethod.Post, new CounterpartFigures(3, 13291.20m, 1, 4430.40m, 1, 4430.40m), 1.5m);
        Assert.Equal(2, act.NetCount);
        Assert.Equal(8860.80m, act.Net);
        Assert.Equal(132.91m, act.Fee); // 132.912
        Assert.Equal(8993.71m, act.Total);
    }

    [Clause("002", "19.15")]
    [Fact]
    public void Seed_002_cl_19_15_the_fee_is_rounded_half_away_from_zero_and_absent_without_a_rate()
    {
        Assert.Equal(0.03m, ReconciliationRules.Act(PaymentMethod.Bank, new CounterpartFigures(1, 5m, 0, 0, 0, 0), 0.5m).Fee); // 0.025
        var none = ReconciliationRules.Act(PaymentMethod.Bank, new CounterpartFigures(1, 4430.40m, 0, 0, 0, 0), null);
        Assert.Null(none.Fee);
        Assert.Equal(4430.40m, none.Net);
    }

    [Clause("002", "19.15")]
    [Fact]
    public void Seed_002_cl_19_15_more_returned_than_sent_is_an_error()
    {
        Assert.Throws<DomainValidationException>(() =>
            ReconciliationRules.Act(PaymentMethod.Bank, new CounterpartFigures(1, 100m, 0, 0, 1, 200m), 1m)
        );
        Assert.Equal(ReconciliationRules.PostFeeCode, ReconciliationRules.FeeCode(PaymentMethod.Post));
        Assert.Equal(ReconciliationRules.BankFeeCode, ReconciliationRules.FeeCode(PaymentMethod.Bank));
    }

    private static readonly DateOnly Today = new(2026, 12, 10);

    private static readonly Dictionary<long, ReportableLine> Lines = new()
    {
        [1] = new(1, "Н-1", 4430.40m, PaymentMethod.Post, "456835"),
        [2] = new(2, "Н-2", 2067.52m, PaymentMethod.Post, "456835"),
        [3] = new(3, "Н-3", 4430.40m, PaymentMethod.Bank, null),
    };

    private static PostReportRow Row(int n, long id, string number, decimal amount, bool? paid, string? reason = null) =>
        new(n, id, number, amount, paid, paid == true ? new DateOnly(2026, 12, 5) : null, reason);

    [Clause("002", "19.14")]
    [Fact]
    public void Seed_002_cl_19_14_paid_lines_are_marked_and_unpaid_ones_go_on_the_books_as_returns()
    {
        var d = PostReportRules.Match("2026-12", "2026-12", Lines, new Dictionary<long, LineState>(),
            [Row(1, 1, "Н-1", 4430.40m, true), Row(2, 2, "Н-2", 2067.52m, false, "адресат выбыл")], Today);
        Assert.Equal(2, d.Count);
        Assert.True(d[0] is { Paid: true, AddMark: true, AddReturn: false });
        Assert.True(d[1] is { Paid: false, AddMark: true, AddReturn: true, Reason: "адресат выбыл" });
    }

    [Clause("002", "19.14")]
    [Fact]
    public void Seed_002_cl_19_14_the_same_report_again_adds_nothing()
    {
        var known = new Dictionary<long, LineState> { [1] = LineState.Paid, [2] = LineState.Unpaid };
        var d = PostReportRules.Match("2026-12", "2026-12", Lines, known,
            [Row(1, 1, "Н-1", 4430.40m, true), Row(2, 2, "Н-2", 2067.52m, false, "адресат выбыл")], Today);
        Assert.All(d, x => Assert.False(x.AddMark || x.AddReturn));
    }

    [Clause("002", "19.14")]
    [Fact]
    public void Seed_002_cl_19_14_an_unpaid_line_already_returned_by_hand_gets_its_mark_and_no_second_return()
    {
        var d = Assert.Single(PostReportRules.Match("2026-12", "2026-12", Lines, new Dictionary<long, LineState> { [2] = LineState.ReturnedOnly },
            [Row(1, 2, "Н-2", 2067.52m, false, "отказ от получения")], Today));
        Assert.True(d is { AddMark: true, AddReturn: false });
    }

    [Clause("002", "19.13")]
    [Theory]
    [InlineData("2026-11", 1L, "Н-1", 4430.40, true, "загружается в период 2026-12")]
    [InlineData("2026-12", 9L, "Н-9", 4430.40, true, "с кодом «9» в этом периоде нет")]
    [InlineData("2026-12", 3L, "Н-3", 4430.40, true, "не через почту")]
    [InlineData("2026-12", 1L, "Н-1", 4430.00, true, "не совпадает с суммой к выплате")]
    [InlineData("2026-12", 1L, "Н-2", 4430.40, true, "лицевой счёт «Н-2» не совпадает")]
    [InlineData("2026-12", 1L, "Н-1", 4430.40, null, "нет отметки")]
    [InlineData("2026-12", 2L, "Н-2", 2067.52, false, "причину невыплаты")]
    public void Seed_002_cl_19_13_a_report_that_does_not_match_the_period_is_rejected_whole(
        string period,
        long id,
        string number,
        double amount,
        bool? paid,
        string message
    )
    {
        var rows = new List<PostReportRow> { Row(1, id, number, (decimal)amount, paid) };
        if (id != 2) rows.Add(Row(2, 2, "Н-2", 2067.52m, true));
        var e = Assert.Throws<DomainValidationException>(() =>
            PostReportRules.Match("2026-12", period, Lines, new Dictionary<long, LineState>(), rows, Today)
        );
        Assert.Contains(e.Errors, x => x.Message.Contains(message));
    }

    [Clause("002", "19.14")]
    [Fact]
    public void Seed_002_cl_19_14_a_line_marked_paid_cannot_become_unpaid_by_another_report_nor_appear_twice()
    {
        var e = Assert.Throws<DomainValidationException>(() =>
            PostReportRules.Match(
                "2026-12",
                "2026-12",
                Lines,
                new Dictionary<long, LineState> { [1] = LineState.Paid },
                [Row(1, 1, "Н-1", 4430.40m, false, "не застали дома")],
                Today
            )
        );
        Assert.Contains(e.Errors, x => x.Message.Contains("уже отмечена выплаченной"));
        e = Assert.Throws<DomainValidationException>(() => PostReportRules.Match("2026-12", "2026-12", Lines, new Dictionary<long, LineState>(),
            [Row(1, 1, "Н-1", 4430.40m, true), Row(2, 1, "Н-1", 4430.40m, true)], Today));
        Assert.Contains(e.Errors, x => x.Message.Contains("повторно"));
    }

    [Clause("002", "19.13")]
    [Theory]
    [InlineData("Выплачено", true)]
    [InlineData(" не выплачено ", false)]
    [InlineData("НЕ ВЫПЛАЧЕНО", false)]
    [InlineData("", null)]
    [InlineData("возможно", null)]
    public void The_post_mark_is_read_in_any_case(string text, bool? paid) => Assert.Equal(paid, PostReportRules.ParseMark(text));
}
