using Sobes.Domain.SocialServices;

namespace Sobes.Domain.Tests.SocialServices;

/// <summary>Average per-capita income per the Rules approved by Government decree 1075 of 18.10.2014.</summary>
public class PerCapitaIncomeTests
{
    private static HouseholdMember Member(string name, decimal monthly, DateOnly firstMonth, int months = 12) => new()
    {
        FullName = name,
        Incomes = Enumerable.Range(0, months).Select(i => new MemberIncome { Month = firstMonth.AddMonths(i), Amount = monthly }).ToList(),
    };

    // Decree 1075: sum of the members' incomes over the 12 months before the month of application / 12 / number of members.
    [Fact]
    public void Decree1075_three_members_twelve_months()
    {
        var members = new[]
        {
            Member("Пенсионерка", 10000m, new(2014, 3, 1)),
            Member("Сын", 20000m, new(2014, 3, 1)),
            Member("Внук", 0m, new(2014, 3, 1)),
        };
        var result = PerCapitaIncomeCalculator.Calculate(members, new DateOnly(2015, 3, 17));
        Assert.Equal(new DateOnly(2014, 3, 1), result.PeriodFrom);
        Assert.Equal(new DateOnly(2015, 2, 28), result.PeriodTo);
        Assert.Equal(360000m, result.TotalIncome);
        Assert.Equal(3, result.MemberCount);
        Assert.Equal(10000m, result.Average);
    }

    // Decree 1075: incomes of the month of application and before the twelve months are not counted.
    [Fact]
    public void Decree1075_incomes_outside_the_twelve_months_are_ignored()
    {
        var member = Member("Заявитель", 9000m, new(2014, 2, 1), months: 14); // Feb 2014 … Mar 2015
        var result = PerCapitaIncomeCalculator.Calculate([member], new DateOnly(2015, 3, 1));
        Assert.Equal(108000m, result.TotalIncome);
        Assert.Equal(9000m, result.Average);
    }

    [Fact]
    public void Decree1075_uneven_income_is_averaged_over_twelve_months_not_over_months_with_income()
    {
        var member = Member("Заявитель", 12000m, new(2014, 7, 1), months: 6);
        var result = PerCapitaIncomeCalculator.Calculate([member], new DateOnly(2015, 1, 10));
        Assert.Equal(6000m, result.Average);
    }

    // Decree 1075: the applicant is always a member of the family counted.
    [Fact]
    public void Household_without_members_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => PerCapitaIncomeCalculator.Calculate([], new DateOnly(2015, 1, 10)));
    }
}
