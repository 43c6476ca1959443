using Sobes.Domain.Common;
using Sobes.Domain.Organisations;
using Sobes.Domain.Payments;
using Sobes.Domain.Registry;
using Sobes.Testing;

namespace Sobes.Domain.Tests.Payments;

/// <summary>
/// The stages of a payment period: computed, signed by the head and the chief accountant in either order (seed 002 cl. 19.7), closed.
/// </summary>
public class PaymentPeriodTests
{
    private static readonly DateTime At = new(2026, 11, 24, 5, 0, 0, DateTimeKind.Utc);

    private static PaymentPeriod Computed()
    {
        var p = new PaymentPeriod { Year = 2026, Month = 11, LedgerStart = new DateOnly(2026, 11, 1) };
        p.StartRun(At, 1);
        p.FinishRun(At);
        return p;
    }

    [Fact]
    [Clause("002", "19.13")]
    [Clause("002", "19.14")]
    public void Months_go_forward_a_new_period_is_later_than_the_departments_latest_seed_002_cl_19_13()
    {
        var october = PaymentPeriod.Open(7, 2026, 10, null, null, At, 1);
        Assert.Equal((7, new DateOnly(2026, 10, 1), PaymentPeriodStatus.Open), (october.OrganisationId, october.LedgerStart, october.Status));
        foreach (var (year, month) in new[] { (2026, 10), (2026, 9), (2025, 12) })
        {
            var e = Assert.Throws<DomainValidationException>(() => PaymentPeriod.Open(7, year, month, october, october.LedgerStart, At, 1));
            Assert.Equal("month", Assert.Single(e.Errors).Field);
        }
        // A later month may skip some; the first period's month stays the month from which the system pays.
        var december = PaymentPeriod.Open(7, 2026, 12, october, october.LedgerStart, At, 1);
        Assert.Equal((2026, 12, new DateOnly(2026, 10, 1)), (december.Year, december.Month, december.LedgerStart));
    }

    [Theory]
    [InlineData(1999, 5, "year")]
    [InlineData(2026, 13, "month")]
    [InlineData(null, 0, "year,month")]
    public void A_period_is_a_month_of_a_year_from_2000_to_2100(int? year, int? month, string fields)
    {
        var e = Assert.Throws<DomainValidationException>(() => PaymentPeriod.Open(7, year, month, null, null, At, 1));
        Assert.Equal(fields, string.Join(",", e.Errors.Select(x => x.Field)));
    }

    [Clause("002", "19.7")]
    [Theory]
    [InlineData(Role.Head, Role.Accountant)]
    [InlineData(Role.Accountant, Role.Head)]
    public void Both_the_head_and_the_chief_accountant_sign_in_either_order_seed_002_cl_19_7(Role first, Role second)
    {
        var p = Computed();
        p.Approve(first, At, 1);
        Assert.Equal(PaymentPeriodStatus.Computed, p.Status);
        Assert.Throws<ConflictException>(() => p.Close(At, 1));
        p.Approve(second, At, 2);
        Assert.Equal(PaymentPeriodStatus.Approved, p.Status);
        p.Close(At, 1);
        Assert.Equal(PaymentPeriodStatus.Closed, p.Status);
    }

    [Clause("002", "19.7")]
    [Fact]
    public void A_specialist_does_not_sign_and_nobody_signs_twice()
    {
        var p = Computed();
        Assert.Throws<ForbiddenException>(() => p.Approve(Role.Specialist, At, 1));
        p.Approve(Role.Head, At, 1);
        Assert.Throws<ConflictException>(() => p.Approve(Role.Head, At, 1));
    }

    [Fact]
    public void A_computed_period_is_recomputed_until_someone_signs_it()
    {
        var p = Computed();
        p.StartRun(At, 1);
        Assert.Equal(PaymentPeriodStatus.Computing, p.Status);
        p.FinishRun(At);
        p.Approve(Role.Accountant, At, 1);
        Assert.Throws<ConflictException>(() => p.StartRun(At, 1));
    }

    [Fact]
    public void An_interrupted_run_resumes_after_its_checkpoint()
    {
        var p = new PaymentPeriod { Year = 2026, Month = 11 };
        p.StartRun(At, 1);
        p.CheckpointAssignmentId = 5000;
        p.StartRun(At, 1);
        Assert.Equal(5000, p.CheckpointAssignmentId);
    }

    [Clause("002", "19.14")]
    [Fact]
    public void A_return_is_written_off_with_a_reason_and_then_cannot_be_repaid_seed_002_cl_19_14()
    {
        var r = new PaymentReturn { Channel = PaymentMethod.Post, Amount = 4000m };
        Assert.Throws<DomainValidationException>(() => r.WriteOff(new DateOnly(2026, 12, 1), " "));
        r.WriteOff(new DateOnly(2026, 12, 1), "Смерть получателя");
        Assert.Equal(PaymentReturnStatus.WrittenOff, r.Status);
        Assert.Throws<ConflictException>(r.RequestRepayment);
    }
}
