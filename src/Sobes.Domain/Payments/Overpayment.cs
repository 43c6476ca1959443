using Sobes.Domain.Organisations;

namespace Sobes.Domain.Payments;

public enum RecoveryKind
{
    /// <summary>Withheld from a later payment, within the limit per payment.</summary>
    Deduction = 1,
    /// <summary>Paid back by the citizen voluntarily.</summary>
    Refund = 2,
    /// <summary>Written off (not recoverable: death, the limitation period, a court's refusal).</summary>
    WriteOff = 3,
}

/// <summary>
/// An overpayment (переплата): a month was paid more than the assignment is due for it — typically a stop ground registered after the month
/// was paid (the 18th birthday or a death recorded late; seed 002 cl. 8.1). Found by a payment run as a negative difference; the balance
/// falls with each <see cref="Recovery"/>.
/// </summary>
public class Overpayment : IOrganisationOwned
{
    public long Id { get; set; }
    public int OrganisationId { get; set; }
    public long CitizenId { get; set; }
    public long AssignmentId { get; set; }
    public string AssignmentNumber { get; set; } = "";
    public int MeasureId { get; set; }
    public DateOnly ForMonth { get; set; }
    public decimal Amount { get; set; }
    public decimal Balance { get; set; }
    public string Reason { get; set; } = "";
    public DateOnly DetectedOn { get; set; }
    /// <summary>The period whose run found it; recovery by deduction starts in a later period.</summary>
    public long DetectedInPeriodId { get; set; }
    public List<Recovery> Recoveries { get; set; } = [];

    public bool IsOpen => Balance > 0;
}

public class Recovery
{
    public long Id { get; set; }
    public long OverpaymentId { get; set; }
    public RecoveryKind Kind { get; set; }
    public decimal Amount { get; set; }
    public DateOnly On { get; set; }
    /// <summary>For a deduction: the period and line it was withheld from.</summary>
    public long? PeriodId { get; set; }
    public long? AccrualId { get; set; }
    /// <summary>Set by a run so that the line and its deduction are saved together.</summary>
    public Accrual? Accrual { get; set; }
    public string? Document { get; set; }
    public DateTime AtUtc { get; set; }
    public int? UserId { get; set; }

    public static string Russian(RecoveryKind kind) => kind switch
    {
        RecoveryKind.Deduction => "удержание из выплаты",
        RecoveryKind.Refund => "добровольный возврат",
        RecoveryKind.WriteOff => "списание",
        _ => kind.ToString(),
    };
}
