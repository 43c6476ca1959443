using Microsoft.EntityFrameworkCore;
using Sobes.Domain.SocialServices;
using Sobes.Infrastructure.SocialServices;
using Sobes.Web.Tests.Hosting;

namespace Sobes.Web.Tests.SocialServices;

/// <summary>Seed 004 (state assignment № 148045) as stored by the seeding for the Kasli centre and read back.</summary>
[Clause("004", "госзадание")]
public class StateAssignmentStorageTests(Hosts hosts) : SocialServicesTest(hosts)
{
    private async Task<StateAssignment> LoadAsync()
    {
        var user = await Fx.UserAsync("kcson");
        await using var db = Fx.NewContext();
        var s = Fx.Build(db);
        var id = (await s.Assignments.ListAsync(user)).Single(a => a.Number == "148045" && a.FinancialYear == 2015).Id;
        return await s.Assignments.GetAsync(user, id);
    }

    // Seed 004, разделы 1–3 части 1 и раздел «Часть 2»: four parts, 4 + 7 + 2 services and 7 works.
    [Clause("004", "Часть 1.1")]
    [Clause("004", "Часть 1.2")]
    [Clause("004", "Часть 1.3")]
    [Clause("004", "Часть 2")]
    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Seed004_148045_structure_is_stored_for_the_Kasli_centre(Db dbKind)
    {
        await OnAsync(dbKind);
        var a = await LoadAsync();
        Assert.Equal((2015, 2017), (a.FinancialYear, a.LastPlanningYear));
        Assert.Equal(["1.1", "1.2", "1.3", "2"], a.Parts.Select(p => p.Code));
        Assert.Equal([4, 7, 2, 7], a.Parts.Select(p => p.Sections.Count));
        Assert.Equal(31, a.Indicators.Count);
        await using var db = Fx.NewContext();
        var centre = await db.Organisations.SingleAsync(o => o.Id == a.OrganisationId);
        Assert.Contains("Каслинского", centre.Name);
    }

    // Seed 004, п. 1.1.3 (63 221 услуги), 2.1.3 (10 500 койко-дней), 3.1.3 (326 чел.), Часть 2 раздел 5 (331 выезд, 157 км): equal for
    // 2015–2017, 2013–2014 blank.
    [Clause("004", "1.1.3")]
    [Clause("004", "2.1.3")]
    [Clause("004", "3.1.3")]
    [Clause("004", "Часть 2 раздел 5")]
    [Theory]
    [InlineDataOnAllDatabases("S1.1-VOLUME", 63221)]
    [InlineDataOnAllDatabases("S1.2-VOLUME", 4267)]
    [InlineDataOnAllDatabases("S1.3-VOLUME", 11964)]
    [InlineDataOnAllDatabases("S1.4-VOLUME", 1060)]
    [InlineDataOnAllDatabases("P1.2-BED-DAYS", 10500)]
    [InlineDataOnAllDatabases("P1.2-PLACED", 96)]
    [InlineDataOnAllDatabases("S3.1-VOLUME", 326)]
    [InlineDataOnAllDatabases("S3.2-VOLUME", 434)]
    [InlineDataOnAllDatabases("W2-FAMILIES", 21)]
    [InlineDataOnAllDatabases("W5-TRIPS", 331)]
    [InlineDataOnAllDatabases("W5-DISTANCE", 157)]
    public async Task Seed004_plan_values_are_stored_per_year_with_the_years_role(Db dbKind, string code, decimal plan)
    {
        await OnAsync(dbKind);
        var indicator = (await LoadAsync()).Indicators.Single(i => i.Code == code);
        Assert.All(new[] { 2015, 2016, 2017 }, y => Assert.Equal(plan, indicator.PlanFor(y)));
        Assert.Null(indicator.PlanFor(2013));
        Assert.Equal([YearRole.Reporting, YearRole.Current, YearRole.Next, YearRole.Planning, YearRole.Planning],
            indicator.PlanValues.OrderBy(v => v.Year).Select(v => v.Role));
    }

    // Seed 004, п. 2.1.3–2.7.3: seven stationary services print the same «Количество койко-дней 10 500» — one indicator with seven links.
    [Clause("004", "2.1.3")]
    [Clause("004", "2.2.3")]
    [Clause("004", "2.3.3")]
    [Clause("004", "2.4.3")]
    [Clause("004", "2.5.3")]
    [Clause("004", "2.6.3")]
    [Clause("004", "2.7.3")]
    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Seed004_bed_days_are_one_indicator_linked_to_the_seven_stationary_services(Db dbKind)
    {
        await OnAsync(dbKind);
        var kasli = await LoadAsync();
        await using var db = Fx.NewContext();
        var bedDays = await db.Indicators.Include(i => i.Sections).ThenInclude(s => s.AssignmentSection)
            .SingleAsync(i => i.Code == "P1.2-BED-DAYS" && i.StateAssignmentId == kasli.Id);
        Assert.Equal(["2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "2.7"], bedDays.Sections.Select(s => s.AssignmentSection!.Number).Order());
        Assert.Equal(ActualMeasure.DeliveredVolume, bedDays.Measure);
        Assert.Equal("3.1.1", bedDays.ServiceCodes); // counted from the catalogue service measured in bed-days only
        var part = kasli.Parts.Single(p => p.Code == "1.2");
        Assert.Equal(7, StateAssignmentRules.IndicatorsOf(part).Count); // not 7 × 7
    }

    // Import sets how each actual is counted from the formula and unit (Оу/О — surveys, Осб/О — served, Пу/По — placed).
    [Theory]
    [InlineDataOnAllDatabases("S1.1-SATISFIED", ActualMeasure.SurveySatisfaction)]
    [InlineDataOnAllDatabases("S1.1-SERVED", ActualMeasure.ServedShare)]
    [InlineDataOnAllDatabases("P1.2-PLACED", ActualMeasure.PlacementShare)]
    [InlineDataOnAllDatabases("P1.1-COMPLAINTS", ActualMeasure.JustifiedComplaints)]
    [InlineDataOnAllDatabases("P1.2-GOSPOZHNADZOR", ActualMeasure.GospozhnadzorViolations)]
    [InlineDataOnAllDatabases("S3.1-VOLUME", ActualMeasure.RecipientsCount)]
    [InlineDataOnAllDatabases("W5-DISTANCE", ActualMeasure.WorkAverageDistance)]
    [InlineDataOnAllDatabases("W1-PEOPLE", ActualMeasure.WorkVolume)]
    public async Task Seed004_indicator_measures_are_derived_on_import(Db dbKind, string code, ActualMeasure measure)
    {
        await OnAsync(dbKind);
        Assert.Equal(measure, (await LoadAsync()).Indicators.Single(i => i.Code == code).Measure);
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Importing_the_same_assignment_twice_for_one_centre_is_refused(Db dbKind)
    {
        await OnAsync(dbKind);
        var user = await Fx.UserAsync("kcson");
        await using var db = Fx.NewContext();
        var e = await Assert.ThrowsAsync<Sobes.Domain.Common.ConflictException>(() => Fx.Build(db).Assignments.ImportSeedAsync(user, null));
        Assert.Contains("уже загружено", e.Message);
    }

    // A planner may take the seed as the pattern for another year: all year columns move with the financial year.
    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Import_for_another_financial_year_moves_every_year_column(Db dbKind)
    {
        await OnAsync(dbKind);
        var user = await Fx.NewCentreAsync("Перенос лет");
        await using var db = Fx.NewContext();
        var a = await Fx.Build(db).Assignments.ImportSeedAsync(user, 2026);
        Assert.Equal((2026, 2028), (a.FinancialYear, a.LastPlanningYear));
        var volume = a.Indicators.Single(i => i.Code == "S1.1-VOLUME");
        Assert.Equal(63221m, volume.PlanFor(2026));
        Assert.Equal(YearRole.Current, volume.PlanValues.Single(v => v.Year == 2025).Role);
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task A_malformed_assignment_file_is_a_Russian_validation_error(Db dbKind)
    {
        await OnAsync(dbKind);
        var user = await Fx.NewCentreAsync("Плохой файл");
        await using var db = Fx.NewContext();
        using var file = new MemoryStream("{ \"number\": \"1\", \"parts\": [ }"u8.ToArray());
        var e = await Assert.ThrowsAsync<Sobes.Domain.Common.DomainValidationException>(() =>
            Fx.Build(db).Assignments.ImportFileAsync(user, file, null)
        );
        Assert.StartsWith("Файл задания", e.Errors.Single().Message);
    }
}
