using Sobes.Domain.Payments;

namespace Sobes.Domain.Tests.Payments;

/// <summary>
/// Recovery of overpayments by deduction: at most a percentage of each payment (20 % by analogy with 400-ФЗ ст. 29), oldest first.
/// </summary>
public class RecoveryRulesTests
{
    [Fact]
    public void The_deduction_from_a_payment_is_at_most_twenty_percent_of_it()
    {
        // 4 000 ₽ overpaid; the next payment is 4 430,40 ₽: 886,08 ₽ is withheld, 3 113,92 ₽ stays to recover.
        var shares = RecoveryRules.Deduct([4430.40m], [4000m], RecoveryRules.DefaultPercent);
        Assert.Equal(886.08m, Assert.Single(shares).Amount);
    }

    [Fact]
    public void The_limit_is_rounded_to_kopecks_half_away_from_zero_once_per_line()
    {
        Assert.Equal(387.10m, RecoveryRules.Limit(1935.48m, 20m)); // 387.096
        Assert.Equal(250.03m, RecoveryRules.Limit(1000.10m, 25m)); // 250.025
        Assert.Equal(0m, RecoveryRules.Limit(-5m, 20m));
    }

    [Fact]
    public void A_small_balance_is_recovered_whole_and_the_oldest_overpayment_goes_first()
    {
        var shares = RecoveryRules.Deduct([4000m, 1000m], [100m, 2000m], 20m);
        Assert.Equal([(0, 0, 100m), (0, 1, 700m), (1, 1, 200m)], shares.Select(s => (s.LineIndex, s.OverpaymentIndex, s.Amount)));
    }

    [Fact]
    public void Nothing_is_deducted_without_an_open_balance()
    {
        Assert.Empty(RecoveryRules.Deduct([4000m], [0m], 20m));
        Assert.Empty(RecoveryRules.Deduct([4000m], [], 20m));
    }
}
