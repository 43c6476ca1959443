using Sobes.Domain.Applications;
using Sobes.Domain.Calendar;
using Sobes.Domain.Measures;

namespace Sobes.Domain.Tests.Applications;

public class ApplicationRulesTests
{
    private static readonly ProductionCalendar Calendar = new(RussianCalendarData.All);

    /// <summary>A list shaped like seed 002 cl. 10.1: the residence certificate valid a month (cl. 10.5), proof of absent parental care by
    /// one of several documents.</summary>
    private static AdministrativeRegulation Regulation() =>
        new()
        {
            Id = 1,
            DecisionDeadline = new(10, DurationUnit.CalendarDays),
            Documents =
            [
                new()
                {
                    Id = 1,
                    Order = 1,
                    Name = "Заявление",
                },
                new()
                {
                    Id = 2,
                    Order = 2,
                    Name = "Справка о совместном проживании",
                    ValidityDays = 30,
                },
                new()
                {
                    Id = 3,
                    Order = 3,
                    Name = "Справка об учёбе ребёнка",
                    Condition = "для обучающегося ребёнка",
                },
                new()
                {
                    Id = 4,
                    Order = 4,
                    Name = "Свидетельство о смерти родителей",
                    AlternativeGroup = "7",
                },
                new()
                {
                    Id = 5,
                    Order = 5,
                    Name = "Решение суда о лишении родительских прав",
                    AlternativeGroup = "7",
                },
                new()
                {
                    Id = 6,
                    Order = 6,
                    Name = "Копия договора о приёмной семье",
                    Mandatory = false,
                },
            ],
        };

    private static SubmittedDocument Got(int id, DateOnly on) => new() { RegulationDocumentId = id, ReceivedOn = on };

    [Clause("002", "7.1")]
    [Fact]
    public void Seed002_cl7_1_ten_days_from_complete_documents_on_a_Thursday_end_on_the_next_working_day_after_the_March_holidays()
    {
        // Thursday 26.02.2026 + 10 days = Sunday 08.03.2026 (a holiday); 09.03.2026 is the day off moved from 8 March → Tuesday 10.03.2026.
        Assert.Equal(new DateOnly(2026, 3, 10), DeadlineRules.DecisionDue(new DateOnly(2026, 2, 26), Regulation(), Calendar));
        // Thursday 25.12.2025 + 10 days = 04.01.2026, inside the New Year holidays (1–11 January 2026) → Monday 12.01.2026.
        Assert.Equal(new DateOnly(2026, 1, 12), DeadlineRules.DecisionDue(new DateOnly(2025, 12, 25), Regulation(), Calendar));
        // A term ending on a working day stays: Thursday 22.10.2026 + 10 = Sunday 01.11.2026 → Monday 02.11.2026.
        Assert.Equal(new DateOnly(2026, 11, 2), DeadlineRules.DecisionDue(new DateOnly(2026, 10, 22), Regulation(), Calendar));
    }

    [Fact]
    public void Working_days_left_count_the_production_calendar()
    {
        Assert.Equal(1, DeadlineRules.WorkingDaysLeft(new DateOnly(2026, 3, 6), new DateOnly(2026, 3, 10), Calendar));
        Assert.Equal(0, DeadlineRules.WorkingDaysLeft(new DateOnly(2026, 3, 10), new DateOnly(2026, 3, 10), Calendar));
        Assert.Equal(-2, DeadlineRules.WorkingDaysLeft(new DateOnly(2026, 3, 12), new DateOnly(2026, 3, 10), Calendar));
    }

    [Clause("002", "10.1")]
    [Fact]
    public void Seed002_cl10_1_complete_when_every_mandatory_document_and_one_of_each_alternative_group_is_received()
    {
        var r = Regulation();
        var on = new DateOnly(2026, 2, 2);
        List<SubmittedDocument> got = [Got(1, on), Got(2, on)];
        Assert.False(ApplicationChecklist.IsComplete(r, got));
        Assert.Equal(["одно из: Свидетельство о смерти родителей; Решение суда о лишении родительских прав"], ApplicationChecklist.Missing(r, got));
        got.Add(Got(5, on));
        // The conditional study certificate and the optional contract copy do not hold completeness up.
        Assert.True(ApplicationChecklist.IsComplete(r, got));
        var rows = ApplicationChecklist.Build(r, got, [], on);
        Assert.Equal(ChecklistStatus.CoveredByAlternative, rows.Single(x => x.Document.Id == 4).Status);
        Assert.True(rows.Single(x => x.Document.Id == 3).Conditional);
        Assert.False(rows.Single(x => x.Document.Id == 6).Required);
    }

    [Clause("002", "10.3")]
    [Fact]
    public void Seed002_cl10_3_a_document_is_not_taken_twice_nor_a_second_proof_of_the_same_facts()
    {
        var r = Regulation();
        var on = new DateOnly(2026, 2, 2);
        List<SubmittedDocument> got = [Got(1, on), Got(4, on)];
        var twice = ApplicationChecklist.ValidateReceipt(r, 1, got, on, null, on, on);
        Assert.Contains("п. 10.3", Assert.Single(twice).Message);
        var alternative = ApplicationChecklist.ValidateReceipt(r, 5, got, on, null, on, on);
        Assert.Contains("Свидетельство о смерти родителей", Assert.Single(alternative).Message);
    }

    [Clause("002", "10.5")]
    [Fact]
    public void Seed002_cl10_5_the_residence_certificate_is_valid_for_a_month_of_30_days_from_issue()
    {
        var r = Regulation();
        var issued = new DateOnly(2026, 2, 1);
        Assert.Empty(ApplicationChecklist.ValidateReceipt(r, 2, [], issued.AddDays(30), issued, issued, issued.AddDays(40)));
        var late = Assert.Single(ApplicationChecklist.ValidateReceipt(r, 2, [], issued.AddDays(31), issued, issued, issued.AddDays(40)));
        Assert.Equal("issuedOn", late.Field);
        Assert.Contains("действителен 30 дней", late.Message);
        Assert.Equal("issuedOn", Assert.Single(ApplicationChecklist.ValidateReceipt(r, 2, [], issued, null, issued, issued)).Field);
    }

    [Clause("002", "10.6")]
    [Fact]
    public void Seed002_cl10_6_nothing_beyond_the_list_is_accepted()
    {
        var e = Assert.Single(
            ApplicationChecklist.ValidateReceipt(
                Regulation(),
                99,
                [],
                new DateOnly(2026, 2, 2),
                null,
                new DateOnly(2026, 2, 2),
                new DateOnly(2026, 2, 2)
            )
        );
        Assert.Contains("п. 10.6", e.Message);
    }

    [Fact]
    public void Eligibility_checks_categories_valid_on_the_date_the_childs_age_and_the_district()
    {
        var measure = new Measure
        {
            ShortName = "Содержание ребёнка",
            Eligibility = new MeasureEligibility { CategoryCodes = ["PRIEM"], ForChild = true, ChildMaxAge = 18, IncomeLimitFactor = 1.5m },
        };
        var on = new DateOnly(2026, 3, 1);
        var ok = EligibilityCheck.Check(measure, new(["PRIEM"], true, new DateOnly(2015, 6, 1), "Петрова Мария", true, on));
        Assert.Equal([FindingKind.Met, FindingKind.Met, FindingKind.Met, FindingKind.ToCheck], ok.Select(f => f.Kind));
        Assert.Contains("10 лет", ok[1].Text);

        var adult = EligibilityCheck.Check(measure, new(["VT"], false, new DateOnly(2008, 2, 28), "Петров Иван", true, on));
        Assert.Equal(FindingKind.NotMet, adult[0].Kind);
        Assert.Contains("18 лет — вне пределов до 18 лет", adult[1].Text);
        Assert.Equal(FindingKind.NotMet, adult[2].Kind);
    }
}
