using Sobes.Infrastructure.SocialServices;
using Sobes.Web.Tests.Hosting;

namespace Sobes.Web.Tests.SocialServices;

/// <summary>
/// Seed 004, «сроки представления отчетов»: Части 1.1–1.2 — по 10 число месяца после I–III кварталов, за год до 1 февраля;
/// Часть 1.3 и Часть 2 — до 15 числа после каждого квартала, за год до 15 февраля.
/// </summary>
[Clause("004", "1.1.8.2")]
[Clause("004", "1.2.8.2")]
[Clause("004", "1.3.8.2")]
[Clause("004", "1.4.8.2")]
[Clause("004", "2.1.8.2")]
[Clause("004", "2.2.8.2")]
[Clause("004", "2.3.8.2")]
[Clause("004", "2.4.8.2")]
[Clause("004", "2.5.8.2")]
[Clause("004", "2.6.8.2")]
[Clause("004", "2.7.8.2")]
[Clause("004", "3.1.8.2")]
[Clause("004", "3.2.8.2")]
[Clause("004", "Часть 2 п. 6.2")]
public class DeadlineTests(Hosts hosts) : SocialServicesTest(hosts)
{
    private async Task<IReadOnlyList<DeadlineItem>> ScheduleAsync(DateTimeOffset now)
    {
        var user = await Fx.UserAsync("kcson");
        await using var db = Fx.NewContext();
        var s = Fx.Build(db, new FixedTime(now));
        var id = (await s.Assignments.ListAsync(user)).Single(a => a.Number == "148045" && a.FinancialYear == 2015).Id;
        return await s.Deadlines.ScheduleAsync(user, id, 2015);
    }

    [Theory]
    [InlineDataOnAllDatabases("1.1", 1, "2015-04-10")]
    [InlineDataOnAllDatabases("1.1", 3, "2015-10-10")]
    [InlineDataOnAllDatabases("1.1", null, "2016-02-01")]
    [InlineDataOnAllDatabases("1.2", 2, "2015-07-10")]
    [InlineDataOnAllDatabases("1.2", null, "2016-02-01")]
    [InlineDataOnAllDatabases("1.3", 2, "2015-07-15")]
    [InlineDataOnAllDatabases("1.3", 4, "2016-01-15")]
    [InlineDataOnAllDatabases("1.3", null, "2016-02-15")]
    [InlineDataOnAllDatabases("2", 1, "2015-04-15")]
    [InlineDataOnAllDatabases("2", null, "2016-02-15")]
    public async Task Seed004_report_deadlines_per_part(Db dbKind, string part, int? quarter, string due)
    {
        await OnAsync(dbKind);
        var schedule = await ScheduleAsync(new DateTimeOffset(2015, 1, 1, 0, 0, 0, TimeSpan.Zero));
        Assert.Equal(DateOnly.Parse(due), schedule.Single(d => d.PartCode == part && d.Period.Quarter == quarter).DueOn);
    }

    // Parts 1.1 and 1.2 have no IV quarter report (the yearly one covers it); parts 1.3 and 2 have four quarterly reports.
    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Seed004_parts_1_1_and_1_2_report_three_quarters_and_the_year(Db dbKind)
    {
        await OnAsync(dbKind);
        var schedule = await ScheduleAsync(new DateTimeOffset(2015, 1, 1, 0, 0, 0, TimeSpan.Zero));
        Assert.Equal(4, schedule.Count(d => d.PartCode == "1.1"));
        Assert.Equal(4, schedule.Count(d => d.PartCode == "1.2"));
        Assert.Equal(5, schedule.Count(d => d.PartCode == "1.3"));
        Assert.Equal(5, schedule.Count(d => d.PartCode == "2"));
    }

    // A reminder: on 1 July 2015 the II quarter reports are due within 30 days — 10 July (1.1, 1.2) and 15 July (1.3, 2).
    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Reminders_list_reports_due_within_the_configured_days(Db dbKind)
    {
        await OnAsync(dbKind);
        var user = await Fx.UserAsync("kcson");
        await using var db = Fx.NewContext();
        var s = Fx.Build(db, new FixedTime(new DateTimeOffset(2015, 7, 1, 4, 0, 0, TimeSpan.Zero)));
        var reminders = await s.Deadlines.UpcomingAsync(user);
        Assert.Equal(
            [("1.1", 9), ("1.2", 9), ("1.3", 14), ("2", 14)],
            reminders.Where(r => r.Period.Quarter == 2).Select(r => (r.PartCode, r.DaysLeft))
        );
        Assert.All(reminders, r => Assert.True(r.DueOn <= new DateOnly(2015, 7, 31)));
        // Within 5 days nothing falls due; what is left are the I quarter reports, overdue since April.
        Assert.All(await s.Deadlines.UpcomingAsync(user, withinDays: 5), r => Assert.True(r.Overdue && r.Period.Quarter == 1));
    }
}
