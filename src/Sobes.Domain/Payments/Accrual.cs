using Sobes.Domain.Measures;
using Sobes.Domain.Organisations;
using Sobes.Domain.Registry;

namespace Sobes.Domain.Payments;

public enum AccrualKind
{
    /// <summary>The period's own month.</summary>
    Regular = 1,
    /// <summary>An earlier month never paid (a late decision, a start back in time).</summary>
    Arrears = 2,
    /// <summary>
    /// The difference for a month already paid after a retroactive change (indexation, a stop registered late); negative = overpaid.
    /// </summary>
    Adjustment = 3,
    /// <summary>
    /// A sum returned by a bank or unpaid by the post, paid again after the details were corrected. Not an accrual: it pays one.
    /// </summary>
    Repayment = 4,
}

/// <summary>
/// One line of a payment period (начисление): what an assignment pays for one month, and how it reaches the recipient.
/// The payment details are a snapshot taken by the run: the registers show what was sent, whatever the personal file says later.
/// </summary>
public class Accrual : IOrganisationOwned
{
    public long Id { get; set; }
    public long PeriodId { get; set; }
    public int OrganisationId { get; set; }
    public long AssignmentId { get; set; }
    public string AssignmentNumber { get; set; } = "";
    public long CitizenId { get; set; }
    public string RecipientName { get; set; } = "";
    public int MeasureId { get; set; }
    public FundingLevel Funding { get; set; }
    /// <summary>The month the sum is for (the first day of it).</summary>
    public DateOnly ForMonth { get; set; }
    public AccrualKind Kind { get; set; }
    /// <summary>Accrued (negative: an overpayment recognised for that month).</summary>
    public decimal Amount { get; set; }
    /// <summary>Withheld from this line to recover an overpayment.</summary>
    public decimal Deduction { get; set; }
    public decimal ToPay { get; set; }
    public string Explanation { get; set; } = "";

    /// <summary>
    /// Null: the personal file has no payment details — the line is accrued but goes to no register until they are entered.
    /// </summary>
    public PaymentMethod? Method { get; set; }
    public string? Bik { get; set; }
    public string? BankName { get; set; }
    public string? Account { get; set; }
    public string? PostOfficeIndex { get; set; }

    /// <summary>Lines that count towards what a month has been accrued (a repayment only pays an accrued sum again).</summary>
    public static bool CountsAsAccrued(AccrualKind kind) => kind != AccrualKind.Repayment;

    public static string Russian(AccrualKind kind) => kind switch
    {
        AccrualKind.Regular => "текущий месяц",
        AccrualKind.Arrears => "доплата за прошлый месяц",
        AccrualKind.Adjustment => "перерасчёт",
        AccrualKind.Repayment => "повторная выплата возврата",
        _ => kind.ToString(),
    };

    public void Snapshot(PaymentDetails details, PaymentMethod? fallback)
    {
        Method = details.Method ?? (fallback is PaymentMethod.Bank or PaymentMethod.Post ? fallback : null);
        Bik = Method == PaymentMethod.Bank ? details.Bik : null;
        BankName = Method == PaymentMethod.Bank ? details.BankName : null;
        Account = Method == PaymentMethod.Bank ? details.Account : null;
        PostOfficeIndex = Method == PaymentMethod.Post ? details.PostOfficeIndex : null;
    }
}
