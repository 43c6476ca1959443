using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sobes.Domain.SocialServices;

namespace Sobes.Infrastructure.SocialServices;

internal sealed class SocialServiceConfiguration : IEntityTypeConfiguration<SocialService>
{
    public void Configure(EntityTypeBuilder<SocialService> e)
    {
        e.Property(x => x.Code).HasMaxLength(20);
        e.Property(x => x.Name).HasMaxLength(500);
        e.Property(x => x.Unit).HasMaxLength(50);
        e.HasIndex(x => x.Code).IsUnique();
    }
}

internal sealed class ServiceTariffConfiguration : IEntityTypeConfiguration<ServiceTariff>
{
    public void Configure(EntityTypeBuilder<ServiceTariff> e)
    {
        e.Property(x => x.Price).HasPrecision(18, 4);
        e.Property(x => x.LegalAct).HasMaxLength(1000);
        e.Property(x => x.Text).HasMaxLength(2000);
        e.HasOne(x => x.SocialService).WithMany().HasForeignKey(x => x.SocialServiceId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<StateAssignment>().WithMany(a => a.Tariffs).HasForeignKey(x => x.StateAssignmentId).OnDelete(DeleteBehavior.SetNull);
        e.HasIndex(x => new { x.Form, x.Kind, x.ValidFrom });
    }
}

internal sealed class SubsistenceMinimumConfiguration : IEntityTypeConfiguration<SubsistenceMinimum>
{
    public void Configure(EntityTypeBuilder<SubsistenceMinimum> e)
    {
        e.Property(x => x.Region).HasMaxLength(200);
        e.Property(x => x.Amount).HasPrecision(18, 2);
        e.Property(x => x.LegalAct).HasMaxLength(1000);
        e.HasIndex(x => new { x.Region, x.Group, x.ValidFrom }).IsUnique();
    }
}

internal sealed class FeeRuleConfiguration : IEntityTypeConfiguration<FeeRule>
{
    public void Configure(EntityTypeBuilder<FeeRule> e)
    {
        e.Property(x => x.Region).HasMaxLength(200);
        e.Property(x => x.FreeIncomeLimitMultiplier).HasPrecision(9, 4);
        e.Property(x => x.HomeFeeShareOfExcess).HasPrecision(9, 4);
        e.Property(x => x.StationaryFeeShareOfIncome).HasPrecision(9, 4);
        e.Property(x => x.LegalBasis).HasMaxLength(1000);
        e.HasIndex(x => new { x.Region, x.ValidFrom }).IsUnique();
    }
}
