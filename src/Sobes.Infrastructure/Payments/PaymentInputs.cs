using Sobes.Domain.Payments;
using Sobes.Domain.Registry;

namespace Sobes.Infrastructure.Payments;

public sealed record OpenPeriodInput(int? Year, int? Month);

public sealed record ReturnInput(long? AccrualId, decimal? Amount, string? Reason, DateOnly? ReturnedOn);

public sealed record WriteOffInput(string? Reason);

public sealed record RefundInput(decimal? Amount, DateOnly? On, string? Document);

/// <summary>
/// How a run goes: the batch size (assignments per SaveChanges) and a hook after each batch (progress, or a test's simulated crash).
/// </summary>
public sealed class RunOptions
{
    public int BatchSize { get; init; } = 5000;
    public Func<int, CancellationToken, Task>? AfterBatch { get; init; }
}

public sealed record PeriodListItem(
    long Id,
    int Year,
    int Month,
    string Title,
    PaymentPeriodStatus Status,
    string Stage,
    int Lines,
    int Recipients,
    decimal ToPay
);

public sealed record PeriodTotalRow(
    int MeasureId,
    string Measure,
    Sobes.Domain.Measures.FundingLevel Funding,
    int Recipients,
    int Lines,
    decimal Accrued,
    decimal Deducted,
    decimal ToPay
);

public sealed record PeriodDetails(PaymentPeriod Period, string Organisation, IReadOnlyList<PeriodTotalRow> Totals, int Lines, int Recipients,
    decimal Accrued, decimal Deducted, decimal ToPay, IReadOnlyDictionary<PaymentMethod, (int Count, decimal Sum)> ByMethod,
    IReadOnlyDictionary<int, string> UserNames, int Overpayments, decimal OverpaymentsFound, int WithoutDetails, decimal WithoutDetailsSum);

public sealed class LineFilter
{
    public AccrualKind? Kind { get; init; }
    public PaymentMethod? Method { get; init; }
    public int? MeasureId { get; init; }
    public string? Name { get; init; }
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 50;
}

public sealed record LineItem(
    long Id,
    string AssignmentNumber,
    long AssignmentId,
    long CitizenId,
    string RecipientName,
    string Measure,
    DateOnly ForMonth,
    AccrualKind Kind,
    decimal Amount,
    decimal Deduction,
    decimal ToPay,
    PaymentMethod? Method,
    string Details,
    string Explanation,
    bool Returned
);

public sealed record LinePage(IReadOnlyList<LineItem> Items, int Total, int Page, int PageSize);

public sealed record YearTotalRow(
    int MeasureId,
    string Measure,
    string? ReportLine,
    Sobes.Domain.Measures.FundingLevel Funding,
    int Month,
    int Recipients,
    decimal Sum
);

public sealed record YearTotals(int Year, IReadOnlyList<YearTotalRow> ByMonth, IReadOnlyList<YearTotalRow> ByYear, int Recipients, decimal Sum);
