using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sobes.Domain.Organisations;
using Sobes.Domain.Registry;
using Sobes.Domain.SocialServices;

namespace Sobes.Infrastructure.SocialServices;

internal sealed class DeliveredServiceConfiguration : IEntityTypeConfiguration<DeliveredService>
{
    public void Configure(EntityTypeBuilder<DeliveredService> e)
    {
        e.Property(x => x.Quantity).HasPrecision(18, 3);
        e.Property(x => x.WorkerName).HasMaxLength(300);
        e.HasOne<Citizen>().WithMany().HasForeignKey(x => x.CitizenId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne(x => x.SocialService).WithMany().HasForeignKey(x => x.SocialServiceId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<ServiceContract>().WithMany().HasForeignKey(x => x.ServiceContractId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Organisation>().WithMany().HasForeignKey(x => x.ProviderOrganisationId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(x => new { x.ProviderOrganisationId, x.DeliveredOn });
        e.HasIndex(x => new { x.CitizenId, x.DeliveredOn });
    }
}

internal sealed class ServiceActConfiguration : IEntityTypeConfiguration<ServiceAct>
{
    public void Configure(EntityTypeBuilder<ServiceAct> e)
    {
        e.Property(x => x.Number).HasMaxLength(30);
        e.Property(x => x.TotalCost).HasPrecision(18, 2);
        e.Property(x => x.Fee).HasPrecision(18, 2);
        e.Property(x => x.FeeExplanation).HasMaxLength(4000);
        // Unrounded on purpose: the explanation prints them as computed, and the fee is rounded once at the end.
        e.Property(x => x.AveragePerCapitaIncome).HasPrecision(28, 10);
        e.Property(x => x.SubsistenceMinimum).HasPrecision(18, 2);
        e.Property(x => x.FreeIncomeLimit).HasPrecision(28, 10);
        e.Property(x => x.FeeCap).HasPrecision(28, 10);
        e.Property(x => x.SignedByName).HasMaxLength(300);
        e.HasOne<Citizen>().WithMany().HasForeignKey(x => x.CitizenId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<ServiceContract>().WithMany().HasForeignKey(x => x.ServiceContractId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Organisation>().WithMany().HasForeignKey(x => x.ProviderOrganisationId).OnDelete(DeleteBehavior.Restrict);
        e.OwnsMany(x => x.Lines, l =>
        {
            l.ToTable("ServiceActLines");
            l.WithOwner().HasForeignKey(x => x.ServiceActId);
            l.HasKey(x => x.Id);
            l.Property(x => x.ServiceCode).HasMaxLength(20);
            l.Property(x => x.ServiceName).HasMaxLength(500);
            l.Property(x => x.Unit).HasMaxLength(50);
            l.Property(x => x.Quantity).HasPrecision(18, 3);
            l.Property(x => x.Minutes).HasPrecision(18, 2);
            l.Property(x => x.Price).HasPrecision(18, 4);
            l.Property(x => x.Cost).HasPrecision(18, 2);
        });
        e.HasIndex(x => x.Number).IsUnique();
        e.HasIndex(x => new { x.CitizenId, x.Year, x.Month, x.ServiceContractId }).IsUnique();
        e.HasIndex(x => new { x.ProviderOrganisationId, x.Year, x.Month });
    }
}
