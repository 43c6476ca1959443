using Microsoft.EntityFrameworkCore;
using Sobes.Domain.Common;
using Sobes.Domain.Measures;
using Sobes.Domain.Payments;
using Sobes.Domain.Registry;
using Sobes.Infrastructure.Measures;
using Sobes.Infrastructure.Payments;
using Sobes.Web.Tests.Hosting;
using Sobes.Web.Tests.Measures;

namespace Sobes.Web.Tests.Payments;

/// <summary>
/// Monthly payment runs of a department on a real database (seed 002 cl. 19): amounts to the kopeck, idempotency and resumption after a crash,
/// overpayments from a stop registered late (cl. 8.1) recovered by deduction, returns paid again (cl. 19.12–19.14), totals per measure.
/// </summary>
[Clause("002", "19")]
public class PaymentRunTests(Hosts hosts) : WebTest(hosts)
{
    [Theory, ClassData(typeof(AllDatabases))]
    public async Task A_late_decision_pays_arrears_pro_rata_and_a_second_run_of_the_month_adds_nothing(Db db)
    {
        var s = await PaymentScenario.CreateAsync(await HostAsync(db));
        var carried = await s.AssignAsync(await s.CitizenAsync(), new DateOnly(2025, 3, 1));
        // Placed on 17 September, decided on 20 November: September 14 of 30 days (4430.40 × 14 / 30 = 2067.52), October in full, November regular.
        var late = await s.AssignAsync(await s.CitizenAsync(), new DateOnly(2026, 9, 17), decided: new DateOnly(2026, 11, 20));
        var period = await s.RunAsync(2026, 11, sign: false);

        var lines = await s.LinesAsync(period);
        Assert.Equal([(carried, new DateOnly(2026, 11, 1), AccrualKind.Regular, 4430.40m)],
            lines.Where(l => l.AssignmentId == carried).Select(l => (l.AssignmentId, l.ForMonth, l.Kind, l.ToPay)));
        Assert.Equal([(AccrualKind.Arrears, 2067.52m), (AccrualKind.Arrears, 4430.40m), (AccrualKind.Regular, 4430.40m)],
            lines.Where(l => l.AssignmentId == late).Select(l => (l.Kind, l.ToPay)));
        Assert.All(lines, l => Assert.Equal(("047501602", "40817810872000012345"), (l.Bik, l.Account)));

        // Computing the unsigned month again replaces its lines with the same ones.
        var again = await s.WithAsync((PaymentRun x) => x.ComputeAsync(s.Specialist, period));
        Assert.Equal(4, again.Lines);
        Assert.Equal(
            lines.Select(l => (l.AssignmentId, l.ForMonth, l.Kind, l.ToPay)),
            (await s.LinesAsync(period)).Select(l => (l.AssignmentId, l.ForMonth, l.Kind, l.ToPay))
        );

        // The next month pays only its own month: nothing of November or before is paid twice.
        var december = await s.RunAsync(2026, 12, sign: false);
        Assert.Equal([AccrualKind.Regular, AccrualKind.Regular], (await s.LinesAsync(december)).Select(l => l.Kind));
        await Assert.ThrowsAsync<ConflictException>(() => s.WithAsync((PaymentRun x) => x.ComputeAsync(s.Specialist, period)));
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task A_run_killed_after_its_first_batch_resumes_and_pays_every_assignment_exactly_once(Db db)
    {
        var s = await PaymentScenario.CreateAsync(await HostAsync(db));
        var ids = new List<long>();
        for (var i = 0; i < 7; i++) ids.Add(await s.AssignAsync(await s.CitizenAsync(), new DateOnly(2026, 1, 1)));
        var period = await s.WithAsync((PaymentPeriodOpening x) => x.OpenAsync(s.Specialist, new OpenPeriodInput(2026, 10)));

        using var cts = new CancellationTokenSource();
        var crash = new RunOptions { BatchSize = 3, AfterBatch = (n, _) => { if (n == 1) cts.Cancel(); return Task.CompletedTask; } };
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            s.WithAsync((PaymentRun x) => x.ComputeAsync(s.Specialist, period.Id, crash, cts.Token))
        );
        var halfway = await s.WithAsync((PaymentPeriodReader x) => x.GetAsync(s.Specialist, period.Id));
        Assert.Equal((PaymentPeriodStatus.Computing, ids[2], 3), (halfway.Period.Status, halfway.Period.CheckpointAssignmentId, halfway.Lines));

        var done = await s.WithAsync((PaymentRun x) => x.ComputeAsync(s.Specialist, period.Id, new RunOptions { BatchSize = 3 }));
        Assert.Equal(PaymentPeriodStatus.Computed, done.Period.Status);
        var lines = await s.LinesAsync(period.Id);
        Assert.Equal(ids, lines.Select(l => l.AssignmentId));
        Assert.Equal(7 * PaymentScenario.Foster2025, done.ToPay);

        // The database itself refuses a doubled line.
        await s.WithDbAsync(async c =>
        {
            var copy = lines[0];
            copy.Id = 0;
            c.Accruals.Add(copy);
            await Assert.ThrowsAsync<DbUpdateException>(() => c.SaveChangesAsync());
        });
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task An_indexation_from_1_January_entered_after_January_was_paid_adds_the_difference_in_February(Db db)
    {
        var s = await PaymentScenario.CreateAsync(await HostAsync(db));
        var id = await s.AssignAsync(await s.CitizenAsync(), new DateOnly(2025, 6, 1), 4260m);
        await s.RunAsync(2026, 1);
        await s.IndexAsync(id, new DateOnly(2026, 1, 1), 4430.40m);
        var february = await s.RunAsync(2026, 2);
        Assert.Equal([(new DateOnly(2026, 1, 1), AccrualKind.Adjustment, 170.40m), (new DateOnly(2026, 2, 1), AccrualKind.Regular, 4430.40m)],
            (await s.LinesAsync(february)).Select(l => (l.ForMonth, l.Kind, l.ToPay)));
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task A_change_reaching_back_over_several_paid_months_adjusts_each_and_a_month_without_a_period_is_paid_as_arrears(Db db)
    {
        var s = await PaymentScenario.CreateAsync(await HostAsync(db));
        var id = await s.AssignAsync(await s.CitizenAsync(), new DateOnly(2025, 6, 1), 4260m);
        await s.RunAsync(2026, 1);
        await s.RunAsync(2026, 2);
        await s.RunAsync(2026, 3);
        await s.IndexAsync(id, new DateOnly(2026, 1, 1), 4430.40m);
        // April was never opened: May pays it as arrears, and the indexation entered after March was paid adjusts January to March.
        var may = await s.RunAsync(2026, 5);
        Assert.Equal(
            [(new DateOnly(2026, 1, 1), AccrualKind.Adjustment, 170.40m), (new DateOnly(2026, 2, 1), AccrualKind.Adjustment, 170.40m),
             (new DateOnly(2026, 3, 1), AccrualKind.Adjustment, 170.40m), (new DateOnly(2026, 4, 1), AccrualKind.Arrears, 4430.40m),
             (new DateOnly(2026, 5, 1), AccrualKind.Regular, 4430.40m)],
            (await s.LinesAsync(may)).Select(l => (l.ForMonth, l.Kind, l.ToPay)));
        var june = await s.RunAsync(2026, 6);
        Assert.Equal(
            [(new DateOnly(2026, 6, 1), AccrualKind.Regular, 4430.40m)],
            (await s.LinesAsync(june)).Select(l => (l.ForMonth, l.Kind, l.ToPay))
        );
    }

    [Clause("002", "8.1")]
    [Clause("002", "8.1.9")]
    [Theory, ClassData(typeof(AllDatabases))]
    public async Task A_stop_registered_late_is_an_overpayment_recovered_by_deduction_from_the_run_that_finds_it_within_20_percent_seed_002_cl_8_1(
        Db db
    )
    {
        var s = await PaymentScenario.CreateAsync(await HostAsync(db));
        var parent = await s.CitizenAsync();
        var child = await s.AssignAsync(parent, new DateOnly(2026, 1, 1));
        var second = await s.AssignAsync(parent, new DateOnly(2026, 1, 1));
        await s.RunAsync(2026, 8);
        await s.RunAsync(2026, 9);
        // The child was adopted on 10 August (cl. 8.1 subcl. 9); the measure stops from the next month, 1 September, which was already paid.
        await s.WithServiceAsync<AssignmentService, AssignmentDetails>(x =>
            x.StopAsync(
                s.Specialist,
                child,
                new StopInput
                {
                    GroundCode = AssignmentScenario.GroundCode(9),
                    EventDate = new DateOnly(2026, 8, 10),
                    Document = "Решение суда об усыновлении",
                    RegisteredOn = new DateOnly(2026, 10, 2),
                }
            )
        );

        // October finds September overpaid and recovers from the very run that finds it: 20 % of the other line, 4 430,40 — 886,08 — is withheld.
        var october = await s.RunAsync(2026, 10);
        var octLines = await s.LinesAsync(october);
        Assert.Equal(
            [
                (child, new DateOnly(2026, 9, 1), AccrualKind.Adjustment, -4430.40m, 0m, 0m),
                (second, new DateOnly(2026, 10, 1), AccrualKind.Regular, 4430.40m, 886.08m, 3544.32m),
            ],
            octLines.Select(l => (l.AssignmentId, l.ForMonth, l.Kind, l.Amount, l.Deduction, l.ToPay))
        );
        var debt = Assert.Single(await s.WithAsync((OverpaymentRecovery x) => x.OverpaymentsAsync(s.Accountant, parent, false)));
        Assert.Equal((4430.40m, 3544.32m, october), (debt.Overpayment.Amount, debt.Overpayment.Balance, debt.Overpayment.DetectedInPeriodId));
        Assert.Contains("усыновления", debt.Overpayment.Reason);

        // November withholds another 886,08; the balance falls to 2 658,24.
        var november = await s.RunAsync(2026, 11);
        var nov = Assert.Single(await s.LinesAsync(november));
        Assert.Equal((4430.40m, 886.08m, 3544.32m), (nov.Amount, nov.Deduction, nov.ToPay));
        var after = Assert.Single(await s.WithAsync((OverpaymentRecovery x) => x.OverpaymentsAsync(s.Accountant, parent, false))).Overpayment;
        Assert.Equal(2658.24m, after.Balance);
        Assert.Equal([(RecoveryKind.Deduction, 886.08m, october), (RecoveryKind.Deduction, 886.08m, november)],
            after.Recoveries.OrderBy(r => r.PeriodId).Select(r => (r.Kind, r.Amount, r.PeriodId)));

        // A voluntary refund pays off the rest.
        var refunded = await s.WithAsync(
            (OverpaymentRecovery x) =>
                x.RefundAsync(s.Specialist, after.Id, new RefundInput(2658.24m, new DateOnly(2026, 11, 20), "Квитанция № 15"))
        );
        Assert.Equal(0m, refunded.Balance);
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task An_overpayment_found_in_a_later_batch_is_withheld_from_the_recipients_line_an_earlier_batch_wrote(Db db)
    {
        var s = await PaymentScenario.CreateAsync(await HostAsync(db));
        var parent = await s.CitizenAsync();
        var other = await s.AssignAsync(parent, new DateOnly(2026, 1, 1));
        var child = await s.AssignAsync(parent, new DateOnly(2026, 1, 1));
        await s.RunAsync(2026, 8);
        await s.WithServiceAsync<AssignmentService, AssignmentDetails>(x =>
            x.StopAsync(
                s.Specialist,
                child,
                new StopInput
                {
                    GroundCode = AssignmentScenario.GroundCode(9),
                    EventDate = new DateOnly(2026, 7, 10),
                    Document = "Решение суда об усыновлении",
                    RegisteredOn = new DateOnly(2026, 9, 2),
                }
            )
        );

        // One assignment a batch: the other assignment's September line is written before the overpayment of August is found.
        var september = await s.RunAsync(2026, 9, options: new RunOptions { BatchSize = 1 });
        var line = Assert.Single(await s.LinesAsync(september), l => l.AssignmentId == other);
        Assert.Equal((4430.40m, 886.08m, 3544.32m), (line.Amount, line.Deduction, line.ToPay));
        var debt = Assert.Single(await s.WithAsync((OverpaymentRecovery x) => x.OverpaymentsAsync(s.Accountant, parent, false))).Overpayment;
        Assert.Equal((4430.40m, 3544.32m), (debt.Amount, debt.Balance));
    }

    [Clause("002", "19.12")]
    [Clause("002", "19.13")]
    [Clause("002", "19.14")]
    [Theory, ClassData(typeof(AllDatabases))]
    public async Task A_returned_sum_stays_on_the_books_and_is_paid_again_with_corrected_details_seed_002_cl_19_12(Db db)
    {
        var s = await PaymentScenario.CreateAsync(await HostAsync(db));
        var citizen = await s.CitizenAsync(account: "40817810872000099999");
        await s.AssignAsync(citizen, new DateOnly(2026, 1, 1));
        var may = await s.RunAsync(2026, 5);
        var line = Assert.Single(await s.LinesAsync(may));
        var r = await s.WithAsync(
            (PaymentReturns x) =>
                x.RegisterReturnAsync(s.Specialist, new ReturnInput(line.Id, null, "Счёт закрыт", new DateOnly(2026, 6, 3)))
        );
        Assert.Equal((PaymentReturnStatus.OnBooks, 4430.40m), (r.Status, r.Amount));
        await Assert.ThrowsAsync<ConflictException>(() =>
            s.WithAsync((PaymentReturns x) => x.RegisterReturnAsync(s.Specialist, new ReturnInput(line.Id, null, "Повтор", null)))
        );

        // Not asked to re-pay yet: June pays only June.
        var june = await s.RunAsync(2026, 6, sign: false);
        Assert.Equal([AccrualKind.Regular], (await s.LinesAsync(june)).Select(l => l.Kind));
        await s.SetDetailsAsync(citizen, PaymentMethod.Bank, account: "40817810872000011111");
        await s.WithAsync((PaymentReturns x) => x.RequestRepaymentAsync(s.Specialist, r.Id));
        await s.WithAsync((PaymentRun x) => x.ComputeAsync(s.Specialist, june));
        await s.WithAsync((PaymentRun x) => x.ComputeAsync(s.Specialist, june)); // a recompute puts it back and pays it once again, not twice
        var lines = await s.LinesAsync(june);
        var repaid = Assert.Single(lines, l => l.Kind == AccrualKind.Repayment);
        Assert.Equal((new DateOnly(2026, 5, 1), 4430.40m, "40817810872000011111"), (repaid.ForMonth, repaid.ToPay, repaid.Account));
        var item = Assert.Single(await s.WithAsync((PaymentReturns x) => x.ReturnsAsync(s.Accountant, null)), i => i.Return.Id == r.Id);
        Assert.Equal((PaymentReturnStatus.Repaid, "Июнь 2026"), (item.Return.Status, item.RepaidIn));
    }

    [Clause("000", "VII")]
    [Theory, ClassData(typeof(AllDatabases))]
    public async Task The_yearly_totals_give_recipients_and_sums_per_measure_and_budget_level_seed_000_section_VII(Db db)
    {
        var s = await PaymentScenario.CreateAsync(await HostAsync(db));
        var a = await s.CitizenAsync();
        await s.AssignAsync(a, new DateOnly(2025, 1, 1));
        await s.AssignAsync(a, new DateOnly(2025, 1, 1));
        await s.AssignAsync(await s.CitizenAsync(PaymentMethod.Post), new DateOnly(2025, 1, 1));
        await s.RunAsync(2025, 3);
        await s.RunAsync(2025, 4);
        await s.RunAsync(2025, 5, sign: false); // not signed: not paid yet

        var totals = await s.WithAsync((PaymentTotals x) => x.YearTotalsAsync(s.Accountant, 2025));
        var year = Assert.Single(totals.ByYear);
        Assert.Equal(
            (AssignmentScenario.Foster, FundingLevel.Regional, 2, 6 * 4430.40m),
            (await CodeAsync(s, year.MeasureId), year.Funding, year.Recipients, year.Sum)
        );
        Assert.Equal([(3, 2, 3 * 4430.40m), (4, 2, 3 * 4430.40m)], totals.ByMonth.Select(r => (r.Month, r.Recipients, r.Sum)));
    }

    private static async Task<string> CodeAsync(PaymentScenario s, int measureId)
    {
        var code = "";
        await s.WithDbAsync(async c => code = await c.Measures.Where(m => m.Id == measureId).Select(m => m.Code).SingleAsync());
        return code;
    }
}
