using Sobes.Domain.Payments;
using Sobes.Infrastructure.Payments;

namespace Sobes.Web.Areas.Payments.Api;

public sealed record PeriodDto(
    long Id,
    int OrganisationId,
    int Year,
    int Month,
    string Title,
    PaymentPeriodStatus Status,
    string Stage,
    DateOnly LedgerStart,
    long? CheckpointAssignmentId,
    DateTime? ComputedAtUtc,
    DateTime? HeadApprovedAtUtc,
    DateTime? AccountantApprovedAtUtc,
    DateTime? ClosedAtUtc,
    PeriodSummaryDto? Summary
)
{
    public static PeriodDto From(PaymentPeriod p, PeriodSummaryDto? summary = null) =>
        new(
            p.Id,
            p.OrganisationId,
            p.Year,
            p.Month,
            p.Title,
            p.Status,
            p.Stage,
            p.LedgerStart,
            p.CheckpointAssignmentId,
            p.ComputedAtUtc,
            p.HeadApprovedAtUtc,
            p.AccountantApprovedAtUtc,
            p.ClosedAtUtc,
            summary
        );

    public static PeriodDto From(PeriodDetails d) =>
        From(
            d.Period,
            new PeriodSummaryDto(
                d.Organisation,
                d.Lines,
                d.Recipients,
                d.Accrued,
                d.Deducted,
                d.ToPay,
                d.ByMethod.Select(m => new MethodTotalDto(m.Key, m.Value.Count, m.Value.Sum)).ToList(),
                d.Totals,
                d.Overpayments,
                d.OverpaymentsFound,
                d.WithoutDetails,
                d.WithoutDetailsSum
            )
        );
}

public sealed record MethodTotalDto(Sobes.Domain.Registry.PaymentMethod Method, int Lines, decimal Sum);

public sealed record PeriodSummaryDto(string Organisation, int Lines, int Recipients, decimal Accrued, decimal Deducted, decimal ToPay,
    IReadOnlyList<MethodTotalDto> ByMethod, IReadOnlyList<PeriodTotalRow> ByMeasure, int Overpayments, decimal OverpaymentsFound,
    int WithoutDetails, decimal WithoutDetailsSum);

public sealed record ReturnDto(
    long Id,
    long AccrualId,
    long PeriodId,
    string Period,
    long CitizenId,
    string RecipientName,
    string AssignmentNumber,
    DateOnly ForMonth,
    Sobes.Domain.Registry.PaymentMethod Channel,
    decimal Amount,
    string Reason,
    DateOnly ReturnedOn,
    PaymentReturnStatus Status,
    bool RepayRequested,
    string? RepaidIn,
    string? WriteOffReason
)
{
    public static ReturnDto From(ReturnItem i)
    {
        var r = i.Return;
        return new(
            r.Id,
            r.AccrualId,
            r.PeriodId,
            i.PeriodTitle,
            r.CitizenId,
            i.RecipientName,
            i.AssignmentNumber,
            r.ForMonth,
            r.Channel,
            r.Amount,
            r.Reason,
            r.ReturnedOn,
            r.Status,
            r.RepayRequested,
            i.RepaidIn,
            r.WriteOffReason
        );
    }
}

public sealed record ReturnRegisteredDto(long Id, decimal Amount, PaymentReturnStatus Status);

public sealed record ReturnRepayDto(long Id, PaymentReturnStatus Status, bool RepayRequested);

public sealed record ReturnWrittenOffDto(long Id, PaymentReturnStatus Status, string? WriteOffReason);

public sealed record RecoveryDto(RecoveryKind Kind, decimal Amount, DateOnly On, long? PeriodId, string? Document);

public sealed record OverpaymentDto(
    long Id,
    long CitizenId,
    string? RecipientName,
    long AssignmentId,
    string AssignmentNumber,
    string? Measure,
    DateOnly ForMonth,
    decimal Amount,
    decimal Balance,
    string Reason,
    DateOnly DetectedOn,
    long DetectedInPeriodId,
    IReadOnlyList<RecoveryDto> Recoveries
)
{
    public static OverpaymentDto From(OverpaymentItem i) => From(i.Overpayment, i);

    public static OverpaymentDto From(Overpayment o, OverpaymentItem? i) =>
        new(
            o.Id,
            o.CitizenId,
            i?.RecipientName,
            o.AssignmentId,
            o.AssignmentNumber,
            i?.Measure,
            o.ForMonth,
            o.Amount,
            o.Balance,
            o.Reason,
            o.DetectedOn,
            o.DetectedInPeriodId,
            o.Recoveries.OrderBy(r => r.On)
                .ThenBy(r => r.Id)
                .Select(r => new RecoveryDto(r.Kind, r.Amount, r.On, r.PeriodId, r.Document))
                .ToList()
        );
}
