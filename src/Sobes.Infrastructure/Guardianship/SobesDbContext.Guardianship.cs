using Microsoft.EntityFrameworkCore;
using Sobes.Domain.Guardianship;

namespace Sobes.Infrastructure.Persistence;

public partial class SobesDbContext
{
    public DbSet<ChildInCare> ChildrenInCare => Set<ChildInCare>();
    public DbSet<Schooling> Schooling => Set<Schooling>();
    public DbSet<FosterContract> FosterContracts => Set<FosterContract>();
    public DbSet<Placement> Placements => Set<Placement>();
}
