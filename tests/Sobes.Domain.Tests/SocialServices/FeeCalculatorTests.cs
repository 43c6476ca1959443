using Sobes.Domain.SocialServices;

namespace Sobes.Domain.Tests.SocialServices;

/// <summary>
/// 442-ФЗ ст. 31–32. The subsistence minimum of 8 000 ₽ is a round test figure, not Tver oblast's;
/// with the federal multiplier 1.5 the free-service limit is 12 000 ₽.
/// </summary>
public class FeeCalculatorTests
{
    private static readonly FeeRule Rule = FeeRule.Federal("Тверская область", new DateOnly(2015, 1, 1));

    private static FeeInput Input(ServiceForm form, decimal cost, decimal income, params FreeServiceGround[] grounds) => new()
    {
        Form = form,
        TariffCost = cost,
        AveragePerCapitaIncome = income,
        SubsistenceMinimum = 8000m,
        Rule = Rule,
        FreeGrounds = grounds,
    };

    private static string Plain(string text) => text.Replace('\u00A0', ' ').Replace('\u202F', ' ');

    // ст. 31: free when the income is below the limit or equal to it.
    [Fact]
    public void Art31_home_income_exactly_at_limit_is_free()
    {
        var result = FeeCalculator.Calculate(Input(ServiceForm.AtHome, 2500m, 12000m));
        Assert.Equal(0m, result.Fee);
        Assert.Equal(FeeBasis.FreeByIncome, result.Basis);
        Assert.Equal(12000m, result.FreeIncomeLimit);
        Assert.Contains(
            "не превышает предельную величину среднедушевого дохода 12 000,00 ₽ (1,5 × прожиточный минимум 8 000,00 ₽)",
            Plain(result.Explanation)
        );
    }

    [Fact]
    public void Art31_home_income_below_limit_is_free()
    {
        var result = FeeCalculator.Calculate(Input(ServiceForm.AtHome, 2500m, 11999.99m));
        Assert.Equal((0m, FeeBasis.FreeByIncome), (result.Fee, result.Basis));
    }

    // ст. 32: home fee = min(tariff cost, 50 % × (income − limit)); here 50 % × 3 000 = 1 500 is below the cost of 2 500.
    [Fact]
    public void Art32_home_above_limit_fee_is_capped_at_half_the_excess()
    {
        var result = FeeCalculator.Calculate(Input(ServiceForm.AtHome, 2500m, 15000m));
        Assert.Equal(1500m, result.Fee);
        Assert.Equal(FeeBasis.Capped, result.Basis);
        Assert.Equal(1500m, result.Cap);
        var text = Plain(result.Explanation);
        Assert.Contains("15 000,00 ₽ − 12 000,00 ₽ = 3 000,00 ₽", text);
        Assert.Contains("50 % × 3 000,00 ₽ = 1 500,00 ₽", text);
        Assert.Contains("Стоимость услуг по тарифам 2 500,00 ₽", text);
        Assert.EndsWith("меньшая из двух сумм (предельный размер платы): 1 500,00 ₽.", text);
    }

    // ст. 32: when the tariff cost is below half the excess the recipient pays the cost.
    [Fact]
    public void Art32_home_above_limit_fee_is_the_tariff_cost_when_it_is_smaller()
    {
        var result = FeeCalculator.Calculate(Input(ServiceForm.AtHome, 1000m, 15000m));
        Assert.Equal((1000m, FeeBasis.FullTariffCost), (result.Fee, result.Basis));
    }

    [Fact]
    public void Art32_semi_stationary_follows_the_home_rule()
    {
        var result = FeeCalculator.Calculate(Input(ServiceForm.SemiStationary, 2500m, 15000m));
        Assert.Equal(1500m, result.Fee);
    }

    // ст. 32: stationary fee = min(tariff cost, 75 % × income).
    [Theory]
    [InlineData(20000, 15000, 11250, FeeBasis.Capped)]
    [InlineData(9000, 15000, 9000, FeeBasis.FullTariffCost)]
    public void Art32_stationary_fee_is_capped_at_75_percent_of_income(decimal cost, decimal income, decimal fee, FeeBasis basis)
    {
        var result = FeeCalculator.Calculate(Input(ServiceForm.Stationary, cost, income));
        Assert.Equal((fee, basis), (result.Fee, result.Basis));
        if (basis == FeeBasis.Capped) Assert.Contains("75 % × 15 000,00 ₽ = 11 250,00 ₽", Plain(result.Explanation));
    }

    // ст. 31 ч. 1: minors and victims of emergencies or armed conflicts are served free whatever the income.
    [Theory]
    [InlineData(FreeServiceGround.MinorChild)]
    [InlineData(FreeServiceGround.EmergencyOrArmedConflictVictim)]
    public void Art31_part1_free_category_pays_nothing_whatever_the_income(FreeServiceGround ground)
    {
        var result = FeeCalculator.Calculate(Input(ServiceForm.Stationary, 20000m, 50000m, ground));
        Assert.Equal((0m, FeeBasis.FreeByGround), (result.Fee, result.Basis));
        Assert.Contains("ст. 31 ч. 1", result.Explanation);
    }

    // ст. 21: urgent services are given without a contract, free of charge.
    [Fact]
    public void Art21_urgent_services_are_free()
    {
        var result = FeeCalculator.Calculate(Input(ServiceForm.Urgent, 500m, 50000m));
        Assert.Equal((0m, FeeBasis.FreeUrgent), (result.Fee, result.Basis));
    }

    // Rounding rule: kopecks, MidpointRounding.AwayFromZero, once at the end: 50 % × 0,01 = 0,005 → 0,01.
    [Fact]
    public void Fee_is_rounded_once_at_the_end_away_from_zero()
    {
        var result = FeeCalculator.Calculate(Input(ServiceForm.AtHome, 100m, 12000.01m));
        Assert.Equal(0.005m, result.Cap);
        Assert.Equal(0.01m, result.Fee);
        Assert.EndsWith("0,005 ₽, с округлением до копеек 0,01 ₽.", Plain(result.Explanation));
    }

    // 442-ФЗ ст. 31: the limit is «не ниже» 1.5 subsistence minimums; a region may set more (here 2 × 8 000 = 16 000).
    [Fact]
    public void Regional_rule_with_a_higher_multiplier_raises_the_limit()
    {
        var generous = FeeRule.Federal("Тверская область", new DateOnly(2016, 1, 1));
        generous.FreeIncomeLimitMultiplier = 2m;
        var result = FeeCalculator.Calculate(Input(ServiceForm.AtHome, 2500m, 15000m) with { Rule = generous });
        Assert.Equal((0m, FeeBasis.FreeByIncome, 16000m), (result.Fee, result.Basis, result.FreeIncomeLimit));
    }

    // The subsistence minimum is dated data per region and group: the value in force on the date is used.
    [Fact]
    public void Subsistence_minimum_is_looked_up_by_region_group_and_date()
    {
        var table = new List<SubsistenceMinimum>
        {
            new() { Region = "Тверская область", Group = SubsistenceGroup.Pensioners, ValidFrom = new(2015, 1, 1), Amount = 7000m },
            new() { Region = "Тверская область", Group = SubsistenceGroup.Pensioners, ValidFrom = new(2016, 1, 1), Amount = 7500m },
            new() { Region = "Тверская область", Group = SubsistenceGroup.WorkingAge, ValidFrom = new(2016, 1, 1), Amount = 9900m },
            new() { Region = "Челябинская область", Group = SubsistenceGroup.Pensioners, ValidFrom = new(2016, 1, 1), Amount = 8100m },
        };
        Assert.Equal(7000m, FeeReference.SubsistenceMinimumOn(table, "Тверская область", SubsistenceGroup.Pensioners, new(2015, 12, 31))!.Amount);
        Assert.Equal(7500m, FeeReference.SubsistenceMinimumOn(table, "Тверская область", SubsistenceGroup.Pensioners, new(2016, 3, 1))!.Amount);
        Assert.Null(FeeReference.SubsistenceMinimumOn(table, "Тверская область", SubsistenceGroup.Pensioners, new(2014, 12, 31)));
    }
}
