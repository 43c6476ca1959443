using Sobes.Domain.Measures;

namespace Sobes.Domain.Tests.Measures;

/// <summary>
/// Seed 002 cl. 4: the foster parent's pay is 4260 ₽ a month, +15 % for each next child, +20 % for each child under three, disabled or with
/// limited health abilities, and the regional coefficient. The increments are shares of the base that add up (they are not compounded):
/// Б × (1 + 0,15 × (Д − 1) + 0,20 × Д3) × РК, rounded to the kopeck once.
/// </summary>
[Clause("002", "4")]
public class FosterRemunerationTests
{
    private static readonly Measure Remuneration = MeasuresSeedFile.Load().Measures.Single(m => m.Code == "PRIEM-VOZNAGR");
    private static readonly DateOnly On = new(2024, 3, 1);
    private static readonly Dictionary<string, decimal> Varna = new() { ["РК"] = 1.15m };

    [Theory]
    [InlineData(1, 0, 4899.00)]  // 4260 × 1 × 1,15
    [InlineData(1, 1, 5878.80)]  // 4260 × 1,20 × 1,15
    [InlineData(2, 0, 5633.85)]  // 4260 × 1,15 × 1,15
    [InlineData(2, 1, 6613.65)]  // 4260 × 1,35 × 1,15
    [InlineData(2, 2, 7593.45)]  // 4260 × 1,55 × 1,15
    [InlineData(3, 0, 6368.70)]  // 4260 × 1,30 × 1,15
    [InlineData(3, 1, 7348.50)]  // 4260 × (1 + 0,15 × 2 + 0,20 × 1) × 1,15 — the brief's example
    [InlineData(3, 3, 9308.10)]  // 4260 × 1,90 × 1,15
    public void Seed002_cl4_remuneration_for_children_and_children_under_three_times_1_15(int children, int underThree, double expected)
    {
        var result = AmountCalculator.Compute(Remuneration, new AmountContext(On, children, underThree, Parameters: Varna));
        Assert.Equal((decimal)expected, result.Amount);
        Assert.Contains("РК = 1,15", result.Basis);
    }

    [Fact]
    public void Seed002_cl4_increments_add_on_the_base_rather_than_compound()
    {
        var additive = AmountCalculator.Compute(Remuneration, new AmountContext(On, 3, 1, Parameters: Varna)).Amount;
        var compounded = AmountCalculator.Round(4260m * 1.15m * 1.15m * 1.20m * 1.15m);
        Assert.Equal(7348.50m, additive);
        Assert.NotEqual(compounded, additive);
        Assert.Contains("складываются с базой", Remuneration.AmountDescription);
    }

    [Fact]
    public void Without_the_regional_coefficient_the_amount_is_refused_in_Russian()
    {
        var error = Assert.Throws<Sobes.Domain.Common.DomainValidationException>(() =>
            AmountCalculator.Compute(Remuneration, new AmountContext(On, 1, 0)));
        Assert.Contains("РК", error.Errors.Single().Message);
    }

    [Fact]
    public void Seed002_cl4_utilities_follow_the_territory_standard()
    {
        var utilities = MeasuresSeedFile.Load().Measures.Single(m => m.Code == "PRIEM-ZHKU");
        var result = AmountCalculator.Compute(utilities, new AmountContext(On, Parameters: new Dictionary<string, decimal> { ["ЖКУ"] = 1500m }));
        Assert.Equal(1500.00m, result.Amount);
    }

    [Fact]
    public void Seed002_cl4_furniture_once_per_child_and_the_later_dated_value_applies_from_its_date()
    {
        var furniture = MeasuresSeedFile.Load().Measures.Single(m => m.Code == "PRIEM-MEBEL");
        Assert.Equal(16227.16m, AmountCalculator.Compute(furniture, new AmountContext(new DateOnly(2015, 5, 1))).Amount);
        Assert.Equal(36669.00m, AmountCalculator.Compute(furniture, new AmountContext(new DateOnly(2023, 5, 1))).Amount);
    }
}
