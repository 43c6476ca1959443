using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sobes.Domain.Appeals;
using Sobes.Domain.Applications;
using Sobes.Domain.Measures;
using Sobes.Domain.Organisations;
using Sobes.Domain.Registry;

namespace Sobes.Infrastructure.Appeals;

internal sealed class ComplaintConfiguration : IEntityTypeConfiguration<Complaint>
{
    public void Configure(EntityTypeBuilder<Complaint> e)
    {
        e.ToTable("AppealComplaints");
        e.Property(x => x.Number).HasMaxLength(30);
        e.Property(x => x.RepresentativeName).HasMaxLength(300);
        e.Property(x => x.Text).HasMaxLength(8000);
        e.Property(x => x.Officials).HasMaxLength(1000);
        e.Property(x => x.Attachments).HasMaxLength(2000);
        e.Property(x => x.ExtensionReason).HasMaxLength(2000);
        e.Property(x => x.AnswerText).HasMaxLength(8000);
        e.Property(x => x.Version).IsConcurrencyToken();
        e.Ignore(x => x.IsAnswered);
        e.Ignore(x => x.AnsweredLate);
        e.HasOne(x => x.Regulation).WithMany().HasForeignKey(x => x.RegulationId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Citizen>().WithMany().HasForeignKey(x => x.CitizenId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<MeasureApplication>().WithMany().HasForeignKey(x => x.ApplicationId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Assignment>().WithMany().HasForeignKey(x => x.AssignmentId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(x => x.Number).IsUnique();
        e.HasIndex(x => new { x.OrganisationId, x.AnsweredOn, x.DueOn });
        e.HasIndex(x => x.CitizenId);
    }
}
