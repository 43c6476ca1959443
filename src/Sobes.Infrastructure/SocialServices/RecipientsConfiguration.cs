using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sobes.Domain.Organisations;
using Sobes.Domain.Registry;
using Sobes.Domain.SocialServices;

namespace Sobes.Infrastructure.SocialServices;

internal sealed class ServiceApplicationConfiguration : IEntityTypeConfiguration<ServiceApplication>
{
    public void Configure(EntityTypeBuilder<ServiceApplication> e)
    {
        e.Property(x => x.Number).HasMaxLength(30);
        e.Property(x => x.Circumstances).HasMaxLength(2000);
        e.PrimitiveCollection(x => x.FreeGrounds);
        e.HasOne<Citizen>().WithMany().HasForeignKey(x => x.CitizenId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Organisation>().WithMany().HasForeignKey(x => x.AuthorityOrganisationId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Organisation>().WithMany().HasForeignKey(x => x.ReceivedByOrganisationId).OnDelete(DeleteBehavior.Restrict);
        e.HasMany(x => x.Household).WithOne().HasForeignKey(x => x.ServiceApplicationId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne(x => x.NeedRecognition).WithOne(x => x.ServiceApplication)
            .HasForeignKey<NeedRecognition>(x => x.ServiceApplicationId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(x => x.Number).IsUnique();
        e.HasIndex(x => new { x.CitizenId, x.SubmittedOn });
    }
}

internal sealed class HouseholdMemberConfiguration : IEntityTypeConfiguration<HouseholdMember>
{
    public void Configure(EntityTypeBuilder<HouseholdMember> e)
    {
        e.Property(x => x.FullName).HasMaxLength(300);
        e.Property(x => x.Relation).HasMaxLength(100);
        e.HasOne<Citizen>().WithMany().HasForeignKey(x => x.CitizenId).OnDelete(DeleteBehavior.Restrict);
        e.OwnsMany(x => x.Incomes, i =>
        {
            i.ToTable("MemberIncomes");
            i.WithOwner().HasForeignKey(x => x.HouseholdMemberId);
            i.HasKey(x => x.Id);
            i.Property(x => x.Amount).HasPrecision(18, 2);
            i.Property(x => x.Kind).HasMaxLength(200);
        });
    }
}

internal sealed class NeedRecognitionConfiguration : IEntityTypeConfiguration<NeedRecognition>
{
    public void Configure(EntityTypeBuilder<NeedRecognition> e)
    {
        e.Property(x => x.RefusalReason).HasMaxLength(2000);
        e.HasIndex(x => new { x.Outcome, x.DueOn });
    }
}

internal sealed class IndividualProgrammeConfiguration : IEntityTypeConfiguration<IndividualProgramme>
{
    public void Configure(EntityTypeBuilder<IndividualProgramme> e)
    {
        e.Property(x => x.Number).HasMaxLength(30);
        e.PrimitiveCollection(x => x.RecommendedProviderIds);
        e.HasOne<Citizen>().WithMany().HasForeignKey(x => x.CitizenId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne(x => x.NeedRecognition).WithMany().HasForeignKey(x => x.NeedRecognitionId).OnDelete(DeleteBehavior.Restrict);
        e.OwnsMany(x => x.Lines, l =>
        {
            l.ToTable("ProgrammeLines");
            l.WithOwner().HasForeignKey(x => x.IndividualProgrammeId);
            l.HasKey(x => x.Id);
            l.Property(x => x.Volume).HasPrecision(18, 3);
            l.Property(x => x.Periodicity).HasMaxLength(200);
            l.HasOne(x => x.SocialService).WithMany().HasForeignKey(x => x.SocialServiceId).OnDelete(DeleteBehavior.Restrict);
        });
        e.HasIndex(x => x.Number).IsUnique();
        e.HasOne<IndividualProgramme>().WithMany().HasForeignKey(x => x.PreviousProgrammeId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ServiceContractConfiguration : IEntityTypeConfiguration<ServiceContract>
{
    public void Configure(EntityTypeBuilder<ServiceContract> e)
    {
        e.Property(x => x.Number).HasMaxLength(30);
        e.Property(x => x.TerminationReason).HasMaxLength(1000);
        e.HasOne<Citizen>().WithMany().HasForeignKey(x => x.CitizenId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne(x => x.IndividualProgramme).WithMany().HasForeignKey(x => x.IndividualProgrammeId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Organisation>().WithMany().HasForeignKey(x => x.ProviderOrganisationId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(x => x.Number).IsUnique();
        e.HasIndex(x => new { x.ProviderOrganisationId, x.CitizenId });
    }
}

internal sealed class UrgentServiceActConfiguration : IEntityTypeConfiguration<UrgentServiceAct>
{
    public void Configure(EntityTypeBuilder<UrgentServiceAct> e)
    {
        e.Property(x => x.Number).HasMaxLength(30);
        e.Property(x => x.Basis).HasMaxLength(1000);
        e.Property(x => x.Conditions).HasMaxLength(1000);
        e.HasOne<Citizen>().WithMany().HasForeignKey(x => x.CitizenId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Organisation>().WithMany().HasForeignKey(x => x.ProviderOrganisationId).OnDelete(DeleteBehavior.Restrict);
        e.OwnsMany(x => x.Lines, l =>
        {
            l.ToTable("UrgentServiceActLines");
            l.WithOwner().HasForeignKey(x => x.UrgentServiceActId);
            l.HasKey(x => x.Id);
            l.Property(x => x.Quantity).HasPrecision(18, 3);
            l.HasOne(x => x.SocialService).WithMany().HasForeignKey(x => x.SocialServiceId).OnDelete(DeleteBehavior.Restrict);
        });
        e.HasIndex(x => x.Number).IsUnique();
    }
}
