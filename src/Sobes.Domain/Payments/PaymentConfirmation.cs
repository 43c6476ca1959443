namespace Sobes.Domain.Payments;

/// <summary>
/// The post's mark on one line from its report of paid and unpaid sums (seed 002 cl. 19.13–19.14): paid (with the date) or not paid
/// (with the reason; the sum then goes on the books as a <see cref="PaymentReturn"/>). One mark per line: a report imported again
/// finds the marks already there and changes nothing.
/// </summary>
public class PaymentConfirmation
{
    public long Id { get; set; }
    public int OrganisationId { get; set; }
    public long PeriodId { get; set; }
    public long AccrualId { get; set; }
    public bool Paid { get; set; }
    public DateOnly? PaidOn { get; set; }
    public string? Reason { get; set; }
    /// <summary>The file name of the report, or «API».</summary>
    public string Source { get; set; } = "";
    public DateOnly ReportedOn { get; set; }
    public DateTime AtUtc { get; set; }
    public int? UserId { get; set; }
}
