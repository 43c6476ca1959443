using Sobes.Domain.Organisations;
using Sobes.Domain.Registry;

namespace Sobes.Domain.Measures;

public enum AssignmentStatus { Active = 1, Suspended = 2, Stopped = 3 }

public enum AssignmentChangeKind { Granted = 1, Recalculated = 2, Suspended = 3, Resumed = 4, Stopped = 5 }

/// <summary>
/// What was granted to whom (назначение): the recipient (who is paid), the beneficiary child if any, the measure, the term,
/// the amount by period and the status. Created by a signed decision on an application.
/// </summary>
public class Assignment : IOrganisationOwned
{
    public long Id { get; set; }
    public string Number { get; set; } = "";
    /// <summary>The recipient: the citizen who is paid.</summary>
    public long CitizenId { get; set; }
    /// <summary>The child the measure is granted for, when the measure is per child.</summary>
    public long? BeneficiaryCitizenId { get; set; }
    public int MeasureId { get; set; }
    public Measure? Measure { get; set; }
    public long? ApplicationId { get; set; }
    public long? ApplicationItemId { get; set; }
    /// <summary>The foster-family contract the payment is for (seed 002): the family's changes recalculate and stop it.</summary>
    public long? FosterContractId { get; set; }
    /// <summary>The department that granted it and pays it.</summary>
    public int OrganisationId { get; set; }
    /// <summary>The territory of the department (kept here so that a region-wide payment run needs no join).</summary>
    public int TerritoryId { get; set; }

    public DateOnly DecidedOn { get; set; }
    public DateOnly StartsOn { get; set; }
    /// <summary>Last day paid when nothing stops it earlier (the day before the 18th birthday, the contract's end); null = indefinite.</summary>
    public DateOnly? EndsOn { get; set; }

    public AssignmentStatus Status { get; set; } = AssignmentStatus.Active;
    /// <summary>First day not paid because of the current suspension (the open one of <see cref="Suspensions"/>); null when not suspended.</summary>
    public DateOnly? SuspendedFrom { get; set; }
    /// <summary>First day not paid after a stop ground (the payment ends the day before).</summary>
    public DateOnly? StoppedFrom { get; set; }
    public string? StopGroundCode { get; set; }
    public string? StatusReason { get; set; }
    /// <summary>The document that establishes the stop ground (death certificate, court decision …).</summary>
    public string? StatusDocument { get; set; }
    /// <summary>When the stop ground was registered: a stop registered after payments were made produces an overpayment.</summary>
    public DateOnly? StatusRegisteredOn { get; set; }

    public PaymentMethod PaymentMethod { get; set; }

    /// <summary>Inputs of the amount rule fixed at the decision.</summary>
    public int Children { get; set; } = 1;
    /// <summary>Children giving an increment (under three, disabled, with limited health abilities).</summary>
    public int ChildrenWithIncrement { get; set; }
    /// <summary>The documented sum for compensations.</summary>
    public decimal? DocumentedSum { get; set; }

    public List<AssignmentPeriod> Periods { get; set; } = [];
    public List<AssignmentChange> Changes { get; set; } = [];
    /// <summary>Intervals with nothing payable (приостановление): the open one, if any, is the current suspension.</summary>
    public List<AssignmentSuspension> Suspensions { get; set; } = [];
    public int Version { get; set; }

    /// <summary>The last day paid, whatever ended it: a stop, a suspension or the term.</summary>
    public DateOnly? LastPaidDay
    {
        get
        {
            DateOnly? end = EndsOn;
            if (StoppedFrom is { } s && (end is null || s.AddDays(-1) < end)) end = s.AddDays(-1);
            return end;
        }
    }

    /// <summary>Nothing is payable from <paramref name="from"/> on: periods starting then or later are dropped, the one covering it ends
    /// the day before.</summary>
    public void EndPeriodsBefore(DateOnly from)
    {
        Periods.RemoveAll(p => p.From >= from);
        foreach (var p in Periods.Where(p => p.To is null || p.To >= from)) p.To = from.AddDays(-1);
    }

    public decimal? AmountOn(DateOnly date) =>
        Periods.Where(p => p.From <= date && (p.To is null || p.To >= date)).Select(p => (decimal?)p.Amount).FirstOrDefault();
}

/// <summary>The amount of an assignment for a span of time (a month's amount for monthly measures, the sum for one-time ones).</summary>
public class AssignmentPeriod
{
    public long Id { get; set; }
    public long AssignmentId { get; set; }
    public DateOnly From { get; set; }
    /// <summary>Null: open-ended.</summary>
    public DateOnly? To { get; set; }
    public decimal Amount { get; set; }
    /// <summary>How it was computed, in Russian: «4260,00 × (1 + 0,15 × 2 + 0,20 × 1) × 1,15 = 7 348,50».</summary>
    public string Basis { get; set; } = "";
}

/// <summary>History of an assignment: the grant, each recalculation (indexation) and status change.</summary>
public class AssignmentChange
{
    public long Id { get; set; }
    public long AssignmentId { get; set; }
    public AssignmentChangeKind Kind { get; set; }
    public DateOnly EffectiveFrom { get; set; }
    public decimal? OldAmount { get; set; }
    public decimal? NewAmount { get; set; }
    public string Reason { get; set; } = "";
    public DateTime AtUtc { get; set; }
    public int? UserId { get; set; }
}

/// <summary>
/// A suspension (приостановление): nothing is payable from <see cref="From"/> until the day before <see cref="ResumedFrom"/>.
/// The periods keep their amounts; the schedule leaves these days out, so a resumed assignment goes on at the amount in force.
/// </summary>
public class AssignmentSuspension
{
    public long Id { get; set; }
    public long AssignmentId { get; set; }
    /// <summary>First day not paid.</summary>
    public DateOnly From { get; set; }
    /// <summary>First day paid again; null while the suspension lasts.</summary>
    public DateOnly? ResumedFrom { get; set; }
    public string Reason { get; set; } = "";
    public string? Document { get; set; }

    public bool Covers(DateOnly day) => day >= From && (ResumedFrom is null || day < ResumedFrom);
}
