using Sobes.Domain.Common;
using Sobes.Domain.Organisations;
using Sobes.Domain.Registry;

namespace Sobes.Domain.Payments;

public enum PaymentReturnStatus
{
    /// <summary>On the books: returned and not yet paid again or written off (seed 002 cl. 19.14 — kept for further payment).</summary>
    OnBooks = 1,
    Repaid = 2,
    WrittenOff = 3,
}

/// <summary>
/// A sum a bank returned (not credited: closed account, wrong details) or the post did not pay (seed 002 cl. 19.12–19.14).
/// It stays on the books until the details are corrected and it is paid again in a later period, or it is written off.
/// </summary>
public class PaymentReturn : IOrganisationOwned
{
    public long Id { get; set; }
    public int OrganisationId { get; set; }
    public long AccrualId { get; set; }
    public long PeriodId { get; set; }
    public long CitizenId { get; set; }
    public long AssignmentId { get; set; }
    public DateOnly ForMonth { get; set; }
    public PaymentMethod Channel { get; set; }
    public decimal Amount { get; set; }
    public string Reason { get; set; } = "";
    public DateOnly ReturnedOn { get; set; }
    public PaymentReturnStatus Status { get; set; } = PaymentReturnStatus.OnBooks;
    /// <summary>
    /// The details were checked and corrected: the next computed period pays it again with the personal file's current details.
    /// </summary>
    public bool RepayRequested { get; set; }
    public long? RepaidInPeriodId { get; set; }
    public DateOnly? WrittenOffOn { get; set; }
    public string? WriteOffReason { get; set; }
    public DateTime AtUtc { get; set; }
    public int? UserId { get; set; }

    public void RequestRepayment()
    {
        if (Status != PaymentReturnStatus.OnBooks) throw new ConflictException($"Возврат {Russian(Status)}.");
        RepayRequested = true;
    }

    public void WriteOff(DateOnly on, string reason)
    {
        if (Status != PaymentReturnStatus.OnBooks) throw new ConflictException($"Возврат {Russian(Status)}.");
        if (string.IsNullOrWhiteSpace(reason)) throw new DomainValidationException([new("reason", "Укажите основание списания.")]);
        (Status, WrittenOffOn, WriteOffReason, RepayRequested) = (PaymentReturnStatus.WrittenOff, on, reason.Trim(), false);
    }

    public static string Russian(PaymentReturnStatus status) => status switch
    {
        PaymentReturnStatus.OnBooks => "на учёте",
        PaymentReturnStatus.Repaid => "выплачен повторно",
        PaymentReturnStatus.WrittenOff => "списан",
        _ => status.ToString(),
    };
}
