using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sobes.Domain.Applications;
using Sobes.Domain.Organisations;
using Sobes.Domain.Registry;

namespace Sobes.Infrastructure.Applications;

internal sealed class RegulationConfiguration : IEntityTypeConfiguration<AdministrativeRegulation>
{
    public void Configure(EntityTypeBuilder<AdministrativeRegulation> e)
    {
        e.ToTable("Regulations");
        e.Property(x => x.Code).HasMaxLength(40);
        e.Property(x => x.Name).HasMaxLength(1000);
        e.Property(x => x.DecisionDeadlineClause).HasMaxLength(200);
        e.Property(x => x.ComplaintClause).HasMaxLength(200);
        e.OwnsOne(x => x.DecisionDeadline);
        e.HasOne(x => x.LegalAct).WithMany().HasForeignKey(x => x.LegalActId).OnDelete(DeleteBehavior.Restrict);
        e.HasMany(x => x.Documents).WithOne().HasForeignKey(x => x.RegulationId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(x => x.Steps).WithOne().HasForeignKey(x => x.RegulationId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(x => x.RefusalGrounds).WithOne().HasForeignKey(x => x.RegulationId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(x => x.Code).IsUnique();
    }
}

internal sealed class RegulationDocumentConfiguration : IEntityTypeConfiguration<RegulationDocument>
{
    public void Configure(EntityTypeBuilder<RegulationDocument> e)
    {
        e.Property(x => x.Name).HasMaxLength(1000);
        e.Property(x => x.Clause).HasMaxLength(200);
        e.Property(x => x.ProvidingBody).HasMaxLength(500);
        e.Property(x => x.Condition).HasMaxLength(500);
        e.Property(x => x.AlternativeGroup).HasMaxLength(100);
    }
}

internal sealed class RegulationStepConfiguration : IEntityTypeConfiguration<RegulationStep>
{
    public void Configure(EntityTypeBuilder<RegulationStep> e)
    {
        e.Property(x => x.Name).HasMaxLength(1000);
        e.Property(x => x.Clause).HasMaxLength(200);
        e.Property(x => x.Performer).HasMaxLength(300);
        e.OwnsOne(x => x.MaxDuration);
    }
}

internal sealed class RefusalGroundConfiguration : IEntityTypeConfiguration<RefusalGround>
{
    public void Configure(EntityTypeBuilder<RefusalGround> e)
    {
        e.Property(x => x.Code).HasMaxLength(40);
        e.Property(x => x.Text).HasMaxLength(1000);
        e.Property(x => x.LegalReference).HasMaxLength(1000);
        e.HasIndex(x => new { x.RegulationId, x.Code }).IsUnique();
    }
}

internal sealed class MeasureApplicationConfiguration : IEntityTypeConfiguration<MeasureApplication>
{
    public void Configure(EntityTypeBuilder<MeasureApplication> e)
    {
        e.Property(x => x.Number).HasMaxLength(30);
        e.Property(x => x.DecisionNumber).HasMaxLength(30);
        e.Property(x => x.ReturnNote).HasMaxLength(2000);
        e.Property(x => x.DoublePaymentCheckResult).HasMaxLength(4000);
        e.Property(x => x.RefusalCheckRemark).HasMaxLength(2000);
        e.HasIndex(x => x.RefusalCheck);
        e.Property(x => x.Version).IsConcurrencyToken();
        e.HasOne(x => x.Regulation).WithMany().HasForeignKey(x => x.RegulationId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(x => x.FosterContractId);
        e.HasOne<Citizen>().WithMany().HasForeignKey(x => x.CitizenId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        e.HasMany(x => x.Items).WithOne().HasForeignKey(x => x.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(x => x.Documents).WithOne().HasForeignKey(x => x.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(x => x.Requests).WithOne().HasForeignKey(x => x.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(x => x.Number).IsUnique();
        e.HasIndex(x => new { x.OrganisationId, x.Status, x.DueOn });
        e.HasIndex(x => x.CitizenId);
    }
}

internal sealed class ApplicationItemConfiguration : IEntityTypeConfiguration<ApplicationItem>
{
    public void Configure(EntityTypeBuilder<ApplicationItem> e)
    {
        e.Property(x => x.Amount).HasPrecision(18, 2);
        e.Property(x => x.DocumentedSum).HasPrecision(18, 2);
        e.Property(x => x.AmountBasis).HasMaxLength(1000);
        e.Property(x => x.RefusalDetails).HasMaxLength(2000);
        e.Property(x => x.RefusalNumber).HasMaxLength(30);
        e.HasIndex(x => x.RefusalNumber).IsUnique();
        e.HasOne(x => x.Measure).WithMany().HasForeignKey(x => x.MeasureId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne(x => x.RefusalGround).WithMany().HasForeignKey(x => x.RefusalGroundId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Citizen>().WithMany().HasForeignKey(x => x.BeneficiaryCitizenId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne(x => x.Assignment).WithMany().HasForeignKey(x => x.AssignmentId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class SubmittedDocumentConfiguration : IEntityTypeConfiguration<SubmittedDocument>
{
    public void Configure(EntityTypeBuilder<SubmittedDocument> e)
    {
        e.Property(x => x.Details).HasMaxLength(1000);
        e.HasOne(x => x.RegulationDocument).WithMany().HasForeignKey(x => x.RegulationDocumentId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class InteragencyRequestConfiguration : IEntityTypeConfiguration<InteragencyRequest>
{
    public void Configure(EntityTypeBuilder<InteragencyRequest> e)
    {
        e.Property(x => x.Body).HasMaxLength(500);
        e.Property(x => x.Subject).HasMaxLength(1000);
        e.Property(x => x.Answer).HasMaxLength(2000);
        e.HasOne(x => x.RegulationDocument).WithMany().HasForeignKey(x => x.RegulationDocumentId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(x => new { x.ApplicationId, x.AnsweredOn });
    }
}

internal sealed class OralAppealConfiguration : IEntityTypeConfiguration<OralAppeal>
{
    public void Configure(EntityTypeBuilder<OralAppeal> e)
    {
        e.Property(x => x.CitizenName).HasMaxLength(300);
        e.Property(x => x.Shortcomings).HasMaxLength(2000);
        e.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Citizen>().WithMany().HasForeignKey(x => x.CitizenId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<AdministrativeRegulation>().WithMany().HasForeignKey(x => x.RegulationId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(x => new { x.OrganisationId, x.AppealedOn });
    }
}

/// <summary>A measure names the regulation it is provided under: the relationship is Applications', which sees both sides.</summary>
internal sealed class MeasureRegulationConfiguration : IEntityTypeConfiguration<Sobes.Domain.Measures.Measure>
{
    public void Configure(EntityTypeBuilder<Sobes.Domain.Measures.Measure> e) =>
        e.HasOne<AdministrativeRegulation>().WithMany().HasForeignKey(x => x.RegulationId).OnDelete(DeleteBehavior.Restrict);
}
