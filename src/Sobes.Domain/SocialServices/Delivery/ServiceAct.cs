namespace Sobes.Domain.SocialServices;

/// <summary>Monthly act of services rendered (акт о предоставленных социальных услугах) for one recipient, with the fee.</summary>
public class ServiceAct
{
    public long Id { get; set; }
    public string Number { get; set; } = "";
    public long CitizenId { get; set; }
    public long? ServiceContractId { get; set; }
    public int ProviderOrganisationId { get; set; }
    public ServiceForm Form { get; set; }
    public int Year { get; set; }
    public int Month { get; set; }
    public DateOnly DrawnUpOn { get; set; }
    public List<ServiceActLine> Lines { get; set; } = [];
    /// <summary>Sum of the lines, each already in kopecks.</summary>
    public decimal TotalCost { get; set; }
    public decimal Fee { get; set; }
    public FeeBasis? FeeBasis { get; set; }
    /// <summary>How the fee was computed, in Russian, with the figures; printed on the act.</summary>
    public string FeeExplanation { get; set; } = "";
    /// <summary>The figures the fee was computed from, kept with the act so it can be checked later.</summary>
    public decimal AveragePerCapitaIncome { get; set; }
    public decimal SubsistenceMinimum { get; set; }
    public decimal FreeIncomeLimit { get; set; }
    public decimal? FeeCap { get; set; }
    /// <summary>Signed acts are final: the month is not rebuilt over them.</summary>
    public DateOnly? SignedOn { get; set; }
    public int? SignedByUserId { get; set; }
    public string? SignedByName { get; set; }
}

public class ServiceActLine
{
    public long Id { get; set; }
    public long ServiceActId { get; set; }
    public int SocialServiceId { get; set; }
    /// <summary>Code and name copied at the time of the act, so a later catalogue change does not alter a signed act.</summary>
    public string ServiceCode { get; set; } = "";
    public string ServiceName { get; set; } = "";
    public string Unit { get; set; } = "";
    public decimal Quantity { get; set; }
    public decimal Minutes { get; set; }
    public int? ServiceTariffId { get; set; }
    public decimal Price { get; set; }
    public TariffUnit PriceUnit { get; set; }
    public decimal Cost { get; set; }
}
