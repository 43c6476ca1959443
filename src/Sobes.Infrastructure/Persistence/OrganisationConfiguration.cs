using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sobes.Domain.Audit;
using Sobes.Domain.Calendar;
using Sobes.Domain.Organisations;

namespace Sobes.Infrastructure.Persistence;

internal sealed class TerritoryConfiguration : IEntityTypeConfiguration<Territory>
{
    public void Configure(EntityTypeBuilder<Territory> e)
    {
        e.Property(x => x.Code).HasMaxLength(11);
        e.Property(x => x.Name).HasMaxLength(200);
        e.Property(x => x.Region).HasMaxLength(200);
        e.HasIndex(x => x.Code).IsUnique();
    }
}

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> e)
    {
        e.Property(x => x.Name).HasMaxLength(500);
        e.Property(x => x.ShortName).HasMaxLength(100);
        e.Property(x => x.Inn).HasMaxLength(12);
        e.Property(x => x.Address).HasMaxLength(500);
        e.HasOne(x => x.Territory).WithMany().HasForeignKey(x => x.TerritoryId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Organisation>().WithMany().HasForeignKey(x => x.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class UserConfiguration : IEntityTypeConfiguration<User>
{
    public void Configure(EntityTypeBuilder<User> e)
    {
        e.Property(x => x.Login).HasMaxLength(100);
        e.Property(x => x.FullName).HasMaxLength(300);
        e.Property(x => x.Position).HasMaxLength(300);
        e.Property(x => x.PasswordHash).HasMaxLength(500);
        e.HasIndex(x => x.Login).IsUnique();
        e.HasOne(x => x.Organisation).WithMany().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> e)
    {
        e.Property(x => x.UserLogin).HasMaxLength(100);
        e.Property(x => x.EntityType).HasMaxLength(100);
        e.Property(x => x.EntityId).HasMaxLength(100);
        e.Property(x => x.Summary).HasMaxLength(1000);
        e.HasIndex(x => x.AtUtc);
        e.HasIndex(x => new { x.CitizenId, x.AtUtc });
        e.HasIndex(x => new { x.UserId, x.AtUtc });
    }
}

internal sealed class CalendarDayConfiguration : IEntityTypeConfiguration<CalendarDay>
{
    public void Configure(EntityTypeBuilder<CalendarDay> e)
    {
        e.HasKey(x => x.Date);
        e.Property(x => x.Note).HasMaxLength(500);
    }
}
