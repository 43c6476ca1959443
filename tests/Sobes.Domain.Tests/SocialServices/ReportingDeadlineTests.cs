using Sobes.Domain.SocialServices;

namespace Sobes.Domain.Tests.SocialServices;

/// <summary>Seed 004, пп. 1.1.8.2–2.7.8.2 (Части 1.1–1.2), 3.x.8.2 (Часть 1.3) and п. 6.2 of each section of Часть 2.</summary>
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
public class ReportingDeadlineTests
{
    private static readonly StateAssignment Assignment = StateAssignmentSeed.Load();
    private static AssignmentPart Part(string code) => Assignment.Parts.Single(p => p.Code == code);

    [Theory]
    [InlineData("1.1", 1, 2015, 4, 10)]
    [InlineData("1.1", 3, 2015, 10, 10)]
    [InlineData("1.2", 2, 2015, 7, 10)]
    [InlineData("1.3", 1, 2015, 4, 15)]
    [InlineData("2", 1, 2015, 4, 15)]
    [InlineData("2", 4, 2016, 1, 15)]
    public void Seed004_quarterly_report_due_in_the_month_after_the_quarter(string part, int quarter, int year, int month, int day)
    {
        Assert.Equal(new DateOnly(year, month, day), ReportingDeadlines.DueDate(Part(part), ReportingPeriod.ForQuarter(2015, quarter)));
    }

    [Theory]
    [InlineData("1.1", 2016, 2, 1)]
    [InlineData("1.2", 2016, 2, 1)]
    [InlineData("1.3", 2016, 2, 15)]
    [InlineData("2", 2016, 2, 15)]
    public void Seed004_yearly_report_for_2015_due_in_february_2016(string part, int year, int month, int day)
    {
        Assert.Equal(new DateOnly(year, month, day), ReportingDeadlines.DueDate(Part(part), ReportingPeriod.ForYear(2015)));
    }

    // Seed 004, п. 1.1.8.2: quarterly reports of Части 1.1–1.2 cover the first to third quarters; the year report covers the fourth.
    [Fact]
    public void Seed004_part_1_1_has_no_fourth_quarter_report()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportingDeadlines.DueDate(Part("1.1"), ReportingPeriod.ForQuarter(2015, 4)));
        Assert.Equal(
            [new DateOnly(2015, 4, 10), new DateOnly(2015, 7, 10), new DateOnly(2015, 10, 10), new DateOnly(2016, 2, 1)],
            ReportingDeadlines.ForYear(Part("1.1"), 2015).Select(d => d.DueDate));
    }

    // Seed 004, п. 1.1.8.2: reports for «первый - третий кварталы» and «за год».
    [Fact]
    public void Reporting_period_names_in_russian()
    {
        Assert.Equal("I квартал 2015 года", ReportingPeriod.ForQuarter(2015, 1).Russian());
        Assert.Equal("2015 год", ReportingPeriod.ForYear(2015).Russian());
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.ForQuarter(2015, 5));
    }
}
