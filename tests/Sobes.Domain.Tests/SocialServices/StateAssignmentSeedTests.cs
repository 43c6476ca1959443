using Sobes.Domain.Common;
using Sobes.Domain.SocialServices;

namespace Sobes.Domain.Tests.SocialServices;

/// <summary>Seed 004: state assignment № 148045 of the Sonkovo district КЦСОН for 2015–2017, loaded from the embedded JSON.</summary>
public class StateAssignmentSeedTests
{
    private static readonly StateAssignment Assignment = StateAssignmentSeed.Load();

    private static Indicator Indicator(string code) => Assignment.Indicators.Single(i => i.Code == code);

    [Clause("004", "госзадание")]
    [Fact]
    public void Seed004_header_number_organisation_and_years()
    {
        Assert.Equal("148045", Assignment.Number);
        Assert.Contains("Сонковского района", Assignment.OrganisationName);
        Assert.Equal(2015, Assignment.FinancialYear);
        Assert.Equal(2017, Assignment.LastPlanningYear);
        Assert.Equal(YearRole.Reporting, Assignment.RoleOf(2013));
        Assert.Equal(YearRole.Current, Assignment.RoleOf(2014));
        Assert.Equal(YearRole.Next, Assignment.RoleOf(2015));
        Assert.Equal(YearRole.Planning, Assignment.RoleOf(2016));
        Assert.Equal(YearRole.Planning, Assignment.RoleOf(2017));
        Assert.Null(Assignment.RoleOf(2018));
    }

    [Clause("004", "Часть 1.1")]
    [Clause("004", "Часть 1.2")]
    [Clause("004", "Часть 1.3")]
    [Clause("004", "Часть 2")]
    [Fact]
    public void Seed004_parts_1_1_1_2_1_3_and_2_with_4_7_2_services_and_7_works()
    {
        Assert.Equal(["1.1", "1.2", "1.3", "2"], Assignment.Parts.Select(p => p.Code));
        Assert.Equal([4, 7, 2, 7], Assignment.Parts.Select(p => p.Sections.Count));
        Assert.All(Assignment.Parts[..3].SelectMany(p => p.Sections), s => Assert.Equal(SectionKind.Service, s.Kind));
        Assert.All(Assignment.Parts[3].Sections, s => Assert.Equal(SectionKind.Work, s.Kind));
        Assert.Equal(PartKind.Works, Assignment.Parts[3].Kind);
    }

    // Seed 004, пп. 1.1.3–1.4.3, 2.x.3, 3.x.3 and Часть 2 п. 2: the volume of each service and work, equal in 2015, 2016 and 2017.
    [Clause("004", "1.1.3")]
    [Clause("004", "1.2.3")]
    [Clause("004", "1.3.3")]
    [Clause("004", "1.4.3")]
    [Clause("004", "2.1.3")]
    [Clause("004", "2.2.3")]
    [Clause("004", "2.3.3")]
    [Clause("004", "2.4.3")]
    [Clause("004", "2.5.3")]
    [Clause("004", "2.6.3")]
    [Clause("004", "2.7.3")]
    [Clause("004", "3.1.3")]
    [Clause("004", "3.2.3")]
    [Clause("004", "Часть 2 п. 2")]
    [Theory]
    [InlineData("S1.1-VOLUME", 63221, "услуги")]
    [InlineData("S1.2-VOLUME", 4267, "услуги")]
    [InlineData("S1.3-VOLUME", 11964, "услуги")]
    [InlineData("S1.4-VOLUME", 1060, "услуги")]
    [InlineData("P1.2-BED-DAYS", 10500, "Койко-дни")]
    [InlineData("S3.1-VOLUME", 326, "Чел.")]
    [InlineData("S3.2-VOLUME", 434, "Чел.")]
    [InlineData("W1-PEOPLE", 402, "Чел.")]
    [InlineData("W2-FAMILIES", 21, "семья")]
    [InlineData("W3-FAMILIES", 580, "семей")]
    [InlineData("W4-FAMILIES", 687, "Количество семей")]
    [InlineData("W5-TRIPS", 331, "выезды")]
    [InlineData("W5-DISTANCE", 157, "Км.")]
    [InlineData("W6-SESSIONS", 75, "Количество занятий")]
    [InlineData("W7-PEOPLE", 200, "Количество граждан")]
    public void Seed004_volume_plan_for_2015_2016_2017_and_blank_2013_2014(string code, int plan, string unit)
    {
        var indicator = Indicator(code);
        Assert.Equal(IndicatorKind.Volume, indicator.Kind);
        Assert.Equal(unit, indicator.Unit);
        foreach (var year in new[] { 2015, 2016, 2017 }) Assert.Equal(plan, indicator.PlanFor(year));
        Assert.Null(indicator.PlanFor(2013));
        Assert.Null(indicator.PlanFor(2014));
        Assert.Equal([YearRole.Reporting, YearRole.Current, YearRole.Next, YearRole.Planning, YearRole.Planning],
            indicator.PlanValues.OrderBy(v => v.Year).Select(v => v.Role));
    }

    // Seed 004, п. 2.1.3–2.7.3: «Количество койко-дней — 10500» is repeated in each of the seven stationary services but is one volume.
    [Clause("004", "2.1.3")]
    [Clause("004", "2.2.3")]
    [Clause("004", "2.3.3")]
    [Clause("004", "2.4.3")]
    [Clause("004", "2.5.3")]
    [Clause("004", "2.6.3")]
    [Clause("004", "2.7.3")]
    [Fact]
    public void Seed004_bed_days_are_one_indicator_shared_by_services_2_1_to_2_7()
    {
        var bedDays = Assignment.Indicators.Where(i => i.Name == "Количество койко-дней").ToList();
        var shared = Assert.Single(bedDays);
        var sections = StateAssignmentRules.SectionsOf(Assignment, shared);
        Assert.Equal(["2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "2.7"], sections.Select(s => s.Number));
        Assert.Equal(7, shared.Sections.Count);

        var partIndicators = StateAssignmentRules.IndicatorsOf(Assignment.Parts[1]);
        Assert.Single(partIndicators, i => i.Kind == IndicatorKind.Volume);
        Assert.Equal(10500m, partIndicators.Where(i => i.Kind == IndicatorKind.Volume).Sum(i => i.PlanFor(2015)));
    }

    // Seed 004, п. 1.1.3, 2.1.3: quality targets — satisfied 100 %, served 100 %, placed in the stationary department 96 %, no complaints
    // or violations.
    [Clause("004", "1.1.3")]
    [Clause("004", "2.1.3")]
    [Theory]
    [InlineData("S1.1-SATISFIED", "Оу/О*100", 100)]
    [InlineData("S1.1-SERVED", "Осб/О*100", 100)]
    [InlineData("S1.4-SERVED", "Осб/О*100", 100)]
    [InlineData("P1.2-SATISFIED", "Оу/О*100", 100)]
    [InlineData("P1.2-PLACED", "Пу/По*100", 96)]
    [InlineData("P1.3-SATISFIED", "Оу/О*100", 100)]
    [InlineData("P1.1-COMPLAINTS", null, 0)]
    [InlineData("P1.2-ROSPOTREBNADZOR", null, 0)]
    [InlineData("P1.2-ROSZDRAVNADZOR", null, 0)]
    [InlineData("P1.2-GOSPOZHNADZOR", null, 0)]
    public void Seed004_quality_indicators_formula_and_target(string code, string? formula, int target)
    {
        var indicator = Indicator(code);
        Assert.Equal(IndicatorKind.Quality, indicator.Kind);
        Assert.Equal(formula, indicator.Formula);
        Assert.Equal(target, indicator.PlanFor(2016));
        if (formula is not null)
            Assert.Equal(Formula.Parse(formula).Variables.Order(), indicator.Inputs.Select(i => i.Symbol).Order());
    }

    // Seed 004, п. 1.1.3: complaints are filled for all five years (0), unlike the other rows.
    [Clause("004", "1.1.3")]
    [Fact]
    public void Seed004_complaints_of_part_1_1_have_zero_in_2013_and_2014_too()
    {
        Assert.Equal(0m, Indicator("P1.1-COMPLAINTS").PlanFor(2013));
        Assert.Equal(0m, Indicator("P1.1-COMPLAINTS").PlanFor(2014));
        Assert.Equal(0m, Indicator("P1.2-COMPLAINTS").PlanFor(2013));
        Assert.Null(Indicator("P1.2-COMPLAINTS").PlanFor(2014));
    }

    [Clause("004", "2.1.3")]
    [Clause("004", "Часть 2 раздел 5")]
    [Fact]
    public void Seed004_sources_are_taken_from_the_seed()
    {
        Assert.Equal("Оперативная информация учреждения", Indicator("P1.2-BED-DAYS").Source);
        Assert.StartsWith("Форма федерального статистического наблюдения N3-собес", Indicator("P1.2-PLACED").Source);
        Assert.StartsWith(
            "Данные отчета, разработанного на основании положения о предоставлении услуги «социальный автомобиль»",
            Indicator("W5-TRIPS").Source
        );
        Assert.Null(Indicator("S1.1-VOLUME").Source);
    }

    // Seed 004, п. 1.1.6.2: 67,6 ₽ per hour of home service (приказ № 285/1); paid services capped at 2 ₽ a minute (приказ № 319).
    [Clause("004", "1.1.6.2")]
    [Fact]
    public void Seed004_tariffs_home_hour_67_6_and_paid_cap_2_per_minute()
    {
        var home = Assert.Single(Assignment.Tariffs, t => t.Kind == TariffKind.Tariff);
        Assert.Equal(
            (ServiceForm.AtHome, 67.6m, TariffUnit.PerHour, new DateOnly(2015, 1, 1)),
            (home.Form!.Value, home.Price, home.Unit, home.ValidFrom)
        );
        Assert.Contains("№285/1", home.LegalAct);

        var cap = Assert.Single(Assignment.Tariffs, t => t.Kind == TariffKind.PaidServiceCap);
        Assert.Equal((ServiceForm.AtHome, 2m, TariffUnit.PerMinute), (cap.Form!.Value, cap.Price, cap.Unit));
        Assert.Contains("№319", cap.LegalAct);
    }

    [Clause("004", "1.1.7")]
    [Clause("004", "1.1.8.2")]
    [Clause("004", "1.1.8.3")]
    [Fact]
    public void Seed004_reporting_terms_and_control_are_loaded()
    {
        Assert.Equal((10, 3, 2, 1), Terms(Assignment.Parts[0]));
        Assert.Equal((10, 3, 2, 1), Terms(Assignment.Parts[1]));
        Assert.Equal((15, 4, 2, 15), Terms(Assignment.Parts[2]));
        Assert.Equal((15, 4, 2, 15), Terms(Assignment.Parts[3]));
        Assert.Equal(["Выездная проверка", "Камеральная проверка"], Assignment.ControlForms.Select(c => c.Form));
        Assert.Equal(10, Assignment.ConsultationMaxWaitMinutes);
        Assert.Equal(2, Assignment.OtherReportingRequirements.Count);

        static (int, int, int, int) Terms(AssignmentPart p) =>
            (p.QuarterlyReportDay, p.QuarterlyReportsThroughQuarter, p.YearlyReportMonth, p.YearlyReportDay);
    }

    [Clause("004", "госзадание")]
    [Fact]
    public void Seed004_loaded_graph_is_consistent_and_fresh_on_each_load()
    {
        Assert.Empty(StateAssignmentRules.Validate(Assignment));
        Assert.NotSame(Assignment, StateAssignmentSeed.Load());
        Assert.All(Assignment.Parts.Take(3).SelectMany(p => p.Sections), s => Assert.Equal(2, s.LegalActs.Count));
    }
}
