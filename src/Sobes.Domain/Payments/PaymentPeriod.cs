using Sobes.Domain.Common;
using Sobes.Domain.Organisations;

namespace Sobes.Domain.Payments;

/// <summary>
/// Stage of a payment period. Approval needs both the head and the chief accountant (seed 002 cl. 19.7: the payment documents go to the
/// head and the chief accountant for signature), in either order: the period is <see cref="Approved"/> when both have signed.
/// </summary>
public enum PaymentPeriodStatus
{
    Open = 1,
    /// <summary>A run started and did not finish (in progress or interrupted): computing again resumes after the checkpoint.</summary>
    Computing = 2,
    Computed = 3,
    Approved = 4,
    Closed = 5,
}

/// <summary>
/// A payment period (выплатной период): one month of one department. Its lines (<see cref="Accrual"/>) are what the month pays;
/// the run computes them in batches ordered by assignment id and stores the last assignment done in <see cref="CheckpointAssignmentId"/>
/// in the same transaction as the batch, so a run killed mid-way resumes after the checkpoint.
/// </summary>
public class PaymentPeriod : IOrganisationOwned
{
    public long Id { get; set; }
    public int OrganisationId { get; set; }
    public int Year { get; set; }
    public int Month { get; set; }
    public PaymentPeriodStatus Status { get; set; } = PaymentPeriodStatus.Open;
    /// <summary>
    /// The first month the system pays for this department (the month of its first period): months before it were paid by the previous
    /// system for assignments decided before it, so they are neither arrears nor adjustments.
    /// </summary>
    public DateOnly LedgerStart { get; set; }
    public long? CheckpointAssignmentId { get; set; }

    public DateTime OpenedAtUtc { get; set; }
    public int? OpenedByUserId { get; set; }
    /// <summary>
    /// When the last run of the period started (kept when an interrupted run resumes): changes recorded since reach the next period.
    /// </summary>
    public DateTime? RunStartedAtUtc { get; set; }
    public DateTime? ComputedAtUtc { get; set; }
    public int? ComputedByUserId { get; set; }
    public DateTime? HeadApprovedAtUtc { get; set; }
    public int? HeadApprovedByUserId { get; set; }
    public DateTime? AccountantApprovedAtUtc { get; set; }
    public int? AccountantApprovedByUserId { get; set; }
    public DateTime? ClosedAtUtc { get; set; }
    public int? ClosedByUserId { get; set; }
    public int Version { get; set; }

    public DateOnly FirstDay => new(Year, Month, 1);
    public string Title => $"{RussianFormat.MonthNameCapitalised(Month)} {Year}";
    public bool HasApprovals => HeadApprovedAtUtc is not null || AccountantApprovedAtUtc is not null;

    /// <summary>
    /// Opens a month for a department. The department pays month by month (seed 002 cl. 19.13–19.14: «по окончании выплатного периода»,
    /// «ежемесячно»), so months go forward: the new period is later than the department's latest one (<paramref name="latest"/>); the first
    /// one fixes the month from which the system pays (<paramref name="ledgerStart"/> is that of the department's first period, if any).
    /// </summary>
    public static PaymentPeriod Open(int organisationId, int? year, int? month, PaymentPeriod? latest, DateOnly? ledgerStart, DateTime atUtc,
        int userId)
    {
        var first = ValidMonth(year, month);
        if (latest is not null && latest.Year * 12 + latest.Month >= first.Year * 12 + first.Month)
            throw new DomainValidationException([new("month", $"Последний открытый период — {latest.Title}: следующий должен быть позже.")]);
        return new PaymentPeriod
        {
            OrganisationId = organisationId, Year = first.Year, Month = first.Month, LedgerStart = ledgerStart ?? first,
            OpenedAtUtc = atUtc, OpenedByUserId = userId,
        };
    }

    /// <summary>
    /// The first day of the month asked for: a year from 2000 to 2100 and a month from 1 to 12, or the errors of both fields.
    /// </summary>
    public static DateOnly ValidMonth(int? year, int? month)
    {
        var errors = new List<ValidationError>();
        if (year is not (>= 2000 and <= 2100)) errors.Add(new("year", "Укажите год от 2000 до 2100."));
        if (month is not (>= 1 and <= 12)) errors.Add(new("month", "Укажите месяц от 1 до 12."));
        if (errors.Count > 0) throw new DomainValidationException(errors);
        return new DateOnly(year!.Value, month!.Value, 1);
    }

    /// <summary>
    /// A run may start on an open period, resume an interrupted one, or recompute a computed one nobody has approved yet.
    /// </summary>
    public void StartRun(DateTime atUtc, int? userId)
    {
        switch (Status)
        {
            case PaymentPeriodStatus.Open or PaymentPeriodStatus.Computing:
                break;
            case PaymentPeriodStatus.Computed when !HasApprovals:
                CheckpointAssignmentId = null;
                break;
            case PaymentPeriodStatus.Computed:
                throw new ConflictException("Период уже подписан: пересчитать его нельзя. Исправления войдут в следующий период.");
            default:
                throw new ConflictException($"Период {Title} {Russian(Status)}: рассчитывать его нельзя.");
        }
        if (Status != PaymentPeriodStatus.Computing) RunStartedAtUtc = atUtc;
        Status = PaymentPeriodStatus.Computing;
        ComputedByUserId = userId;
        ComputedAtUtc = atUtc;
    }

    public void FinishRun(DateTime atUtc)
    {
        if (Status != PaymentPeriodStatus.Computing) throw new ConflictException("Расчёт периода не идёт.");
        Status = PaymentPeriodStatus.Computed;
        ComputedAtUtc = atUtc;
        CheckpointAssignmentId = null;
    }

    /// <summary>The head or the chief accountant signs; the second signature makes the period approved.</summary>
    public void Approve(Role role, DateTime atUtc, int userId)
    {
        if (Status != PaymentPeriodStatus.Computed)
            throw new ConflictException($"Подписать можно рассчитанный период; период {Title} {Russian(Status)}.");
        switch (role)
        {
            case Role.Head:
                if (HeadApprovedAtUtc is not null) throw new ConflictException("Начальник уже подписал выплатные документы периода.");
                (HeadApprovedAtUtc, HeadApprovedByUserId) = (atUtc, userId);
                break;
            case Role.Accountant:
                if (AccountantApprovedAtUtc is not null) throw new ConflictException("Главный бухгалтер уже подписал выплатные документы периода.");
                (AccountantApprovedAtUtc, AccountantApprovedByUserId) = (atUtc, userId);
                break;
            default:
                throw new ForbiddenException("Выплатные документы подписывают начальник управления и главный бухгалтер (п. 19.7 регламента).");
        }
        if (HeadApprovedAtUtc is not null && AccountantApprovedAtUtc is not null) Status = PaymentPeriodStatus.Approved;
    }

    public void Close(DateTime atUtc, int userId)
    {
        if (Status != PaymentPeriodStatus.Approved)
            throw new ConflictException("Закрыть можно период, подписанный начальником и главным бухгалтером.");
        Status = PaymentPeriodStatus.Closed;
        (ClosedAtUtc, ClosedByUserId) = (atUtc, userId);
    }

    public static string Russian(PaymentPeriodStatus status) => status switch
    {
        PaymentPeriodStatus.Open => "открыт",
        PaymentPeriodStatus.Computing => "рассчитывается (расчёт не завершён)",
        PaymentPeriodStatus.Computed => "рассчитан",
        PaymentPeriodStatus.Approved => "подписан",
        PaymentPeriodStatus.Closed => "закрыт",
        _ => status.ToString(),
    };

    /// <summary>The stage in words, with the signatures a computed period already has.</summary>
    public string Stage => Status == PaymentPeriodStatus.Computed && HasApprovals
        ? "рассчитан, подписан " + (HeadApprovedAtUtc is not null ? "начальником" : "главным бухгалтером")
        : Russian(Status);
}
