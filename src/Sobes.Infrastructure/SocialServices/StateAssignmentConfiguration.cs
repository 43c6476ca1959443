using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sobes.Domain.Organisations;
using Sobes.Domain.SocialServices;

namespace Sobes.Infrastructure.SocialServices;

internal sealed class StateAssignmentConfiguration : IEntityTypeConfiguration<StateAssignment>
{
    public void Configure(EntityTypeBuilder<StateAssignment> e)
    {
        e.Property(x => x.Number).HasMaxLength(50);
        e.Property(x => x.Title).HasMaxLength(1000);
        e.Property(x => x.OrganisationName).HasMaxLength(500);
        e.Property(x => x.OrganisationAddress).HasMaxLength(500);
        e.Property(x => x.Region).HasMaxLength(200);
        e.Property(x => x.PriceSettingBody).HasMaxLength(500);
        e.Property(x => x.ControlBasis).HasMaxLength(2000);
        e.PrimitiveCollection(x => x.EarlyTerminationGrounds);
        e.PrimitiveCollection(x => x.OtherReportingRequirements);
        e.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        e.HasMany(x => x.ControlForms).WithOne().HasForeignKey(x => x.StateAssignmentId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(x => x.Parts).WithOne(x => x.StateAssignment).HasForeignKey(x => x.StateAssignmentId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(x => x.Indicators).WithOne().HasForeignKey(x => x.StateAssignmentId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(x => new { x.OrganisationId, x.Number, x.FinancialYear }).IsUnique();
    }
}

internal sealed class ControlFormConfiguration : IEntityTypeConfiguration<ControlForm>
{
    public void Configure(EntityTypeBuilder<ControlForm> e)
    {
        e.ToTable("ControlForms");
        e.Property(x => x.Form).HasMaxLength(200);
        e.Property(x => x.Periodicity).HasMaxLength(200);
        e.Property(x => x.Bodies).HasMaxLength(1000);
    }
}

internal sealed class AssignmentPartConfiguration : IEntityTypeConfiguration<AssignmentPart>
{
    public void Configure(EntityTypeBuilder<AssignmentPart> e)
    {
        e.Property(x => x.Code).HasMaxLength(20);
        e.Property(x => x.Title).HasMaxLength(500);
        e.Property(x => x.ReportingTermsText).HasMaxLength(2000);
        e.HasMany(x => x.Sections).WithOne(x => x.Part).HasForeignKey(x => x.AssignmentPartId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(x => new { x.StateAssignmentId, x.Code }).IsUnique();
    }
}

internal sealed class AssignmentSectionConfiguration : IEntityTypeConfiguration<AssignmentSection>
{
    public void Configure(EntityTypeBuilder<AssignmentSection> e)
    {
        e.Property(x => x.Number).HasMaxLength(20);
        e.Property(x => x.Name).HasMaxLength(1000);
        e.Property(x => x.Recipients).HasMaxLength(1000);
        e.Property(x => x.Content).HasMaxLength(4000);
        e.PrimitiveCollection(x => x.LegalActs);
        e.HasMany(x => x.Indicators).WithOne(x => x.AssignmentSection).HasForeignKey(x => x.AssignmentSectionId).OnDelete(DeleteBehavior.Cascade);
    }
}

/// <summary>The many-to-many of sections and indicators, an entity of its own because it carries the row order.</summary>
internal sealed class SectionIndicatorConfiguration : IEntityTypeConfiguration<SectionIndicator>
{
    public void Configure(EntityTypeBuilder<SectionIndicator> e)
    {
        e.ToTable("SectionIndicators");
        e.HasOne(x => x.Indicator).WithMany(x => x.Sections).HasForeignKey(x => x.IndicatorId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(x => new { x.AssignmentSectionId, x.IndicatorId }).IsUnique();
    }
}

internal sealed class IndicatorConfiguration : IEntityTypeConfiguration<Indicator>
{
    public void Configure(EntityTypeBuilder<Indicator> e)
    {
        e.Property(x => x.Code).HasMaxLength(50);
        e.Property(x => x.Name).HasMaxLength(1000);
        e.Property(x => x.Unit).HasMaxLength(100);
        e.Property(x => x.Formula).HasMaxLength(200);
        e.Property(x => x.FormulaText).HasMaxLength(2000);
        e.Property(x => x.Source).HasMaxLength(2000);
        e.Property(x => x.ServiceCodes).HasMaxLength(500);
        e.HasMany(x => x.Inputs).WithOne().HasForeignKey(x => x.IndicatorId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(x => x.PlanValues).WithOne().HasForeignKey(x => x.IndicatorId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(x => new { x.StateAssignmentId, x.Code }).IsUnique();
    }
}

internal sealed class IndicatorInputConfiguration : IEntityTypeConfiguration<IndicatorInput>
{
    public void Configure(EntityTypeBuilder<IndicatorInput> e)
    {
        e.ToTable("IndicatorInputs");
        e.Property(x => x.Symbol).HasMaxLength(20);
        e.Property(x => x.Description).HasMaxLength(1000);
    }
}

internal sealed class IndicatorPlanValueConfiguration : IEntityTypeConfiguration<IndicatorPlanValue>
{
    public void Configure(EntityTypeBuilder<IndicatorPlanValue> e)
    {
        e.Property(x => x.Value).HasPrecision(18, 3);
        e.HasIndex(x => new { x.IndicatorId, x.Year }).IsUnique();
    }
}
