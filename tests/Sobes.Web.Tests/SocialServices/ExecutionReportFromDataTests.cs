using Sobes.Domain.Common;
using Sobes.Domain.SocialServices;
using Sobes.Infrastructure.SocialServices;
using Sobes.Web.Tests.Hosting;

namespace Sobes.Web.Tests.SocialServices;

/// <summary>
/// Seed 004 report form (seven columns, п. 1.1.8.1): actuals since 1 January counted from what a centre recorded.
/// Each test runs in a centre of its own, so the counts are exactly the services the test recorded.
/// </summary>
[Clause("004", "1.1.8.1")]
public class ExecutionReportFromDataTests(Hosts hosts) : SocialServicesTest(hosts)
{
    private static readonly DateOnly December2014 = new(2014, 12, 15);

    private async Task<AssignmentReport> ReportAsync(
        Sobes.Domain.Organisations.UserContext user,
        int assignmentId,
        string part,
        int year,
        int? quarter
    )
    {
        await using var db = Fx.NewContext();
        var s = Fx.Build(db);
        var r = await s.Reports.CreateAsync(
            user,
            new ReportCreateInput
            {
                StateAssignmentId = assignmentId,
                PartCode = part,
                Year = year,
                Quarter = quarter,
            }
        );
        return (await s.Reports.GetAsync(user, r.Id)).Report;
    }

    // Seed 004 п. 1.1.3 with the plan set to 120 services a year: 30 household services in the I quarter are 25 % — as expected for a quarter.
    [Clause("004", "1.1.3")]
    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Seed004_quarter_of_recorded_services_gives_actual_and_percent_of_the_yearly_plan(Db dbKind)
    {
        await OnAsync(dbKind);
        var user = await Fx.NewCentreAsync("Квартал");
        var assignmentId = await Scenario.ImportAsync(Fx, user);
        await using (var db = Fx.NewContext())
        {
            var s = Fx.Build(db);
            var a = await s.Assignments.GetAsync(user, assignmentId);
            var volume = a.Indicators.Single(i => i.Code == "S1.1-VOLUME");
            await s.Assignments.UpdateIndicatorsAsync(
                user,
                assignmentId,
                [
                    new IndicatorEdit
                    {
                        IndicatorId = volume.Id,
                        Plan = new() { [2015] = 120m },
                    },
                ]
            );
        }
        var citizen = await Scenario.FreeCitizenAsync(Fx, 0);
        var contract = await Scenario.ContractAsync(
            Fx,
            user,
            citizen,
            ServiceForm.AtHome,
            12000m,
            December2014,
            Scenario.ServiceStart,
            "1.1.1",
            "1.1.6",
            "1.2.1"
        );
        for (var week = 0; week < 10; week++)
        {
            var day = Scenario.ServiceStart.AddDays(7 * week);
            await Scenario.RecordAsync(Fx, user, contract.Id, "1.1.1", day);
            await Scenario.RecordAsync(Fx, user, contract.Id, "1.1.6", day, quantity: 2); // two cleanings count as two services
            await Scenario.RecordAsync(Fx, user, contract.Id, "1.2.1", day);
        }
        await Scenario.RecordAsync(Fx, user, contract.Id, "1.1.1", new DateOnly(2015, 4, 2)); // II quarter: not in the I quarter's figures

        var report = await ReportAsync(user, assignmentId, "1.1", 2015, 1);
        var household = report.Rows.Single(r => r.IndicatorCode == "S1.1-VOLUME");
        Assert.Equal(
            (120m, 30m, 25.0m, 25m, false),
            (
                household.Plan!.Value,
                household.Actual!.Value,
                household.PercentOfPlan!.Value,
                household.ExpectedPercent!.Value,
                household.RequiresReason
            )
        );
        var medical = report.Rows.Single(r => r.IndicatorCode == "S1.2-VOLUME");
        Assert.Equal((4267m, 10m, 0.2m, true), (medical.Plan!.Value, medical.Actual!.Value, medical.PercentOfPlan!.Value, medical.RequiresReason));
        var served = report.Rows.Single(r => r.IndicatorCode == "S1.1-SERVED");
        Assert.Equal((100m, "Осб = 1; О = 1"), (served.Actual!.Value, served.InputsText));
        Assert.Equal(new DateOnly(2015, 4, 10), report.DueOn);
        Assert.Equal(13, report.Rows.Count); // 4 services × 3 own indicators + the shared complaints row of Часть 1.1
    }

    // Seed 004 п. 2.1.3–2.7.3: one volume of 10 500 bed-days for seven services; other stationary services are not bed-days.
    [Clause("004", "2.1.3")]
    [Clause("004", "2.2.3")]
    [Clause("004", "2.3.3")]
    [Clause("004", "2.4.3")]
    [Clause("004", "2.5.3")]
    [Clause("004", "2.6.3")]
    [Clause("004", "2.7.3")]
    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Seed004_shared_bed_day_volume_is_counted_once(Db dbKind)
    {
        await OnAsync(dbKind);
        var user = await Fx.NewCentreAsync("Стационар");
        var assignmentId = await Scenario.ImportAsync(Fx, user);
        var citizen = await Scenario.FreeCitizenAsync(Fx, 1);
        var contract = await Scenario.ContractAsync(
            Fx,
            user,
            citizen,
            ServiceForm.Stationary,
            15000m,
            December2014,
            Scenario.ServiceStart,
            "3.1.1",
            "3.2.1",
            "3.3.1",
            "3.7.1"
        );
        for (var d = 0; d < 20; d++) await Scenario.RecordAsync(Fx, user, contract.Id, "3.1.1", Scenario.ServiceStart.AddDays(d));
        await Scenario.RecordAsync(Fx, user, contract.Id, "3.2.1", Scenario.ServiceStart, quantity: 3);
        await Scenario.RecordAsync(Fx, user, contract.Id, "3.3.1", Scenario.ServiceStart);
        await Scenario.RecordAsync(Fx, user, contract.Id, "3.7.1", Scenario.ServiceStart);

        var report = await ReportAsync(user, assignmentId, "1.2", 2015, 1);
        Assert.Single(report.Rows, r => r.IndicatorCode == "P1.2-BED-DAYS");
        var bedDays = report.Rows.Single(r => r.IndicatorCode == "P1.2-BED-DAYS");
        Assert.Equal((10500m, 20m, 0.2m), (bedDays.Plan!.Value, bedDays.Actual!.Value, bedDays.PercentOfPlan!.Value));
        var placed = report.Rows.Single(r => r.IndicatorCode == "P1.2-PLACED");
        // По counts this year's applications received by this centre: the December 2014 one is not among them, so the share is undefined.
        Assert.Equal(((decimal?)null, "Пу = 0; По = 0", true), (placed.Actual, placed.InputsText, placed.RequiresReason));
    }

    // Seed 004 п. 1.1.8.1 «характеристика причин отклонения» and «пояснительная записка»; control by the founder — «камеральная проверка
    // ежеквартально».
    [Clause("004", "1.1.7")]
    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Seed004_report_needs_reasons_and_note_before_submission_and_the_founder_reviews_it(Db dbKind)
    {
        await OnAsync(dbKind);
        var user = await Fx.NewCentreAsync("Отчёт");
        var assignmentId = await Scenario.ImportAsync(Fx, user);
        var created = await ReportAsync(user, assignmentId, "1.3", 2015, 2);
        var deviating = created.Rows.Where(r => r.RequiresReason).Select(r => r.IndicatorCode).ToList();
        // Nobody served: 0 of 326 and of 434; with no survey the satisfaction share has no actual — each needs a reason.
        Assert.Equal(["S3.1-VOLUME", "P1.3-SATISFIED", "S3.2-VOLUME"], deviating);
        Assert.Null(created.Rows.Single(r => r.IndicatorCode == "P1.3-SATISFIED").Actual);

        await using (var db = Fx.NewContext())
        {
            var e = await Assert.ThrowsAsync<DomainValidationException>(() => Fx.Build(db).Reports.SubmitAsync(user, created.Id));
            Assert.Contains(e.Errors, x => x.Field == "rows[S3.1-VOLUME].deviationReason");
            Assert.Contains(e.Errors, x => x.Field == "explanatoryNote");
        }
        var edit = new ReportEditInput
        {
            Reasons = created
                .Rows.Where(r => r.RequiresReason)
                .ToDictionary(r => r.IndicatorCode, _ => (string?)"Срочные услуги в квартале не оказывались"),
            ExplanatoryNote = "Пояснительная записка к отчёту за II квартал.",
            AccountsPayable = 1000m,
            OverdueAccountsPayable = 0m,
        };
        await using (var db = Fx.NewContext())
        {
            var submitted = await Fx.Build(db).Reports.SubmitAsync(user, created.Id, edit);
            Assert.Equal(ReportStatus.Submitted, submitted.Status);
        }
        var inspector = await Fx.UserAsync("inspector");
        await using (var db = Fx.NewContext())
        {
            var s = Fx.Build(db);
            await Assert.ThrowsAsync<ForbiddenException>(() => s.Reports.ReviewAsync(user, created.Id, true, null));
            await Assert.ThrowsAsync<DomainValidationException>(() => s.Reports.ReviewAsync(inspector, created.Id, false, " "));
            var reviewed = await s.Reports.ReviewAsync(inspector, created.Id, true, "Замечаний нет");
            Assert.Equal((ReportStatus.Reviewed, "Климова Ирина Викторовна"), (reviewed.Status, reviewed.ReviewedByName));
            await Assert.ThrowsAsync<ConflictException>(() => s.Reports.UpdateAsync(user, created.Id, edit));
        }
    }

    // The II quarter of the demo centre (seeded): recorded surveys, inspections and the work journal feed the quality and work rows.
    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Seed004_demo_quarter_actuals_come_from_surveys_inspections_and_works(Db dbKind)
    {
        await OnAsync(dbKind);
        var user = await Fx.UserAsync("kcson");
        int assignmentId;
        await using (var db = Fx.NewContext())
            assignmentId = (await Fx.Build(db).Assignments.ListAsync(user)).Single(a => a.Number == "148045" && a.FinancialYear == 2015).Id;
        var part12 = await ReportAsync(user, assignmentId, "1.2", 2015, null);
        Assert.Equal(1m, part12.Rows.Single(r => r.IndicatorCode == "P1.2-GOSPOZHNADZOR").Actual);   // Акт № 37: одно нарушение
        Assert.True(part12.Rows.Single(r => r.IndicatorCode == "P1.2-GOSPOZHNADZOR").RequiresReason); // plan 0
        Assert.Equal(0m, part12.Rows.Single(r => r.IndicatorCode == "P1.2-ROSPOTREBNADZOR").Actual);
        Assert.Equal("Оу = 6; О = 6; опросов: 1", part12.Rows.Single(r => r.IndicatorCode == "P1.2-SATISFIED").InputsText);
        Assert.Equal(85.7m, part12.Rows.Single(r => r.IndicatorCode == "P1.2-PLACED").Actual); // 6 placed of 7 applicants
        var works = await ReportAsync(user, assignmentId, "2", 2015, null);
        Assert.Equal(159.2m, works.Rows.Single(r => r.IndicatorCode == "W5-DISTANCE").Actual); // 4 775 km / 30 trips
        Assert.Equal(105m, works.Rows.Single(r => r.IndicatorCode == "W7-PEOPLE").Actual);
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Report_for_a_quarter_the_part_does_not_report_is_refused(Db dbKind)
    {
        await OnAsync(dbKind);
        var user = await Fx.NewCentreAsync("IV квартал");
        var assignmentId = await Scenario.ImportAsync(Fx, user);
        await using var db = Fx.NewContext();
        var e = await Assert.ThrowsAsync<DomainValidationException>(() => Fx.Build(db).Reports.CreateAsync(user,
            new ReportCreateInput { StateAssignmentId = assignmentId, PartCode = "1.1", Year = 2015, Quarter = 4 }));
        Assert.Contains("годовой", e.Errors.Single().Message); // Части 1.1–1.2: the IV quarter is covered by the yearly report
    }
}
