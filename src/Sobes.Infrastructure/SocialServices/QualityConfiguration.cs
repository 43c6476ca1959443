using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sobes.Domain.Organisations;
using Sobes.Domain.Registry;
using Sobes.Domain.SocialServices;

namespace Sobes.Infrastructure.SocialServices;

internal sealed class SatisfactionSurveyConfiguration : IEntityTypeConfiguration<SatisfactionSurvey>
{
    public void Configure(EntityTypeBuilder<SatisfactionSurvey> e)
    {
        e.Property(x => x.Basis).HasMaxLength(500);
        e.Property(x => x.Note).HasMaxLength(2000);
        e.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(x => new { x.OrganisationId, x.ConductedOn });
    }
}

internal sealed class QualityComplaintConfiguration : IEntityTypeConfiguration<QualityComplaint>
{
    public void Configure(EntityTypeBuilder<QualityComplaint> e)
    {
        e.ToTable("Complaints");
        e.Property(x => x.ComplainantName).HasMaxLength(300);
        e.Property(x => x.Subject).HasMaxLength(2000);
        e.Property(x => x.Outcome).HasMaxLength(2000);
        e.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Citizen>().WithMany().HasForeignKey(x => x.CitizenId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(x => new { x.OrganisationId, x.ReceivedOn });
    }
}

internal sealed class ExternalInspectionConfiguration : IEntityTypeConfiguration<ExternalInspection>
{
    public void Configure(EntityTypeBuilder<ExternalInspection> e)
    {
        e.Property(x => x.ActNumber).HasMaxLength(200);
        e.Property(x => x.Summary).HasMaxLength(4000);
        e.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(x => new { x.OrganisationId, x.EndedOn });
    }
}

internal sealed class WorkEntryConfiguration : IEntityTypeConfiguration<WorkEntry>
{
    public void Configure(EntityTypeBuilder<WorkEntry> e)
    {
        e.Property(x => x.Quantity).HasPrecision(18, 3);
        e.Property(x => x.DistanceKm).HasPrecision(18, 1);
        e.Property(x => x.Note).HasMaxLength(1000);
        e.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne(x => x.AssignmentSection).WithMany().HasForeignKey(x => x.AssignmentSectionId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(x => new { x.OrganisationId, x.PerformedOn });
    }
}

internal sealed class AssignmentReportConfiguration : IEntityTypeConfiguration<AssignmentReport>
{
    public void Configure(EntityTypeBuilder<AssignmentReport> e)
    {
        e.Property(x => x.TolerancePercentagePoints).HasPrecision(9, 2);
        e.Property(x => x.ExplanatoryNote).HasMaxLength(8000);
        e.Property(x => x.AccountsPayable).HasPrecision(18, 2);
        e.Property(x => x.OverdueAccountsPayable).HasPrecision(18, 2);
        e.Property(x => x.SubmittedByName).HasMaxLength(300);
        e.Property(x => x.ReviewedByName).HasMaxLength(300);
        e.Property(x => x.ReviewRemarks).HasMaxLength(4000);
        e.Ignore(x => x.Period);
        e.HasOne(x => x.StateAssignment).WithMany().HasForeignKey(x => x.StateAssignmentId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne(x => x.Part).WithMany().HasForeignKey(x => x.AssignmentPartId).OnDelete(DeleteBehavior.Restrict);
        e.OwnsMany(x => x.Rows, r =>
        {
            r.ToTable("AssignmentReportRows");
            r.WithOwner().HasForeignKey(x => x.AssignmentReportId);
            r.HasKey(x => x.Id);
            r.Property(x => x.IndicatorCode).HasMaxLength(50);
            r.Property(x => x.IndicatorName).HasMaxLength(1000);
            r.Property(x => x.Unit).HasMaxLength(100);
            r.Property(x => x.Plan).HasPrecision(18, 3);
            r.Property(x => x.Actual).HasPrecision(18, 3);
            r.Property(x => x.PercentOfPlan).HasPrecision(9, 1);
            r.Property(x => x.ExpectedPercent).HasPrecision(9, 1);
            r.Property(x => x.ManualValue).HasPrecision(18, 3);
            r.Property(x => x.DeviationReason).HasMaxLength(2000);
            r.Property(x => x.Source).HasMaxLength(2000);
            r.Property(x => x.InputsText).HasMaxLength(500);
        });
        // One report per part and period; a year's report has Quarter = null, which a unique index treats as distinct, so it is checked in code too.
        e.HasIndex(x => new { x.AssignmentPartId, x.Year, x.Quarter });
    }
}
