using Sobes.Domain.Measures;

namespace Sobes.Domain.Payments;

/// <summary>One deduction: from which payment line, for which overpayment, how much.</summary>
public sealed record DeductionShare(int LineIndex, int OverpaymentIndex, decimal Amount);

/// <summary>
/// Recovery of overpayments by deduction from later payments. Seed 002 does not regulate recovery at all (its cl. 19.12–19.14 deal only
/// with returned and unpaid sums; cl. 6.5 is about informing applicants); by analogy with 400-ФЗ ст. 29 (no more than 20 % of a payment is
/// withheld) the deduction from each payment line is limited to a percentage of it — a dated parameter of the region
/// (<see cref="ParameterCode"/>), <see cref="DefaultPercent"/> when none is set. The limit is rounded to kopecks half away from zero, once
/// per line; overpayments are recovered oldest first.
/// </summary>
public static class RecoveryRules
{
    /// <summary>Code of the dated region-wide parameter (<see cref="MeasureParameter"/>) with the limit in percent.</summary>
    public const string ParameterCode = "УДЕРЖ";
    public const decimal DefaultPercent = 20m;

    public static decimal Limit(decimal payment, decimal percent) => payment <= 0 ? 0 : AmountCalculator.Round(payment * percent / 100m);

    /// <param name="payments">Positive sums of the citizen's lines in the period, in order.</param>
    /// <param name="balances">Open balances of the citizen's overpayments, oldest first.</param>
    public static IReadOnlyList<DeductionShare> Deduct(IReadOnlyList<decimal> payments, IReadOnlyList<decimal> balances, decimal percent) =>
        DeductWithin(payments.Select(p => Limit(p, percent)).ToList(), balances);

    /// <param name="rooms">What may still be withheld from each line: its limit less what was already withheld from it.</param>
    /// <param name="balances">Open balances, oldest first.</param>
    public static IReadOnlyList<DeductionShare> DeductWithin(IReadOnlyList<decimal> rooms, IReadOnlyList<decimal> balances)
    {
        var left = balances.ToArray();
        var shares = new List<DeductionShare>();
        for (var i = 0; i < rooms.Count; i++)
        {
            var room = rooms[i];
            for (var j = 0; j < left.Length && room > 0; j++)
            {
                var take = Math.Min(room, left[j]);
                if (take <= 0) continue;
                shares.Add(new DeductionShare(i, j, take));
                left[j] -= take;
                room -= take;
            }
        }
        return shares;
    }
}
