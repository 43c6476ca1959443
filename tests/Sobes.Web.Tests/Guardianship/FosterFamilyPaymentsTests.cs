using System.Net;
using Microsoft.EntityFrameworkCore;
using Sobes.Domain.Guardianship;
using Sobes.Domain.Measures;
using Sobes.Domain.Payments;
using Sobes.Infrastructure.Guardianship;
using Sobes.Web.Tests.Hosting;
using Sobes.Web.Tests.Support;

namespace Sobes.Web.Tests.Guardianship;

/// <summary>
/// Seed 002 end to end through the services: a family of three (one under three, one schooled, one turning 18 in February 2025) applies from
/// its contract, the head signs, the payment runs pay the six payments of cl. 4 to the kopeck month by month, the 18th birthday stops a child's
/// payments and lowers the remuneration with nobody registering it (cl. 8.1 subcl. 1), and a placement into an institution registered after
/// the month was paid (cl. 8.1 subcl. 2) becomes an overpayment the next run withholds. Kasli test department: РК 1,15, ЖКУ 1 650 ₽.
/// </summary>
[Clause("002", "4")]
public class FosterFamilyPaymentsTests(Hosts hosts) : WebTest(hosts)
{
    private static readonly DateOnly From = new(2025, 1, 1);

    [Clause("002", "8.1.1")]
    [Clause("002", "8.1.2")]
    [Clause("002", "10.1.3")]
    [Clause("002", "10.4")]
    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Seed002_a_family_of_three_is_paid_the_six_payments_and_follows_its_composition(Db db)
    {
        var host = await HostAsync(db);
        var family = await FosterFamilyScenario.CreateAsync(host, From, new(2027, 12, 31),
            new(new(2023, 6, 15), From),                   // Артём: under three — +20 %
            new(new(2015, 5, 4), From, Schooled: true),    // Дарья: schooled — free travel
            new(new(2007, 2, 10), From));                  // Кирилл: 18 on 10.02.2025
        var applicationId = await family.ApplyAndSignAsync();
        // Appendix 2 names the contract from the register (seed 002 cl. 10.1 subcl. 3, 10.4).
        var form = await family.Payments.WithServiceAsync<
            Sobes.Infrastructure.Applications.ApplicationPrints,
            Sobes.Infrastructure.Applications.ApplicationFile
        >(s => s.ApplicationFormAsync(family.Payments.Specialist, applicationId, 2));
        using (var doc = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(form.Content), false))
            Assert.Contains($"по договору о приёмной семье № {family.ContractNumber} от 01.01.2025", doc.MainDocumentPart!.Document!.Body!.InnerText);

        var assignments = await Assignments(family);
        // Cl. 4: per child maintenance, household items, housing; travel for the schooled one; furniture for the two placed a year or more
        // (Кирилл turns 18 within the year); one remuneration for the family.
        Assert.Equal(13, assignments.Count);
        Assert.Equal(2, assignments.Count(a => a.Measure!.Code == FosterMeasures.Furniture));
        Assert.Single(assignments, a => a.Measure!.Code == FosterMeasures.FreeTravel && a.BeneficiaryCitizenId == family.Children[1]);
        var remuneration = assignments.Single(a => a.Measure!.Code == FosterMeasures.Remuneration);
        // 4260 × (1 + 0,15 × 2 + 0,20 × 1) × 1,15 until the 18th birthday, then 4260 × (1 + 0,15 + 0,20) × 1,15
        Assert.Equal(7348.50m, remuneration.AmountOn(new(2025, 2, 9)));
        Assert.Equal(6613.65m, remuneration.AmountOn(new(2025, 2, 10)));
        Assert.Equal(
            new DateOnly(2025, 2, 9),
            assignments.Single(a => a.Measure!.Code == FosterMeasures.Maintenance && a.BeneficiaryCitizenId == family.Children[2]).EndsOn
        );

        var january = await family.Payments.RunAsync(2025, 1);
        // 3 × (4 000 + 172,32 + 1 650) + 262,65 + 7 348,50 + furniture 2 × 36 669,00 (the catalogue's value from 2023)
        Assert.Equal(98416.11m, (await family.Payments.LinesAsync(january)).Sum(l => l.Amount));

        var february = await family.Payments.RunAsync(2025, 2);
        var feb = await family.Payments.LinesAsync(february);
        // Кирилл 1–9 February of 28: 4 000 × 9/28 = 1 285,71; 172,32 × 9/28 = 55,39; 1 650 × 9/28 = 530,36
        Assert.Equal(
            1285.71m + 55.39m + 530.36m,
            feb.Where(l => l.CitizenId == family.ParentId && ForChild(assignments, l, family.Children[2])).Sum(l => l.Amount)
        );
        // remuneration (7 348,50 × 9 + 6 613,65 × 19) / 28 = 6 849,85
        Assert.Equal(6849.85m, feb.Single(l => l.AssignmentId == remuneration.Id).Amount);
        Assert.Equal(2 * 5822.32m + 262.65m + 1285.71m + 55.39m + 530.36m + 6849.85m, feb.Sum(l => l.Amount));

        // Cl. 8.1 subcl. 2, registered after February was paid: Дарья in an institution from 20 February.
        await family.LeaveAsync(family.Children[1], new(2025, 2, 20), "STATE-CARE", "устроена в учреждение на полное государственное обеспечение");
        var march = await family.Payments.RunAsync(2025, 3);
        var mar = await family.Payments.LinesAsync(march);
        // Overpaid for 20–28 February (9 of 28 days): 4 000 → 1 285,71; 172,32 → 55,39; 1 650 → 530,36; travel 262,65 → 84,42;
        // remuneration (7 348,50 × 9 + 6 613,65 × 10 + 5 878,80 × 9) / 28 = 6 613,65 instead of 6 849,85 → 236,20.
        var overpaid = mar.Where(l => l.Amount < 0).Sum(l => l.Amount);
        Assert.Equal(-(1285.71m + 55.39m + 530.36m + 84.42m + 236.20m), overpaid);
        // March pays Артём alone: 5 822,32 + remuneration 4260 × 1,20 × 1,15 = 5 878,80, and withholds within 20 % of each line.
        Assert.Equal(5822.32m + 5878.80m, mar.Where(l => l.Amount > 0).Sum(l => l.Amount));
        // 2 192,08 ₽ fits under 20 % of March's lines (800 + 34,46 + 330 + 1 175,76 = 2 340,22): the next month recovers it all.
        Assert.All(mar.Where(l => l.Amount > 0), l => Assert.True(l.Deduction <= AmountCalculator.Round(l.Amount * 0.20m)));
        Assert.Equal(2192.08m, mar.Sum(l => l.Deduction));
        var april = await family.Payments.RunAsync(2025, 4);
        Assert.Equal(0m, (await family.Payments.LinesAsync(april)).Sum(l => l.Deduction));
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Seed002_cl4_a_raise_of_the_remuneration_base_keeps_the_spans_of_the_family_composition(Db db)
    {
        var host = await HostAsync(db);
        var family = await FosterFamilyScenario.CreateAsync(host, new(2026, 1, 1), new(2028, 12, 31),
            new(new(2024, 3, 1), new(2026, 1, 1)),   // three on 01.03.2027
            new(new(2015, 1, 1), new(2026, 1, 1)));
        await family.ApplyAndSignAsync();
        var admin = await host.LoginAsync("admin");
        var measureId = await MeasureIdAsync(family, FosterMeasures.Remuneration);
        // Cl. 4: «размер оплаты труда увеличивается в случае принятия нормативно-правового акта» — a new base from a date, entered as data.
        await admin
            .PostJson(
                $"/api/v1/measures/{measureId}/amounts",
                new
                {
                    validFrom = "2027-01-01",
                    value = 4430.40m,
                    note = "проверка: повышение оплаты труда воспитателей",
                    newLegalAct = new
                    {
                        type = "governmentResolution",
                        number = "Т-" + Guid.NewGuid().ToString("N")[..6],
                        adoptedOn = "2026-12-01",
                        title = "Об увеличении оплаты труда (проверка)",
                    },
                }
            )
            .Expect(HttpStatusCode.Created);
        var remuneration = (await Assignments(family)).Single(a => a.Measure!.Code == FosterMeasures.Remuneration);
        Assert.Equal(6613.65m, remuneration.AmountOn(new(2026, 12, 31)));  // 4 260 × 1,35 × 1,15
        Assert.Equal(6878.20m, remuneration.AmountOn(new(2027, 1, 1)));    // 4 430,40 × 1,35 × 1,15
        Assert.Equal(5859.20m, remuneration.AmountOn(new(2027, 3, 1)));    // 4 430,40 × 1,15 × 1,15: the third birthday still counts
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Seed002_cl4_a_disability_registered_on_the_child_card_raises_the_remuneration_from_its_date(Db db)
    {
        var host = await HostAsync(db);
        var family = await FosterFamilyScenario.CreateAsync(
            host,
            new(2026, 1, 1),
            new(2028, 12, 31),
            new FosterFamilyScenario.Child(new(2016, 4, 1), new(2026, 1, 1))
        );
        await family.ApplyAndSignAsync();
        var p = family.Payments;
        long childInCare = 0;
        await p.WithDbAsync(async c =>
            childInCare = await c.ChildrenInCare.Where(x => x.CitizenId == family.Children[0]).Select(x => x.Id).SingleAsync()
        );
        await p.WithServiceAsync<Sobes.Infrastructure.Guardianship.ChildRegister, Sobes.Domain.Guardianship.ChildInCare>(s =>
            s.UpdateChildAsync(
                p.Specialist,
                childInCare,
                new Sobes.Infrastructure.Guardianship.ChildInCareInput
                {
                    CitizenId = family.Children[0],
                    CareAbsenceKind = Sobes.Domain.Guardianship.CareAbsenceKind.CourtDecisionOnParents,
                    CareAbsenceDocument = "решение суда",
                    DisabledFrom = new(2026, 6, 10),
                }
            )
        );
        var remuneration = (await Assignments(family)).Single(a => a.Measure!.Code == FosterMeasures.Remuneration);
        Assert.Equal(4899.00m, remuneration.AmountOn(new(2026, 6, 9)));   // 4 260 × 1,15
        Assert.Equal(5878.80m, remuneration.AmountOn(new(2026, 6, 10)));  // 4 260 × 1,20 × 1,15 from the disability
        // June: (4 899,00 × 9 + 5 878,80 × 21) / 30 = 5 584,86
        Assert.Equal(5584.86m, AssignmentSchedule.AmountForMonth(remuneration, 2026, 6));
    }

    private static async Task<int> MeasureIdAsync(FosterFamilyScenario family, string code)
    {
        var id = 0;
        await family.Payments.WithDbAsync(async db => id = await db.Measures.Where(m => m.Code == code).Select(m => m.Id).SingleAsync());
        return id;
    }

    private static bool ForChild(List<Assignment> assignments, Accrual line, long child) =>
        assignments.Any(a => a.Id == line.AssignmentId && a.BeneficiaryCitizenId == child);

    private static async Task<List<Assignment>> Assignments(FosterFamilyScenario family)
    {
        List<Assignment> list = [];
        await family.Payments.WithDbAsync(async db => list = await db.Assignments.AsNoTracking().Include(a => a.Measure).Include(a => a.Periods)
            .Where(a => a.FosterContractId == family.ContractId).ToListAsync());
        return list;
    }
}
