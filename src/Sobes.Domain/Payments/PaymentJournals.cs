using Sobes.Domain.Measures;
using Sobes.Domain.Registry;

namespace Sobes.Domain.Payments;

/// <summary>One payable line reduced to what the journals count: the assignment, how it is paid and how much.</summary>
public sealed record JournalLine(long AssignmentId, long CitizenId, int MeasureId, FundingLevel Funding, PaymentMethod? Method, decimal ToPay);

/// <summary>A row of the movement journal (форма П-7, seed 002 cl. 19.4) for one payment method.</summary>
public sealed record MovementRow(PaymentMethod? Method, int OpeningCount, decimal OpeningSum, int ArrivedCount, decimal ArrivedSum,
    int LeftCount, decimal LeftSum, int ClosingCount, decimal ClosingSum)
{
    /// <summary>
    /// The sum of the recipients who stayed changed (indexation, arrears, deductions): closing − opening − arrived + left.
    /// </summary>
    public decimal ChangedSum => ClosingSum - OpeningSum - ArrivedSum + LeftSum;
}

/// <summary>
/// A row of the funding request to the ministry (seed 002 cl. 19.8): a measure at a budget level, split by payment method.
/// </summary>
public sealed record FundingRow(int MeasureId, FundingLevel Funding, int Recipients, decimal ViaBank, decimal ViaPost, decimal WithoutDetails)
{
    public decimal Total => ViaBank + ViaPost + WithoutDetails;
}

/// <summary>
/// The journals of a payment period, counted from its lines. Movement: an assignment paid in this period and not in the previous one
/// «arrived», paid before and not now «left»; counts are of assignments (личные счета), sums of what is paid.
/// </summary>
public static class PaymentJournals
{
    public static IReadOnlyList<MovementRow> Movement(IEnumerable<JournalLine> previous, IEnumerable<JournalLine> current)
    {
        var before = ByAssignment(previous);
        var now = ByAssignment(current);
        var methods = before.Values.Select(v => v.Method).Concat(now.Values.Select(v => v.Method)).Distinct().OrderBy(m => m ?? (PaymentMethod)99);
        return methods.Select(m =>
        {
            var b = before.Where(x => x.Value.Method == m).ToDictionary(x => x.Key, x => x.Value.Sum);
            var n = now.Where(x => x.Value.Method == m).ToDictionary(x => x.Key, x => x.Value.Sum);
            var arrived = n.Where(x => !b.ContainsKey(x.Key)).ToList();
            var left = b.Where(x => !n.ContainsKey(x.Key)).ToList();
            return new MovementRow(
                m,
                b.Count,
                b.Values.Sum(),
                arrived.Count,
                arrived.Sum(x => x.Value),
                left.Count,
                left.Sum(x => x.Value),
                n.Count,
                n.Values.Sum()
            );
        }).ToList();
    }

    public static IReadOnlyList<FundingRow> Funding(IEnumerable<JournalLine> lines) =>
        lines.GroupBy(l => (l.MeasureId, l.Funding))
            .Select(g => new FundingRow(g.Key.MeasureId, g.Key.Funding, g.Select(l => l.CitizenId).Distinct().Count(),
                g.Where(l => l.Method == PaymentMethod.Bank).Sum(l => l.ToPay),
                g.Where(l => l.Method == PaymentMethod.Post).Sum(l => l.ToPay),
                g.Where(l => l.Method == null).Sum(l => l.ToPay)))
            .OrderBy(r => r.Funding).ThenBy(r => r.MeasureId).ToList();

    // An assignment is counted under the method of its largest line (a re-paid return may go another way).
    private static Dictionary<long, (PaymentMethod? Method, decimal Sum)> ByAssignment(IEnumerable<JournalLine> lines) =>
        lines.Where(l => l.ToPay > 0).GroupBy(l => l.AssignmentId)
            .ToDictionary(g => g.Key, g => (g.OrderByDescending(l => l.ToPay).First().Method, g.Sum(l => l.ToPay)));
}
