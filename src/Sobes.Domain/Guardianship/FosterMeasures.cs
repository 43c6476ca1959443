namespace Sobes.Domain.Guardianship;

/// <summary>The six payments of seed 002 cl. 4 by their catalogue codes (the measures themselves — amounts, rules — are data).</summary>
public static class FosterMeasures
{
    public const string Maintenance = "PRIEM-SODERZH";
    public const string FreeTravel = "PRIEM-PROEZD";
    public const string Remuneration = "PRIEM-VOZNAGR";
    public const string Furniture = "PRIEM-MEBEL";
    public const string Household = "PRIEM-HOZ";
    public const string Housing = "PRIEM-ZHKU";

    /// <summary>Paid for each child (all but the remuneration).</summary>
    public static readonly string[] PerChild = [Maintenance, Household, Housing, FreeTravel, Furniture];
    public static readonly string[] All = [Maintenance, FreeTravel, Remuneration, Furniture, Household, Housing];
}
