using Sobes.Domain.Applications;
using Sobes.Domain.Measures;
using Sobes.Domain.Organisations;

namespace Sobes.Domain.Tests.Measures;

/// <summary>The catalogue of measures and regulations loaded from the embedded measures.json (seeds 000 and 002).</summary>
public class MeasuresSeedTests
{
    private static readonly MeasuresCatalogueSeed Seed = MeasuresSeedFile.Load();
    private static readonly RegulationsSeed Regulations = RegulationsSeedFile.Load(Seed.LegalActs);

    private static Measure M(string code) => Seed.Measures.Single(m => m.Code == code);

    private static AdministrativeRegulation Varna => Regulations.Regulations.Single(r => r.Code == "AR-PRIEM-VARNA");

    /// <summary>Every line of seed 000 section VII that reports a measure of support with its recipients (7.9–7.67).</summary>
    public static TheoryData<string> Seed000Lines => new()
    {
        "7.9", "7.10", "7.11", "7.13", "7.14", "7.15", "7.16", "7.17", "7.23", "7.24", "7.26", "7.27", "7.28", "7.29", "7.30", "7.31", "7.32", "7.35",
        "7.36", "7.37", "7.38", "7.39", "7.40", "7.42", "7.43", "7.44", "7.45", "7.46", "7.49", "7.51", "7.52", "7.53", "7.65", "7.66", "7.67",
    };

    [Clause("000", "VII")]
    [Theory, MemberData(nameof(Seed000Lines))]
    public void Seed000_section_VII_every_measure_line_has_a_measure(string line) =>
        Assert.Contains(Seed.Measures, m => (m.ReportLine ?? "").Split("; ").Contains(line));

    [Clause("000", "VII")]
    [Clause("000", "7.11")]
    [Clause("000", "7.31")]
    [Clause("000", "7.35")]
    [Theory]
    // seed 000 cl. 7.11: ВТ, ВТ ЧО, реабилитированные, ТТ, ДПЗО, сельские специалисты; 7.31: four payments of 623-ЗО; 7.35: four one-time payments.
    [InlineData("EDV-VT", 1331, 24253770.99)]
    [InlineData("EDV-VTCHO", 1396, 21457033.31)]
    [InlineData("EDV-REAB", 36, 893546.34)]
    [InlineData("EDV-TT", 24, 544320.00)]
    [InlineData("EDV-DPZO", 227, 2978500.46)]
    [InlineData("KOMP-SELSP", 83, 1544570.04)]
    [InlineData("EDV-ZHKU", 2883, 24960096.89)]
    [InlineData("EDV-ZHKU-PED", 208, 8309870.23)]
    [InlineData("DOPLATA-MUNSL", 55, 7711783.51)]
    [InlineData("POGREB", 58, 500702.60)]
    [InlineData("DONOR", 6, 100960.62)]
    [InlineData("PROEZD-REAB", 1, 9119.40)]
    [InlineData("ESPB-GOROD", 568, 13560.00)]
    [InlineData("EDV-3REB", 166, 21988372.36)]
    [InlineData("EDV-3-7", 532, 40171174.15)]
    [InlineData("EDINOVR-ROZHD", 151, 994800.00)]
    [InlineData("POSOB-REB", 1667, 8117244.77)]
    [InlineData("SVO-DETI", 56, 1100000.00)]
    [InlineData("SVO-MOBIL", 81, 4575000.00)]
    [InlineData("SVO-UVECH", 31, 7800000.00)]
    [InlineData("SVO-GIBEL", 7, 7000000.00)]
    [InlineData("DEN-POZHIL", 8849, 6194300.00)]
    [InlineData("REMONT-VOV", 1, 66000.00)]
    [InlineData("PRIEM-VOZNAGR", 77, 1994284.09)]
    [InlineData("PRIEM-MEBEL", 5, 183345.00)]
    public void Seed000_2023_reference_totals(string code, int recipients, double sum)
    {
        var total = Seed.ReferenceTotals.Single(t => t.Measure!.Code == code && t.Sum is not null);
        Assert.Equal(2023, total.Year);
        Assert.Equal(recipients, total.Recipients);
        Assert.Equal((decimal)sum, total.Sum);
        Assert.StartsWith("сид 000", total.Source);
    }

    [Clause("000", "7.15")]
    [Clause("000", "7.31.4")]
    [Clause("000", "7.35")]
    [Theory]
    // seed 000: where the total divides evenly by the recipients the amount is the seed's own and says so.
    [InlineData("DEN-POZHIL", 700.00)]         // 7.35: 6 194 300 / 8849
    [InlineData("SVO-GIBEL", 1000000.00)]      // 7.31 subcl. 4: 7 000 000 / 7 families
    [InlineData("DONOR", 16826.77)]            // 7.15: 100 960,62 / 6
    [InlineData("GUB-PRIEM", 20000.00)]        // 7.35: 140 000 / 7
    [InlineData("SEM-POGIB", 10000.00)]        // 7.35: 180 000 / 18
    public void Seed000_exact_per_person_amounts_come_from_the_seed(string code, double value)
    {
        var amount = M(code).Amounts.Single();
        Assert.Equal((decimal)value, amount.Value);
        Assert.Contains("ровно", amount.Note);
        Assert.DoesNotContain("демонстрации", amount.Note);
    }

    [Fact]
    public void Amounts_not_given_by_a_seed_are_marked_as_demo_values()
    {
        var unsourced = Seed
            .Measures.SelectMany(m => m.Amounts.Select(a => (m.Code, a.Note)))
            .Where(x =>
                !x.Note.Contains("сид 002")
                && !x.Note.Contains("ровно")
                && !x.Note.Contains("значение для демонстрации — уточнить по нормативному акту")
            )
            .ToList();
        Assert.Empty(unsourced);
        Assert.Contains("значение для демонстрации", M("EDV-VT").Amounts.Single().Note);
    }

    [Fact]
    public void Legal_acts_of_the_seeds_with_numbers_and_dates()
    {
        LegalAct Act(string number) => Seed.LegalActs.Single(a => a.Number == number);
        Assert.Equal(new DateOnly(2007, 10, 25), Act("212-ЗО").AdoptedOn);
        Assert.Equal(new DateOnly(2005, 12, 22), Act("442-ЗО").AdoptedOn);
        Assert.Equal(new DateOnly(2008, 4, 24), Act("48-ФЗ").AdoptedOn);
        Assert.Equal(new DateOnly(2011, 7, 20), Act("230-П").AdoptedOn);
        Assert.Equal(LegalActType.GovernmentResolution, Act("230-П").Type);
        Assert.Equal(new DateOnly(2014, 12, 18), Act("88-ЗО").AdoptedOn);
        Assert.Equal(new DateOnly(2016, 8, 24), Act("396-ЗО").AdoptedOn);
        Assert.Equal(new DateOnly(2022, 6, 29), Act("623-ЗО").AdoptedOn);
        Assert.Equal(new DateOnly(2010, 3, 31), Act("548-ЗО").AdoptedOn);
        Assert.Equal(new DateOnly(2009, 9, 30), Act("246-П").AdoptedOn);
        Assert.Equal(new DateOnly(1996, 1, 12), Act("8-ФЗ").AdoptedOn);
        Assert.Equal(LegalActType.FederalLaw, Act("125-ФЗ").Type);
        Assert.Equal(
            "Закон Челябинской области от 25.10.2007 № 212-ЗО «О мерах социальной поддержки детей-сирот и детей, оставшихся без " +
                "попечения родителей, оплате труда приемных родителей и социальных гарантиях приемной семье»",
            Act("212-ЗО").Citation
        );
    }

    [Clause("002", "4")]
    [Fact]
    public void Seed002_cl4_six_measures_of_the_foster_family_with_their_first_values()
    {
        var foster = Seed.Measures.Where(m => Regulations.RegulationOf(m.Code) == Varna).ToDictionary(m => m.Code);
        Assert.Equal(6, foster.Count);
        Assert.Equal(4000m, foster["PRIEM-SODERZH"].Amounts.Single().Value);
        Assert.Equal(262.65m, foster["PRIEM-PROEZD"].Amounts.Single().Value);
        Assert.Equal(4260m, foster["PRIEM-VOZNAGR"].Amounts.Single().Value);
        Assert.Equal(16227.16m, foster["PRIEM-MEBEL"].Amounts.OrderBy(a => a.ValidFrom).First().Value);
        Assert.Equal(172.32m, foster["PRIEM-HOZ"].Amounts.Single().Value);
        Assert.Equal(AmountRuleKind.Formula, foster["PRIEM-ZHKU"].AmountRule);
        Assert.Contains("ЖКУ", foster["PRIEM-ZHKU"].Formula);
        Assert.Equal(MeasureKind.OneTime, foster["PRIEM-MEBEL"].Kind);
        Assert.Equal(PaymentEndRule.Once, foster["PRIEM-MEBEL"].EndRule);
        foreach (var m in foster.Values)
        {
            Assert.Contains(m.Bases, b => b.LegalAct!.Number == "212-ЗО");
            Assert.Contains("PRIEM", m.Eligibility.CategoryCodes);
        }
        // One assignment per child for the per-child measures (the payment follows the child's own stop grounds and 18th birthday).
        foreach (var code in new[] { "PRIEM-SODERZH", "PRIEM-PROEZD", "PRIEM-HOZ", "PRIEM-ZHKU" })
        {
            Assert.True(foster[code].Eligibility.ForChild);
            Assert.Equal(PaymentEndRule.UntilChildAge, foster[code].EndRule);
            Assert.Equal(18, foster[code].EndAge);
        }
        Assert.False(foster["PRIEM-VOZNAGR"].Eligibility.ForChild);
        Assert.Equal(PaymentEndRule.UntilContractEnd, foster["PRIEM-VOZNAGR"].EndRule);
    }

    [Clause("002", "8.1")]
    [Fact]
    public void Seed002_stop_and_partial_month_rule_chosen_for_the_monthly_measures()
    {
        foreach (var m in Seed.Measures.Where(m => Regulations.RegulationOf(m.Code) == Varna && m.Kind == MeasureKind.Monthly))
        {
            Assert.Equal(StopDateRule.FromEventDay, m.StopRule);
            Assert.Equal(PartialMonthRule.ProRataCalendarDays, m.PartialMonth);
        }
    }

    [Clause("002", "8.1")]
    [Fact]
    public void Seed002_cl8_1_eleven_stop_grounds_with_their_texts_on_each_monthly_measure()
    {
        foreach (var m in Seed.Measures.Where(m => Regulations.RegulationOf(m.Code) == Varna && m.Kind == MeasureKind.Monthly))
        {
            Assert.Equal(11, m.StopGrounds.Count);
            Assert.Equal(Enumerable.Range(1, 11).Select(n => $"п. 8.1 подп. {n}"), m.StopGrounds.Select(g => g.Clause));
            Assert.Equal("достижения несовершеннолетним, переданным в приемную семью, возраста 18 лет", m.StopGrounds[0].Text);
            Assert.Equal(["AGE18"], m.StopGrounds.Where(g => g.Automatic).Select(g => g.Code));
            Assert.Equal("усыновления (удочерения) ребенка, переданного в приемную семью", m.StopGrounds[8].Text);
            Assert.StartsWith("при представлении заявителем заведомо недостоверных сведений", m.StopGrounds[10].Text);
            Assert.Contains("Варненского района", m.StopGrounds[3].Text);
        }
    }

    [Clause("002", "10.1")]
    [Clause("002", "10.1.7")]
    [Clause("002", "10.5")]
    [Fact]
    public void Seed002_cl10_1_documents_with_eight_alternative_proofs_of_subcl_7()
    {
        var docs = Varna.Documents;
        Assert.Equal(6 + 8, docs.Count);
        Assert.Equal(Enumerable.Range(1, docs.Count), docs.Select(d => d.Order));
        var alternatives = docs.Where(d => d.AlternativeGroup is not null).ToList();
        Assert.Equal(8, alternatives.Count);
        Assert.Single(alternatives.Select(d => d.AlternativeGroup).Distinct());
        Assert.All(alternatives, d => Assert.StartsWith("п. 10.1 подп. 7", d.Clause));
        Assert.Equal("Свидетельства о смерти родителей", alternatives[0].Name);
        // The department asks other bodies for what they hold (210-ФЗ ст. 7): birth certificate, joint residence, school.
        var birth = docs.Single(d => d.Clause.StartsWith("п. 10.1 подп. 4"));
        Assert.Equal(DocumentSource.Interagency, birth.Source);
        Assert.Contains("ЗАГС", birth.ProvidingBody);
        var residence = docs.Single(d => d.Clause.StartsWith("п. 10.1 подп. 5"));
        Assert.Equal(30, residence.ValidityDays); // cl. 10.5: valid for a month
        Assert.Contains("поселения", residence.ProvidingBody);
        var school = docs.Single(d => d.Clause.StartsWith("п. 10.1 подп. 6"));
        Assert.False(school.Mandatory);
        Assert.Contains("обучающегося", school.Condition);
        Assert.Equal(DocumentSource.Applicant, docs.Single(d => d.Clause.StartsWith("п. 10.1 подп. 1")).Source);
    }

    [Clause("002", "7.1")]
    [Clause("002", "23.9")]
    [Fact]
    public void Seed002_cl7_1_decision_in_ten_calendar_days_and_cl23_9_complaints_in_30_plus_15()
    {
        Assert.Equal(new RegulatedDuration(10, DurationUnit.CalendarDays), Varna.DecisionDeadline);
        Assert.StartsWith("п. 7.1", Varna.DecisionDeadlineClause);
        Assert.Equal(30, Varna.ComplaintAnswerDays);
        Assert.Equal(15, Varna.ComplaintExtensionDays);
        Assert.Equal("п. 23.9", Varna.ComplaintClause);
    }

    [Clause("002", "III")]
    [Clause("002", "14.3")]
    [Clause("002", "14.5")]
    [Clause("002", "16.2")]
    [Clause("002", "7.1")]
    [Clause("002", "19")]
    [Fact]
    public void Seed002_section_III_steps_with_performers_and_durations()
    {
        RegulationStep Step(string clause) => Varna.Steps.Single(s => s.Clause.StartsWith(clause));
        Assert.Equal(new RegulatedDuration(30, DurationUnit.Minutes), Step("п. 13.1").MaxDuration); // 14.3
        Assert.Equal(new RegulatedDuration(30, DurationUnit.Minutes), Step("п. 14.5").MaxDuration);
        Assert.Equal(new RegulatedDuration(1, DurationUnit.WorkingDays), Step("п. 16.2").MaxDuration);
        Assert.Equal(Role.Head, Step("п. 16.2").PerformerRole);
        Assert.Equal(new RegulatedDuration(10, DurationUnit.CalendarDays), Step("п. 7.1").MaxDuration);
        Assert.Equal(new RegulatedDuration(7, DurationUnit.Hours), Step("п. 19.3").MaxDuration);
        Assert.Equal(new RegulatedDuration(9, DurationUnit.WorkingDays), Step("п. 19.4").MaxDuration);
        Assert.Equal(new RegulatedDuration(2, DurationUnit.WorkingDays), Step("п. 19.15").MaxDuration);
        Assert.Equal(new RegulatedDuration(1, DurationUnit.WorkingDays), Step("п. 19.18").MaxDuration);
        // Every payment step of cl. 19.1–19.18 is listed.
        Assert.Equal(18, Varna.Steps.Count(s => s.Clause.StartsWith("п. 19.")));
    }

    [Clause("002", "17.1")]
    [Clause("002", "17.3")]
    [Fact]
    public void Seed002_cl17_1_refusal_grounds_with_legal_references_of_cl17_3()
    {
        var grounds = Varna.RefusalGrounds;
        Assert.Equal(["NO-RIGHT-FURNITURE", "NO-RIGHT-UTILITIES", "NO-RIGHT-TRAVEL", "DOCS-INVALID", "FALSE-INFO"], grounds.Select(g => g.Code));
        Assert.All(grounds.Take(3), g => Assert.Contains("212-ЗО", g.LegalReference));
        Assert.Contains("8.1 подп. 11", grounds.Single(g => g.Code == "FALSE-INFO").LegalReference);
    }

    [Fact]
    public void Regional_coefficient_1_15_for_Varna_and_Kasli()
    {
        var rk = Seed.Parameters.Where(p => p.Parameter.Code == "РК").ToList();
        Assert.Equal(["75617000", "75629000"], rk.Select(p => p.TerritoryCode).Order());
        Assert.All(rk, p => Assert.Equal(1.15m, p.Parameter.Value));
        Assert.All(Seed.Parameters.Where(p => p.Parameter.Code == "ЖКУ"), p => Assert.Contains("демонстрации", p.Parameter.Note));
    }

    [Fact]
    public void Other_state_services_have_typical_regulations_labelled_as_demo()
    {
        var typical = Regulations.Regulations.Where(r => r != Varna).ToList();
        Assert.NotEmpty(typical);
        Assert.All(typical, r =>
        {
            Assert.Contains("типовой регламент (демонстрационный)", r.Name);
            Assert.Equal(new RegulatedDuration(10, DurationUnit.WorkingDays), r.DecisionDeadline);
            Assert.Contains(r.Documents, d => d.Source == DocumentSource.Interagency && d.ProvidingBody!.Contains("СФР"));
            Assert.DoesNotContain(r.Documents, d => d.Name.Contains('{'));
        });
        Assert.All(Seed.Measures, m => Assert.NotNull(Regulations.RegulationOf(m.Code)));
    }

    [Clause("000", "7.37")]
    [Fact]
    public void Measure_rules_are_consistent()
    {
        foreach (var m in Seed.Measures)
        {
            if (m.AmountRule == AmountRuleKind.Formula) Assert.NotNull(Sobes.Domain.Common.Formula.Parse(m.Formula!));
            if (m.AmountRule == AmountRuleKind.Percentage) Assert.Contains(Seed.Parameters, p => p.Parameter.Code == m.BaseParameterCode);
            if (m.AmountRule is AmountRuleKind.Fixed or AmountRuleKind.PerChild or AmountRuleKind.Percentage or AmountRuleKind.Formula)
                Assert.NotEmpty(m.Amounts);
            if (m.Kind == MeasureKind.OneTime) Assert.Equal(PaymentEndRule.Once, m.EndRule);
            if (m.EndRule == PaymentEndRule.UntilChildAge) Assert.NotNull(m.EndAge);
            Assert.NotEmpty(m.StopGrounds);
        }
        // seed 000 cl. 7.37: «от 3 до 7 лет включительно» — 3 inclusive, younger than 8.
        Assert.Equal((3, 8), (M("EDV-3-7").Eligibility.ChildMinAge, M("EDV-3-7").Eligibility.ChildMaxAge));
        Assert.Equal(1.0m, M("POSOB-REB").Eligibility.IncomeLimitFactor);
    }
}
