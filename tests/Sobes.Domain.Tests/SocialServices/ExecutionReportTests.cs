using Sobes.Domain.SocialServices;

namespace Sobes.Domain.Tests.SocialServices;

/// <summary>The seven-column report form of seed 004 (п. 1.1.8.1): plan, actual since 1 January, actual/plan %, reason, source.</summary>
[Clause("004", "1.1.8.1")]
public class ExecutionReportTests
{
    private static readonly StateAssignment Assignment = StateAssignmentSeed.Load();
    private static readonly IReadOnlyList<Indicator> Part12 = StateAssignmentRules.IndicatorsOf(Assignment.Parts.Single(p => p.Code == "1.2"));
    private static readonly IReadOnlyList<Indicator> Part11 = StateAssignmentRules.IndicatorsOf(Assignment.Parts.Single(p => p.Code == "1.1"));

    private static IndicatorActual Count(string code, decimal value, string? reason = null) => new(code) { Value = value, DeviationReason = reason };

    private static IndicatorActual Share(string code, params (string Name, decimal Value)[] inputs) =>
        new(code) { Inputs = inputs.ToDictionary(i => i.Name, i => i.Value) };

    private static IndicatorActual[] OnTargetPart12(decimal bedDays) =>
    [
        Count("P1.2-BED-DAYS", bedDays),
        Share("P1.2-SATISFIED", ("Оу", 50), ("О", 50)),
        Share("P1.2-PLACED", ("Пу", 24), ("По", 25)),
        Count("P1.2-ROSPOTREBNADZOR", 0), Count("P1.2-ROSZDRAVNADZOR", 0), Count("P1.2-GOSPOZHNADZOR", 0), Count("P1.2-COMPLAINTS", 0),
    ];

    // Seed 004, п. 2.1.3: one row for the shared 10 500 bed-days, not seven.
    [Clause("004", "2.1.3")]
    [Fact]
    public void Seed004_part_1_2_report_has_one_row_per_indicator_in_seed_order()
    {
        var report = ExecutionReportBuilder.Build(Part12, ReportingPeriod.ForYear(2015), OnTargetPart12(10290), 5m);
        Assert.Equal(7, report.Rows.Count);
        var bedDays = report.Rows[0];
        Assert.Equal(
            ("Количество койко-дней", "Койко-дни", 10500m, 10290m, 98.0m),
            (bedDays.IndicatorName, bedDays.Unit, bedDays.Plan!.Value, bedDays.Actual!.Value, bedDays.PercentOfPlan!.Value)
        );
        Assert.Equal("Оперативная информация учреждения", bedDays.Source);
        Assert.Equal(96m, report.Rows.Single(r => r.IndicatorCode == "P1.2-PLACED").Actual);
        Assert.Empty(ExecutionReportBuilder.RowsMissingReason(report));
    }

    // Seed 004, п. 1.1.8.1: «отношение фактического значения к плановому … умноженное на 100 %», rounded here to 0.1.
    [Theory]
    [InlineData(60000, 94.9)]   // 94.904…
    [InlineData(63221, 100.0)]
    [InlineData(63253, 100.1)]  // 100.0506…
    [InlineData(31610.5, 50.0)] // exactly one half
    public void Seed004_percent_of_plan_is_rounded_to_a_tenth(decimal actual, decimal percent)
    {
        var report = ExecutionReportBuilder.Build(
            Part11.Where(i => i.Code == "S1.1-VOLUME"),
            ReportingPeriod.ForYear(2015),
            [Count("S1.1-VOLUME", actual)],
            5m
        );
        Assert.Equal(percent, report.Rows.Single().PercentOfPlan);
    }

    // A deviation beyond the tolerance needs a reason: the validation lists the rows that lack one.
    [Fact]
    public void Rows_deviating_beyond_tolerance_without_reason_are_listed()
    {
        var actuals = new[]
        {
            Count("P1.2-BED-DAYS", 9000),                         // 85.7 %: 14.3 pp off
            Share("P1.2-SATISFIED", ("Оу", 47), ("О", 50)),       // 94.0 %: 6 pp off
            Share("P1.2-PLACED", ("Пу", 24), ("По", 25)),         // 100 % of the 96 % target
            Count("P1.2-ROSPOTREBNADZOR", 0), Count("P1.2-ROSZDRAVNADZOR", 0),
            Count("P1.2-GOSPOZHNADZOR", 1, "Предписание Госпожнадзора от 12.05.2015, устранено"),
            Count("P1.2-COMPLAINTS", 1),                          // plan 0: any complaint deviates
        };
        var report = ExecutionReportBuilder.Build(Part12, ReportingPeriod.ForYear(2015), actuals, 5m);

        Assert.Equal(
            ["P1.2-BED-DAYS", "P1.2-SATISFIED", "P1.2-COMPLAINTS"],
            ExecutionReportBuilder.RowsMissingReason(report).Select(r => r.IndicatorCode)
        );
        Assert.True(report.Rows.Single(r => r.IndicatorCode == "P1.2-GOSPOZHNADZOR").RequiresReason);
        Assert.Null(report.Rows.Single(r => r.IndicatorCode == "P1.2-COMPLAINTS").PercentOfPlan);

        var errors = ExecutionReportBuilder.Validate(report);
        Assert.Equal(3, errors.Count);
        Assert.Contains("85,7 %", errors[0].Message);
    }

    // Seed 004, п. 2.1.8.1 «Характеристика причин отклонения»: 10 000 of 10 500 bed-days is 95.2 %, within 5 pp but not within 2 pp.
    [Clause("004", "2.1.8.1")]
    [Fact]
    public void Deviation_within_the_tolerance_needs_no_reason_and_the_tolerance_is_configurable()
    {
        var actuals = OnTargetPart12(10000); // 95.2 %
        Assert.Empty(ExecutionReportBuilder.RowsMissingReason(ExecutionReportBuilder.Build(Part12, ReportingPeriod.ForYear(2015), actuals, 5m)));
        Assert.Single(ExecutionReportBuilder.RowsMissingReason(ExecutionReportBuilder.Build(Part12, ReportingPeriod.ForYear(2015), actuals, 2m)));
    }

    // Quarterly figures are cumulative since 1 January against the yearly plan: half-way the bed-days should be about 50 %.
    [Fact]
    public void Quarterly_report_expects_the_elapsed_share_for_accumulating_indicators()
    {
        var report = ExecutionReportBuilder.Build(Part12, ReportingPeriod.ForQuarter(2015, 2), OnTargetPart12(5200), 5m);
        var bedDays = report.Rows[0];
        Assert.Equal((49.5m, 50m, false), (bedDays.PercentOfPlan!.Value, bedDays.ExpectedPercent!.Value, bedDays.RequiresReason));
        Assert.Equal(100m, report.Rows.Single(r => r.IndicatorCode == "P1.2-SATISFIED").ExpectedPercent);
    }

    // Nobody surveyed: the share is not computable; the row has no actual and must explain why.
    [Fact]
    public void Undefined_share_is_blank_and_requires_a_reason()
    {
        var actuals = OnTargetPart12(10500).Select(a => a.IndicatorCode == "P1.2-SATISFIED" ? Share("P1.2-SATISFIED", ("Оу", 0), ("О", 0)) : a);
        var report = ExecutionReportBuilder.Build(Part12, ReportingPeriod.ForYear(2015), actuals, 5m);
        var row = report.Rows.Single(r => r.IndicatorCode == "P1.2-SATISFIED");
        Assert.Null(row.Actual);
        Assert.Null(row.PercentOfPlan);
        Assert.Equal(["P1.2-SATISFIED"], ExecutionReportBuilder.RowsMissingReason(report).Select(r => r.IndicatorCode));
    }

    // Seed 004, п. 2.1.3: the 2014 column (текущий год) is blank, so there is nothing to compare with.
    [Clause("004", "2.1.3")]
    [Fact]
    public void Year_without_plan_gives_no_percent_and_no_deviation()
    {
        var report = ExecutionReportBuilder.Build(Part12, ReportingPeriod.ForYear(2014), OnTargetPart12(10500), 5m);
        var bedDays = report.Rows[0];
        Assert.Null(bedDays.Plan);
        Assert.Null(bedDays.PercentOfPlan);
        Assert.False(bedDays.RequiresReason);
    }
}
