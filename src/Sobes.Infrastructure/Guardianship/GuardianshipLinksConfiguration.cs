using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sobes.Domain.Applications;
using Sobes.Domain.Guardianship;
using Sobes.Domain.Measures;

namespace Sobes.Infrastructure.Guardianship;

/// <summary>An assignment of a foster family's payment refers to its contract: the relationship is Guardianship's, which sees both
/// sides.</summary>
internal sealed class AssignmentFosterContractConfiguration : IEntityTypeConfiguration<Assignment>
{
    public void Configure(EntityTypeBuilder<Assignment> e) =>
        e.HasOne<FosterContract>().WithMany().HasForeignKey(x => x.FosterContractId).OnDelete(DeleteBehavior.Restrict);
}

/// <summary>A foster family's application refers to its contract (seed 002 cl. 5).</summary>
internal sealed class ApplicationFosterContractConfiguration : IEntityTypeConfiguration<MeasureApplication>
{
    public void Configure(EntityTypeBuilder<MeasureApplication> e) =>
        e.HasOne<FosterContract>().WithMany().HasForeignKey(x => x.FosterContractId).OnDelete(DeleteBehavior.Restrict);
}
