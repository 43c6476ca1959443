using Microsoft.EntityFrameworkCore;
using Sobes.Domain.Appeals;

namespace Sobes.Infrastructure.Persistence;

public partial class SobesDbContext
{
    public DbSet<Complaint> AppealComplaints => Set<Complaint>();
}
