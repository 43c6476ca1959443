using Sobes.Domain.Measures;

namespace Sobes.Domain.Payments;

/// <summary>
/// Which lines of a period are one-time payments (разовые выплаты, seed 002 cl. 19.4–19.5, 19.7): they are paid by a one-time order
/// (разовое поручение) through the post or a one-time list to a credit institution, and entered in the journal of one-time payments,
/// not in the month's regular list. Rule: a line that pays something through a channel (to pay &gt; 0, bank or post) is one-time when
/// <list type="bullet">
/// <item>its measure is not paid monthly (one-time, yearly, compensation of expenses: <see cref="Measure.IsPeriodic"/> is false), or</item>
/// <item>it is not the period's own month: arrears for an earlier month, a positive adjustment after a recalculation, or the re-payment of
/// a returned sum — the sums outside the monthly schedule that the regular list does not carry.</item>
/// </list>
/// A regular monthly line stays on the month's list (машинограмма, bank register).
/// </summary>
public static class OneTimePayments
{
    public static bool IsOneTime(AccrualKind kind, MeasureKind measureKind) =>
        measureKind != MeasureKind.Monthly || kind != AccrualKind.Regular;

    public static bool IsOneTime(Accrual line, MeasureKind measureKind) =>
        line.ToPay > 0 && line.Method != null && IsOneTime(line.Kind, measureKind);
}
