using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sobes.Domain.Measures;
using Sobes.Domain.Organisations;
using Sobes.Domain.Payments;

namespace Sobes.Infrastructure.Payments;

internal sealed class PaymentPeriodConfiguration : IEntityTypeConfiguration<PaymentPeriod>
{
    public void Configure(EntityTypeBuilder<PaymentPeriod> e)
    {
        e.HasIndex(x => new { x.OrganisationId, x.Year, x.Month }).IsUnique();
        e.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        e.Property(x => x.Version).IsConcurrencyToken();
        e.Ignore(x => x.Title);
        e.Ignore(x => x.Stage);
        e.Ignore(x => x.FirstDay);
        e.Ignore(x => x.HasApprovals);
    }
}

internal sealed class AccrualConfiguration : IEntityTypeConfiguration<Accrual>
{
    public void Configure(EntityTypeBuilder<Accrual> e)
    {
        // A line is unique per assignment, month, kind and period: a doubled line cannot be stored, whatever a resumed or concurrent run
        // does.
        e.HasIndex(x => new { x.AssignmentId, x.ForMonth, x.Kind, x.PeriodId }).IsUnique();
        e.HasIndex(x => new { x.PeriodId, x.CitizenId });
        // Each bank register and post list reads the period's lines of one БИК or one office index.
        e.HasIndex(x => new { x.PeriodId, x.Bik });
        e.HasIndex(x => new { x.PeriodId, x.PostOfficeIndex });
        e.HasOne<PaymentPeriod>().WithMany().HasForeignKey(x => x.PeriodId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Assignment>().WithMany().HasForeignKey(x => x.AssignmentId).OnDelete(DeleteBehavior.Restrict);
        e.Property(x => x.AssignmentNumber).HasMaxLength(40);
        e.Property(x => x.RecipientName).HasMaxLength(300);
        e.Property(x => x.Amount).HasPrecision(18, 2);
        e.Property(x => x.Deduction).HasPrecision(18, 2);
        e.Property(x => x.ToPay).HasPrecision(18, 2);
        e.Property(x => x.Explanation).HasMaxLength(500);
        e.Property(x => x.Bik).HasMaxLength(9);
        e.Property(x => x.BankName).HasMaxLength(200);
        e.Property(x => x.Account).HasMaxLength(20);
        e.Property(x => x.PostOfficeIndex).HasMaxLength(6);
    }
}

internal sealed class OverpaymentConfiguration : IEntityTypeConfiguration<Overpayment>
{
    public void Configure(EntityTypeBuilder<Overpayment> e)
    {
        e.HasIndex(x => new { x.AssignmentId, x.ForMonth, x.DetectedInPeriodId }).IsUnique();
        e.HasIndex(x => new { x.OrganisationId, x.CitizenId });
        e.HasOne<Assignment>().WithMany().HasForeignKey(x => x.AssignmentId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<PaymentPeriod>().WithMany().HasForeignKey(x => x.DetectedInPeriodId).OnDelete(DeleteBehavior.Restrict);
        e.Property(x => x.AssignmentNumber).HasMaxLength(40);
        e.Property(x => x.Amount).HasPrecision(18, 2);
        e.Property(x => x.Balance).HasPrecision(18, 2);
        e.Property(x => x.Reason).HasMaxLength(1000);
        e.HasMany(x => x.Recoveries).WithOne().HasForeignKey(x => x.OverpaymentId).OnDelete(DeleteBehavior.Cascade);
        e.Ignore(x => x.IsOpen);
    }
}

internal sealed class RecoveryConfiguration : IEntityTypeConfiguration<Recovery>
{
    public void Configure(EntityTypeBuilder<Recovery> e)
    {
        e.Property(x => x.Amount).HasPrecision(18, 2);
        e.Property(x => x.Document).HasMaxLength(500);
        e.HasOne(x => x.Accrual).WithMany().HasForeignKey(x => x.AccrualId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(x => x.PeriodId);
    }
}

internal sealed class PaymentReturnConfiguration : IEntityTypeConfiguration<PaymentReturn>
{
    public void Configure(EntityTypeBuilder<PaymentReturn> e)
    {
        // One return per paid line: a line is returned whole or in part once.
        e.HasIndex(x => x.AccrualId).IsUnique();
        e.HasIndex(x => new { x.OrganisationId, x.Status });
        e.HasOne<Accrual>().WithMany().HasForeignKey(x => x.AccrualId).OnDelete(DeleteBehavior.Restrict);
        e.Property(x => x.Amount).HasPrecision(18, 2);
        e.Property(x => x.Reason).HasMaxLength(500);
        e.Property(x => x.WriteOffReason).HasMaxLength(500);
    }
}

internal sealed class PaymentConfirmationConfiguration : IEntityTypeConfiguration<PaymentConfirmation>
{
    public void Configure(EntityTypeBuilder<PaymentConfirmation> e)
    {
        // One mark per line: a post report imported again (or twice at once) cannot mark a line a second time.
        e.HasIndex(x => x.AccrualId).IsUnique();
        e.HasIndex(x => x.PeriodId);
        e.HasOne<Accrual>().WithMany().HasForeignKey(x => x.AccrualId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<PaymentPeriod>().WithMany().HasForeignKey(x => x.PeriodId).OnDelete(DeleteBehavior.Restrict);
        e.Property(x => x.Reason).HasMaxLength(500);
        e.Property(x => x.Source).HasMaxLength(200);
    }
}
