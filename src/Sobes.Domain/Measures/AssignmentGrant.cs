using Sobes.Domain.Registry;

namespace Sobes.Domain.Measures;

/// <summary>
/// What a signed decision grants, as the assignment needs it: the recipient and the child, the source application and item, the department,
/// the draft's term and inputs. Built by the applications module (<c>MeasureApplication.GrantOf</c>); Measures knows no application.
/// </summary>
public sealed record AssignmentGrant
{
    public long ApplicationId { get; init; }
    public long ApplicationItemId { get; init; }
    /// <summary>«Р-2026-0001»: the decision's number (or the application's, when the decision has none).</summary>
    public string DecisionNumber { get; init; } = "";
    public DateOnly RegisteredOn { get; init; }
    public long CitizenId { get; init; }
    public long? BeneficiaryCitizenId { get; init; }
    public long? FosterContractId { get; init; }
    public int OrganisationId { get; init; }
    public PaymentMethod PaymentMethod { get; init; }
    public DateOnly? PeriodFrom { get; init; }
    public DateOnly? PeriodTo { get; init; }
    public DateOnly? EventDate { get; init; }
    public DateOnly? ContractEndsOn { get; init; }
    public int Children { get; init; } = 1;
    public int ChildrenWithIncrement { get; init; }
    public decimal? DocumentedSum { get; init; }
}
