namespace Sobes.Domain.SocialServices;

/// <summary>Socio-demographic group for which a region sets its subsistence minimum.</summary>
public enum SubsistenceGroup
{
    PerCapita = 1,
    WorkingAge = 2,
    Pensioners = 3,
    Children = 4,
}

public static class SubsistenceGroupNames
{
    public static string Russian(this SubsistenceGroup group) => group switch
    {
        SubsistenceGroup.PerCapita => "на душу населения",
        SubsistenceGroup.WorkingAge => "для трудоспособного населения",
        SubsistenceGroup.Pensioners => "для пенсионеров",
        SubsistenceGroup.Children => "для детей",
        _ => throw new ArgumentOutOfRangeException(nameof(group), group, null),
    };
}

/// <summary>Regional subsistence minimum (величина прожиточного минимума): dated reference data, one row per region, group and start date.</summary>
public class SubsistenceMinimum
{
    public int Id { get; set; }
    public string Region { get; set; } = "";
    public SubsistenceGroup Group { get; set; }
    public DateOnly ValidFrom { get; set; }
    public decimal Amount { get; set; }
    public string LegalAct { get; set; } = "";
}

/// <summary>
/// Regional parameters of the fee (dated): the multiplier of the free-service income limit and the fee caps.
/// The law sets bounds (limit not below 1.5 subsistence minimums, ст. 31; fee caps of 50 % and 75 %, ст. 32 442-ФЗ);
/// a region may be more generous, so the values are data.
/// </summary>
public class FeeRule
{
    public int Id { get; set; }
    public string Region { get; set; } = "";
    public DateOnly ValidFrom { get; set; }
    public decimal FreeIncomeLimitMultiplier { get; set; }
    /// <summary>Cap of the monthly fee at home and semi-stationary, as a share of (income − limit).</summary>
    public decimal HomeFeeShareOfExcess { get; set; }
    /// <summary>Cap of the monthly fee in a stationary institution, as a share of income.</summary>
    public decimal StationaryFeeShareOfIncome { get; set; }
    public string LegalBasis { get; set; } = "";

    /// <summary>The federal bounds of 442-ФЗ, for a region that adopted them as they are.</summary>
    public static FeeRule Federal(string region, DateOnly validFrom) => new()
    {
        Region = region,
        ValidFrom = validFrom,
        FreeIncomeLimitMultiplier = 1.5m,
        HomeFeeShareOfExcess = 0.5m,
        StationaryFeeShareOfIncome = 0.75m,
        LegalBasis = "Федеральный закон от 28.12.2013 № 442-ФЗ, ст. 31, 32",
    };
}

public static class FeeReference
{
    /// <summary>The subsistence minimum in force on <paramref name="date"/>; null when the table has none yet.</summary>
    public static SubsistenceMinimum? SubsistenceMinimumOn(
        IEnumerable<SubsistenceMinimum> table,
        string region,
        SubsistenceGroup group,
        DateOnly date
    ) => table.Where(m => m.Region == region && m.Group == group && m.ValidFrom <= date).OrderByDescending(m => m.ValidFrom).FirstOrDefault();

    public static FeeRule? RuleOn(IEnumerable<FeeRule> rules, string region, DateOnly date) =>
        rules.Where(r => r.Region == region && r.ValidFrom <= date)
             .OrderByDescending(r => r.ValidFrom).FirstOrDefault();
}
