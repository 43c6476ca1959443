using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sobes.Domain.Measures;
using Sobes.Domain.Organisations;
using Sobes.Domain.Registry;

namespace Sobes.Infrastructure.Measures;

internal sealed class LegalActConfiguration : IEntityTypeConfiguration<LegalAct>
{
    public void Configure(EntityTypeBuilder<LegalAct> e)
    {
        e.Property(x => x.Number).HasMaxLength(50);
        e.Property(x => x.Title).HasMaxLength(1000);
        e.HasIndex(x => new { x.Type, x.Number, x.AdoptedOn }).IsUnique();
    }
}

internal sealed class MeasureConfiguration : IEntityTypeConfiguration<Measure>
{
    public void Configure(EntityTypeBuilder<Measure> e)
    {
        e.Property(x => x.Code).HasMaxLength(40);
        e.Property(x => x.Name).HasMaxLength(1000);
        e.Property(x => x.ShortName).HasMaxLength(200);
        e.Property(x => x.Formula).HasMaxLength(500);
        e.Property(x => x.BaseParameterCode).HasMaxLength(40);
        e.Property(x => x.AmountDescription).HasMaxLength(2000);
        e.Property(x => x.ReportLine).HasMaxLength(300);
        e.Property(x => x.Version).IsConcurrencyToken();
        e.HasIndex(x => x.Code).IsUnique();
        e.OwnsOne(x => x.Eligibility, o =>
        {
            o.PrimitiveCollection(x => x.CategoryCodes);
            o.Property(x => x.IncomeLimitFactor).HasPrecision(9, 4);
            o.Property(x => x.Conditions).HasMaxLength(2000);
        });
        e.HasMany(x => x.Bases).WithOne().HasForeignKey(x => x.MeasureId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(x => x.Amounts).WithOne().HasForeignKey(x => x.MeasureId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(x => x.StopGrounds).WithOne().HasForeignKey(x => x.MeasureId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MeasureBasisConfiguration : IEntityTypeConfiguration<MeasureBasis>
{
    public void Configure(EntityTypeBuilder<MeasureBasis> e)
    {
        e.Property(x => x.Article).HasMaxLength(200);
        e.HasOne(x => x.LegalAct).WithMany().HasForeignKey(x => x.LegalActId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class MeasureAmountConfiguration : IEntityTypeConfiguration<MeasureAmount>
{
    public void Configure(EntityTypeBuilder<MeasureAmount> e)
    {
        e.Property(x => x.Value).HasPrecision(18, 4);
        e.Property(x => x.Note).HasMaxLength(1000);
        e.HasOne(x => x.LegalAct).WithMany().HasForeignKey(x => x.LegalActId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(x => new { x.MeasureId, x.ValidFrom }).IsUnique();
    }
}

internal sealed class MeasureParameterConfiguration : IEntityTypeConfiguration<MeasureParameter>
{
    public void Configure(EntityTypeBuilder<MeasureParameter> e)
    {
        e.Property(x => x.Code).HasMaxLength(40);
        e.Property(x => x.Name).HasMaxLength(500);
        e.Property(x => x.Value).HasPrecision(18, 4);
        e.Property(x => x.Note).HasMaxLength(1000);
        e.HasOne<Territory>().WithMany().HasForeignKey(x => x.TerritoryId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne(x => x.LegalAct).WithMany().HasForeignKey(x => x.LegalActId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(x => new { x.Code, x.TerritoryId, x.ValidFrom }).IsUnique();
    }
}

internal sealed class StopGroundConfiguration : IEntityTypeConfiguration<StopGround>
{
    public void Configure(EntityTypeBuilder<StopGround> e)
    {
        e.Property(x => x.Code).HasMaxLength(40);
        e.Property(x => x.Text).HasMaxLength(1000);
        e.Property(x => x.Clause).HasMaxLength(200);
        e.HasIndex(x => new { x.MeasureId, x.Code }).IsUnique();
    }
}

internal sealed class AssignmentConfiguration : IEntityTypeConfiguration<Assignment>
{
    public void Configure(EntityTypeBuilder<Assignment> e)
    {
        e.ToTable("MeasureAssignments");
        e.Property(x => x.Number).HasMaxLength(30);
        e.Property(x => x.StopGroundCode).HasMaxLength(40);
        e.Property(x => x.StatusReason).HasMaxLength(1000);
        e.Property(x => x.StatusDocument).HasMaxLength(1000);
        e.Property(x => x.DocumentedSum).HasPrecision(18, 2);
        e.Property(x => x.Version).IsConcurrencyToken();
        e.HasOne(x => x.Measure).WithMany().HasForeignKey(x => x.MeasureId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Citizen>().WithMany().HasForeignKey(x => x.CitizenId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Citizen>().WithMany().HasForeignKey(x => x.BeneficiaryCitizenId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        e.HasMany(x => x.Periods).WithOne().HasForeignKey(x => x.AssignmentId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(x => x.Changes).WithOne().HasForeignKey(x => x.AssignmentId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(x => x.Suspensions).WithOne().HasForeignKey(x => x.AssignmentId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(x => x.Number).IsUnique();
        e.HasIndex(x => new { x.CitizenId, x.MeasureId });
        e.HasIndex(x => new { x.BeneficiaryCitizenId, x.MeasureId });
        // A payment run reads the active assignments of a territory (or of the region) month by month.
        e.HasIndex(x => new { x.TerritoryId, x.Status, x.MeasureId });
        // A payment run reads a department's assignments in id order, batch after batch.
        e.HasIndex(x => new { x.OrganisationId, x.Id });
        e.HasIndex(x => x.FosterContractId);
    }
}

internal sealed class AssignmentPeriodConfiguration : IEntityTypeConfiguration<AssignmentPeriod>
{
    public void Configure(EntityTypeBuilder<AssignmentPeriod> e)
    {
        e.Property(x => x.Amount).HasPrecision(18, 2);
        e.Property(x => x.Basis).HasMaxLength(1000);
        e.HasIndex(x => new { x.AssignmentId, x.From });
    }
}

internal sealed class AssignmentChangeConfiguration : IEntityTypeConfiguration<AssignmentChange>
{
    public void Configure(EntityTypeBuilder<AssignmentChange> e)
    {
        e.Property(x => x.OldAmount).HasPrecision(18, 2);
        e.Property(x => x.NewAmount).HasPrecision(18, 2);
        e.Property(x => x.Reason).HasMaxLength(2000);
    }
}

internal sealed class AssignmentSuspensionConfiguration : IEntityTypeConfiguration<AssignmentSuspension>
{
    public void Configure(EntityTypeBuilder<AssignmentSuspension> e)
    {
        e.ToTable("AssignmentSuspensions");
        e.Property(x => x.Reason).HasMaxLength(1000);
        e.Property(x => x.Document).HasMaxLength(1000);
        e.HasIndex(x => new { x.AssignmentId, x.From });
    }
}

internal sealed class MeasureReferenceTotalConfiguration : IEntityTypeConfiguration<MeasureReferenceTotal>
{
    public void Configure(EntityTypeBuilder<MeasureReferenceTotal> e)
    {
        e.Property(x => x.Unit).HasMaxLength(50);
        e.Property(x => x.Sum).HasPrecision(18, 2);
        e.Property(x => x.Source).HasMaxLength(1000);
        e.HasOne(x => x.Measure).WithMany().HasForeignKey(x => x.MeasureId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(x => new { x.MeasureId, x.Year });
    }
}
