using Sobes.Domain.SocialServices;
using Sobes.Infrastructure.SocialServices;
using Sobes.Web.Tests.Hosting;

namespace Sobes.Web.Tests.SocialServices;

/// <summary>
/// 442-ФЗ ст. 31–32 on a monthly act. Applications of 02.03.2015: Chelyabinsk oblast's subsistence minimum for pensioners
/// 6 599 ₽ (Governor's resolution of 30.01.2015 № 17), so the free-service limit is 1.5 × 6 599 = 9 898.50 ₽.
/// Services: four cleanings of 60 minutes at 67.6 ₽ an hour (seed 004 tariff) = 270.40 ₽.
/// </summary>
[Clause("004", "1.1.6.2")]
public class FeeOnActTests(Hosts hosts) : SocialServicesTest(hosts)
{
    private static readonly DateOnly April = new(2015, 4, 1);

    private async Task<ServiceAct> ActForIncomeAsync(decimal income, int skip)
    {
        var user = await Fx.NewCentreAsync($"Плата {income}");
        var citizen = await Scenario.FreeCitizenAsync(Fx, 10 + skip);
        var contract = await Scenario.ContractAsync(Fx, user, citizen, ServiceForm.AtHome, income, Scenario.ApplicationDay, April, "1.1.6");
        foreach (var day in new[] { 2, 9, 16, 23 })
            await Scenario.RecordAsync(Fx, user, contract.Id, "1.1.6", new DateOnly(2015, 4, day), minutes: 60);
        await using var db = Fx.NewContext();
        var s = Fx.Build(db);
        var result = await s.Acts.GenerateMonthAsync(user, 2015, 4);
        Assert.Equal(1, result.Created);
        var id = (await s.Acts.ListAsync(user, 2015, 4)).Single().Id;
        return (await s.Acts.GetAsync(user, id)).Act;
    }

    // ст. 31 ч. 1: free when the income is below the limit.
    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Art31_income_below_the_limit_the_act_has_no_fee(Db dbKind)
    {
        await OnAsync(dbKind);
        var act = await ActForIncomeAsync(9000m, 0);
        Assert.Equal((270.40m, 0m, FeeBasis.FreeByIncome), (act.TotalCost, act.Fee, act.FeeBasis));
        Assert.Equal(9898.5m, act.FreeIncomeLimit);
        Assert.Contains("не превышает", act.FeeExplanation);
    }

    // ст. 31: «не превышает» — an income exactly at the limit is still free.
    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Art31_income_at_the_limit_the_act_has_no_fee(Db dbKind)
    {
        await OnAsync(dbKind);
        var act = await ActForIncomeAsync(9898.50m, 1);
        Assert.Equal((0m, FeeBasis.FreeByIncome), (act.Fee, act.FeeBasis));
    }

    // ст. 32 ч. 4: above the limit the fee is the tariff cost but no more than 50 % × (10 400 − 9 898.50) = 250.75 ₽.
    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Art32_income_just_above_the_limit_the_fee_is_half_the_excess(Db dbKind)
    {
        await OnAsync(dbKind);
        var act = await ActForIncomeAsync(10400m, 2);
        Assert.Equal((270.40m, 250.75m, FeeBasis.Capped), (act.TotalCost, act.Fee, act.FeeBasis));
        var text = act.FeeExplanation.Replace('\u00A0', ' ').Replace('\u202F', ' ');
        Assert.Contains("10 400,00 ₽ − 9 898,50 ₽ = 501,50 ₽", text);
        Assert.Contains("Постановление Губернатора Челябинской области от 30.01.2015 № 17", text);
    }

    // ст. 32 ч. 4: when half the excess (50 % × 4 101.50 = 2 050.75 ₽) exceeds the cost, the recipient pays the cost.
    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Art32_income_well_above_the_limit_the_fee_is_the_tariff_cost(Db dbKind)
    {
        await OnAsync(dbKind);
        var act = await ActForIncomeAsync(14000m, 3);
        Assert.Equal((270.40m, 270.40m, FeeBasis.FullTariffCost), (act.TotalCost, act.Fee, act.FeeBasis));
        Assert.Equal(2050.75m, act.FeeCap);
    }

    // The seeded demo acts of June 2015 show both sides of the limit: a capped fee and a free act.
    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Demo_acts_show_a_fee_above_the_limit_and_none_below_it(Db dbKind)
    {
        await OnAsync(dbKind);
        var user = await Fx.UserAsync("kcson");
        await using var db = Fx.NewContext();
        var acts = await Fx.Build(db).Acts.ListAsync(user, 2015, 6);
        Assert.Equal(16, acts.Count);
        Assert.Contains(acts, a => a.FeeBasis == FeeBasis.FreeByIncome && a.Fee == 0);
        Assert.Contains(acts, a => a.FeeBasis == FeeBasis.Capped && a.Fee == 550.75m); // 11 000 ₽: 50 % × (11 000 − 9 898.50)
        Assert.Contains(acts, a => a.FeeBasis == FeeBasis.FreeByGround);
        Assert.All(acts, a => Assert.Null(a.SignedOn));
        Assert.All(await Fx.Build(db).Acts.ListAsync(user, 2015, 4), a => Assert.NotNull(a.SignedOn));
    }

    // A signed act is final: the month's services can no longer change.
    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Signed_act_freezes_its_month(Db dbKind)
    {
        await OnAsync(dbKind);
        var act = await ActForIncomeAsync(12000m, 4);
        await using var db = Fx.NewContext();
        var s = Fx.Build(db);
        var owner = new Sobes.Domain.Organisations.UserContext(
            0,
            "x",
            "Подписант",
            Sobes.Domain.Organisations.Role.Specialist,
            act.ProviderOrganisationId,
            null
        );
        await s.Acts.SignAsync(owner, act.Id, new DateOnly(2015, 5, 5));
        var again = await s.Acts.GenerateMonthAsync(owner, 2015, 4);
        Assert.Equal((0, 0, 1), (again.Created, again.Replaced, again.SkippedSigned));
        await Assert.ThrowsAsync<Sobes.Domain.Common.ConflictException>(() => s.Acts.SignAsync(owner, act.Id, null));
    }
}
