using Microsoft.EntityFrameworkCore;
using Sobes.Domain.Measures;

namespace Sobes.Infrastructure.Persistence;

public partial class SobesDbContext
{
    public DbSet<LegalAct> LegalActs => Set<LegalAct>();
    public DbSet<Measure> Measures => Set<Measure>();
    public DbSet<MeasureAmount> MeasureAmounts => Set<MeasureAmount>();
    public DbSet<MeasureParameter> MeasureParameters => Set<MeasureParameter>();
    public DbSet<StopGround> StopGrounds => Set<StopGround>();
    public DbSet<MeasureReferenceTotal> MeasureReferenceTotals => Set<MeasureReferenceTotal>();
    public DbSet<Assignment> Assignments => Set<Assignment>();
    public DbSet<AssignmentPeriod> AssignmentPeriods => Set<AssignmentPeriod>();
    public DbSet<AssignmentChange> AssignmentChanges => Set<AssignmentChange>();
    public DbSet<AssignmentSuspension> AssignmentSuspensions => Set<AssignmentSuspension>();
}
