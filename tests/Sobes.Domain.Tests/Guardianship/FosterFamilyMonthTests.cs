using Sobes.Domain.Guardianship;
using Sobes.Domain.Measures;

namespace Sobes.Domain.Tests.Guardianship;

/// <summary>
/// Seed 002 cl. 4 and 8.1: what a foster family of the Varna district (РК 1,15; demo housing standard 1 500 ₽) is paid for a month, to the
/// kopeck, for families of different composition. A month with a placement or an end inside it is paid pro rata by calendar days
/// (the seed says nothing otherwise): each period's amount × its days / days of the month, summed and rounded once.
/// </summary>
public class FosterFamilyMonthTests
{
    private static readonly IReadOnlyList<Measure> Catalogue = MeasuresSeedFile.Load().Measures;
    private static Measure M(string code) => Catalogue.Single(m => m.Code == code);
    private static readonly Dictionary<string, decimal> Varna = new() { ["РК"] = 1.15m, ["ЖКУ"] = 1500m };

    private static FosterContract Contract(DateOnly from, DateOnly to, DateOnly? endedFrom = null) =>
        new() { Number = "ПС-1", From = from, To = to, EndedFrom = endedFrom };

    private static Schooling School(DateOnly from) =>
        new()
        {
            School = "МОУ «Варненская СОШ № 1»",
            Ownership = SchoolOwnership.Municipal,
            From = from,
        };

    /// <summary>The family's assignments as the grant makes them: per child four monthly payments (travel only while schooled) and the
    /// remuneration.</summary>
    private static List<(Measure Measure, Assignment Assignment)> Grant(FosterContract contract, IReadOnlyList<FosterChild> children)
    {
        var list = new List<(Measure, Assignment)>();
        foreach (var c in children)
        {
            var last = FosterFamilyRules.LastDay(c, contract);
            foreach (var code in new[] { "PRIEM-SODERZH", "PRIEM-HOZ", "PRIEM-ZHKU" })
                list.Add(PerChild(M(code), c.PlacedFrom, last));
            if (FosterFamilyRules.FreeTravelSpan(c, contract, contract.From) is { } travel)
                list.Add(PerChild(M("PRIEM-PROEZD"), travel.From, travel.To!.Value));
        }
        var remuneration = M("PRIEM-VOZNAGR");
        var a = new Assignment { StartsOn = contract.From, EndsOn = contract.LastDay };
        a.Periods.AddRange(FosterFamilyRules.RemunerationPeriods(remuneration, contract, children, contract.From, _ => Varna, []));
        list.Add((remuneration, a));
        return list;
    }

    private static (Measure, Assignment) PerChild(Measure m, DateOnly from, DateOnly to)
    {
        var amount = AmountCalculator.Compute(m, new AmountContext(from, Parameters: Varna)).Amount;
        var a = new Assignment { StartsOn = from, EndsOn = to };
        a.Periods.Add(new AssignmentPeriod { From = from, To = to, Amount = amount });
        return (m, a);
    }

    private static decimal Month(IEnumerable<(Measure Measure, Assignment Assignment)> family, int year, int month, string? code = null) =>
        family.Where(x => code is null || x.Measure.Code == code).Sum(x => AssignmentSchedule.AmountForMonth(x.Assignment, x.Measure, year, month));

    private static readonly DateOnly Start = new(2026, 1, 1);
    private static readonly DateOnly End = new(2029, 12, 31);

    [Clause("002", "4")]
    [Fact]
    public void Seed002_cl4_one_schooled_child_a_full_month()
    {
        var child = new FosterChild(1, "Дарья", new(2013, 5, 4), Start, null, null, Schooling: [School(new(2020, 9, 1))]);
        var family = Grant(Contract(Start, End), [child]);
        Assert.Equal(4899.00m, Month(family, 2026, 11, "PRIEM-VOZNAGR"));  // 4260 × 1,15
        // 4 000 + 262,65 + 4 899,00 + 172,32 + 1 500,00
        Assert.Equal(10833.97m, Month(family, 2026, 11));
    }

    [Clause("002", "4")]
    [Fact]
    public void Seed002_cl4_three_children_one_under_three_two_schooled()
    {
        var children = new[]
        {
            new FosterChild(1, "Артём", new(2024, 8, 15), Start, null, null),
            new FosterChild(2, "Дарья", new(2013, 5, 4), Start, null, null, Schooling: [School(new(2020, 9, 1))]),
            new FosterChild(3, "Кирилл", new(2012, 2, 20), Start, null, null, Schooling: [School(new(2019, 9, 1))]),
        };
        var family = Grant(Contract(Start, End), children);
        // 4260 × (1 + 0,15 × 2 + 0,20 × 1) × 1,15 — Д = 3, Д3 = 1
        Assert.Equal(7348.50m, Month(family, 2026, 11, "PRIEM-VOZNAGR"));
        // 3 × (4 000 + 172,32 + 1 500) + 2 × 262,65 + 7 348,50
        Assert.Equal(24890.76m, Month(family, 2026, 11));
    }

    [Clause("002", "4")]
    [Fact]
    public void Seed002_cl4_the_under_three_increment_ends_on_the_third_birthday_pro_rata()
    {
        var children = new[]
        {
            new FosterChild(1, "Артём", new(2024, 8, 15), Start, null, null),
            new FosterChild(2, "Дарья", new(2013, 5, 4), Start, null, null),
        };
        var family = Grant(Contract(Start, End), children);
        // 1–14 August 2027: Д = 2, Д3 = 1 → 6 613,65; from the 15th (third birthday): Д3 = 0 → 5 633,85
        // (6 613,65 × 14 + 5 633,85 × 17) / 31 = 188 366,55 / 31 = 6 076,34
        Assert.Equal(6076.34m, Month(family, 2027, 8, "PRIEM-VOZNAGR"));
        Assert.Equal(5633.85m, Month(family, 2027, 9, "PRIEM-VOZNAGR"));
    }

    [Clause("002", "4")]
    [Fact]
    public void Seed002_cl4_a_disabled_child_gives_the_20_percent_increment_from_the_date_of_disability()
    {
        var child = new FosterChild(1, "Никита", new(2018, 3, 1), Start, null, null, DisabledFrom: new(2026, 11, 16));
        var family = Grant(Contract(Start, End), [child]);
        Assert.Equal(4899.00m, Month(family, 2026, 10, "PRIEM-VOZNAGR"));
        // (4 899,00 × 15 + 5 878,80 × 15) / 30 = 5 388,90
        Assert.Equal(5388.90m, Month(family, 2026, 11, "PRIEM-VOZNAGR"));
        Assert.Equal(5878.80m, Month(family, 2026, 12, "PRIEM-VOZNAGR"));  // 4260 × 1,20 × 1,15
    }

    [Clause("002", "8.1.1")]
    [Fact]
    public void Seed002_cl8_1_subcl1_a_child_turning_18_mid_month_is_paid_to_the_day_before_and_the_remuneration_drops_from_the_birthday()
    {
        var children = new[]
        {
            new FosterChild(1, "Кирилл", new(2008, 12, 10), Start, null, null),
            new FosterChild(2, "Дарья", new(2013, 5, 4), Start, null, null),
        };
        var family = Grant(Contract(Start, End), children);
        // Кирилл: 4 000 × 9 / 31 = 1 161,29 (1–9 December)
        Assert.Equal(4000m + 1161.29m, Month(family, 2026, 12, "PRIEM-SODERZH"));
        // (5 633,85 × 9 + 4 899,00 × 22) / 31 = 5 112,34
        Assert.Equal(5112.34m, Month(family, 2026, 12, "PRIEM-VOZNAGR"));
        Assert.Equal(4899.00m, Month(family, 2027, 1, "PRIEM-VOZNAGR"));
        Assert.Equal(4000m, Month(family, 2027, 1, "PRIEM-SODERZH"));
        // December in all: Дарья 5 672,32; Кирилл (4 000 + 172,32 + 1 500) × 9 / 31 = 1 646,73 (each rounded: 1 161,29 + 50,03 + 435,48);
        // remuneration 5 112,34
        Assert.Equal(5672.32m + 1161.29m + 50.03m + 435.48m + 5112.34m, Month(family, 2026, 12));
    }

    [Clause("002", "8.1")]
    [Fact]
    public void Seed002_cl8_1_a_contract_ending_early_stops_every_payment_from_its_end()
    {
        var child = new FosterChild(1, "Дарья", new(2013, 5, 4), Start, null, null);
        var contract = Contract(Start, End, endedFrom: new(2026, 11, 16));
        var family = Grant(contract, [child]);
        // 15 days of 30: (4 000 + 172,32 + 1 500) × 15 / 30 each rounded = 2 000 + 86,16 + 750; remuneration 4 899 × 15 / 30 = 2 449,50
        Assert.Equal(2000m + 86.16m + 750m + 2449.50m, Month(family, 2026, 11));
        Assert.Equal(0m, Month(family, 2026, 12));
    }

    [Clause("002", "4")]
    [Fact]
    public void Seed002_cl4_a_child_placed_mid_month_is_paid_from_the_placement_day()
    {
        var child = new FosterChild(1, "Артём", new(2024, 8, 15), new(2026, 11, 10), null, null);
        var family = Grant(Contract(new(2026, 11, 10), End), [child]);
        // 21 of 30 days; remuneration 4 260 × 1,20 × 1,15 = 5 878,80 × 21 / 30 = 4 115,16
        Assert.Equal(4115.16m, Month(family, 2026, 11, "PRIEM-VOZNAGR"));
        Assert.Equal(2800m, Month(family, 2026, 11, "PRIEM-SODERZH"));
    }

    [Clause("002", "4")]
    [Fact]
    public void Seed002_cl4_furniture_is_due_for_a_placement_of_a_year_or_more_only()
    {
        var contract = Contract(new(2026, 11, 2), new(2029, 11, 1));
        Assert.True(FosterFamilyRules.FurnitureDue(new FosterChild(1, "А", new(2015, 1, 1), new(2026, 11, 2), null, null), contract));
        Assert.True(FosterFamilyRules.FurnitureDue(new FosterChild(1, "А", new(2015, 1, 1), new(2026, 11, 2), new(2027, 11, 1), null), contract));
        Assert.False(FosterFamilyRules.FurnitureDue(new FosterChild(1, "А", new(2015, 1, 1), new(2026, 11, 2), new(2027, 10, 31), null), contract));
        // turns 18 within the year
        Assert.False(FosterFamilyRules.FurnitureDue(new FosterChild(1, "А", new(2009, 3, 1), new(2026, 11, 2), null, null), contract));
    }

    [Clause("002", "4")]
    [Fact]
    public void Seed002_cl4_free_travel_only_for_regional_or_municipal_schools()
    {
        var contract = Contract(Start, End);
        var privateSchool = new Schooling { School = "Частная школа", Ownership = SchoolOwnership.Private, From = new(2020, 9, 1) };
        Assert.Null(
            FosterFamilyRules.FreeTravelSpan(
                new FosterChild(1, "А", new(2013, 1, 1), Start, null, null, Schooling: [privateSchool]),
                contract,
                Start
            )
        );
        var span = FosterFamilyRules.FreeTravelSpan(
            new FosterChild(1, "А", new(2013, 1, 1), Start, null, null, Schooling: [School(new(2026, 9, 1))]),
            contract,
            Start
        );
        Assert.Equal(new DateOnly(2026, 9, 1), span!.Value.From);
        Assert.Equal(new DateOnly(2029, 12, 31), span.Value.To);
    }

    [Clause("002", "14.2.3")]
    [Fact]
    public void Seed002_cl14_2_subcl3_a_child_cannot_be_in_two_families_at_once()
    {
        var other = new Placement { Kind = PlacementKind.FosterFamily, From = new(2025, 1, 1), Details = "договор ПС-7" };
        var errors = FosterFamilyRules.ValidatePlacement(new(2015, 1, 1), new(2026, 11, 2), null, [other], "placedFrom");
        Assert.Contains("уже передан", errors.Single().Message);
        other.LeftOn = new(2026, 11, 2);
        Assert.Empty(FosterFamilyRules.ValidatePlacement(new(2015, 1, 1), new(2026, 11, 2), null, [other], "placedFrom"));
        var institution = new Placement { Kind = PlacementKind.Institution, From = new(2020, 1, 1) };
        Assert.Empty(FosterFamilyRules.ValidatePlacement(new(2015, 1, 1), new(2026, 11, 2), null, [institution], "placedFrom"));
    }

    [Clause("002", "10.1.7")]
    [Fact]
    public void Seed002_cl10_1_subcl7_eight_kinds_of_documents_confirm_the_absence_of_parental_care()
    {
        var kinds = Enum.GetValues<CareAbsenceKind>();
        Assert.Equal(8, kinds.Length);
        Assert.All(kinds, k => Assert.False(string.IsNullOrWhiteSpace(k.Russian())));
        Assert.Equal("п. 10.1 подп. 7, вид 8", CareAbsenceKind.ParentsWanted.Clause());
    }
}
