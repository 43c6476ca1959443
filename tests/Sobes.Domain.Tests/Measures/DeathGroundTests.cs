using Sobes.Domain.Measures;

namespace Sobes.Domain.Tests.Measures;

public class DeathGroundTests
{
    private static readonly MeasuresCatalogueSeed Seed = MeasuresSeedFile.Load();
    private static Measure M(string code) => Seed.Measures.Single(m => m.Code == code);

    [Clause("002", "8.1.5")]
    [Clause("002", "8.1.8")]
    [Fact]
    public void Seed002_cl8_1_a_childs_death_stops_by_subclause_5_and_a_foster_parents_by_subclause_8()
    {
        Assert.Equal("п. 8.1 подп. 5", AssignmentStatusRules.DeathGround(M("PRIEM-SODERZH"), ofBeneficiary: true)!.Clause);
        Assert.Equal("п. 8.1 подп. 8", AssignmentStatusRules.DeathGround(M("PRIEM-SODERZH"), ofBeneficiary: false)!.Clause);
    }

    [Fact]
    public void A_recipients_death_stops_a_category_payment_by_the_generic_ground()
    {
        var ground = AssignmentStatusRules.DeathGround(M("EDV-VT"), ofBeneficiary: false);
        Assert.Equal("DEATH", ground!.Code);
    }

    [Fact]
    public void An_automatic_death_stop_records_the_ground()
    {
        var measure = M("PRIEM-SODERZH");
        var a = new Assignment { StartsOn = new(2026, 1, 1), Periods = [new AssignmentPeriod { From = new(2026, 1, 1), Amount = 4000m }] };
        AssignmentStatusRules.StopOnDeath(a, measure, ofBeneficiary: true, new DateOnly(2026, 10, 12), new DateOnly(2026, 11, 24), DateTime.UtcNow);
        Assert.Equal(AssignmentDeath(measure), a.StopGroundCode);
        Assert.Contains("п. 8.1 подп. 5", a.StatusReason);
    }

    private static string AssignmentDeath(Measure m) => AssignmentStatusRules.DeathGround(m, true)!.Code;
}
