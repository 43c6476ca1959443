using Sobes.Domain.Common;
using Sobes.Domain.Organisations;
using Sobes.Infrastructure.Measures;

namespace Sobes.Infrastructure.Payments;

/// <summary>Measures' view of what the department's payment periods accrued on an assignment (the assignment's card).</summary>
public sealed class PaidMonthsQuery(AssignmentAccruals payments) : IPaidMonthsQuery
{
    public Task<IReadOnlyDictionary<int, (decimal Accrued, decimal Deducted)>> ByMonthAsync(UserContext user, long assignmentId, int year,
        CancellationToken ct) => payments.AccruedByMonthAsync(user, assignmentId, year, ct);

    public async Task<PaidMonths> FromAsync(UserContext user, long assignmentId, DateOnly from, CancellationToken ct)
    {
        var paid = await payments.AccruedFromAsync(user, assignmentId, from, ct);
        return new PaidMonths(paid.Months.Select(RussianFormat.MonthShort).ToList(), paid.Sum);
    }
}
