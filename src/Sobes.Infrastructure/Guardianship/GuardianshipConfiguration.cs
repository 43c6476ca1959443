using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sobes.Domain.Guardianship;
using Sobes.Domain.Organisations;
using Sobes.Domain.Registry;

namespace Sobes.Infrastructure.Guardianship;

internal sealed class ChildInCareConfiguration : IEntityTypeConfiguration<ChildInCare>
{
    public void Configure(EntityTypeBuilder<ChildInCare> e)
    {
        e.ToTable("ChildrenInCare");
        // One guardianship record per child in the whole region: a child registered by another district is found, not duplicated.
        e.HasIndex(x => x.CitizenId).IsUnique();
        e.HasIndex(x => x.OrganisationId);
        e.HasOne<Citizen>().WithMany().HasForeignKey(x => x.CitizenId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        e.Property(x => x.CareAbsenceDocument).HasMaxLength(1000);
        e.Property(x => x.Note).HasMaxLength(2000);
        e.Property(x => x.Version).IsConcurrencyToken();
        e.HasMany(x => x.Schooling).WithOne().HasForeignKey(x => x.ChildInCareId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(x => x.Placements).WithOne(x => x.Child).HasForeignKey(x => x.ChildInCareId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class SchoolingConfiguration : IEntityTypeConfiguration<Schooling>
{
    public void Configure(EntityTypeBuilder<Schooling> e)
    {
        e.ToTable("ChildSchooling");
        e.Property(x => x.School).HasMaxLength(500);
        e.Property(x => x.Certificate).HasMaxLength(500);
    }
}

internal sealed class FosterContractConfiguration : IEntityTypeConfiguration<FosterContract>
{
    public void Configure(EntityTypeBuilder<FosterContract> e)
    {
        e.HasIndex(x => new { x.OrganisationId, x.Number }).IsUnique();
        e.HasIndex(x => x.FosterParentCitizenId);
        e.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Citizen>().WithMany().HasForeignKey(x => x.FosterParentCitizenId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Citizen>().WithMany().HasForeignKey(x => x.SecondFosterParentCitizenId).OnDelete(DeleteBehavior.Restrict);
        e.Property(x => x.Number).HasMaxLength(50);
        e.Property(x => x.GuardianshipBody).HasMaxLength(500);
        e.Property(x => x.EndGroundCode).HasMaxLength(40);
        e.Property(x => x.EndReason).HasMaxLength(1000);
        e.Property(x => x.EndDocument).HasMaxLength(1000);
        e.Property(x => x.Version).IsConcurrencyToken();
        e.Ignore(x => x.LastDay);
        e.HasMany(x => x.Placements).WithOne(x => x.FosterContract).HasForeignKey(x => x.FosterContractId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PlacementConfiguration : IEntityTypeConfiguration<Placement>
{
    public void Configure(EntityTypeBuilder<Placement> e)
    {
        e.HasIndex(x => new { x.ChildInCareId, x.From });
        e.HasOne<Citizen>().WithMany().HasForeignKey(x => x.GuardianCitizenId).OnDelete(DeleteBehavior.Restrict);
        e.Property(x => x.Details).HasMaxLength(1000);
        e.Property(x => x.LeftGroundCode).HasMaxLength(40);
        e.Property(x => x.LeftReason).HasMaxLength(1000);
        e.Property(x => x.LeftDocument).HasMaxLength(1000);
    }
}
