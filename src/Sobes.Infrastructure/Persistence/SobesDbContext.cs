using Microsoft.EntityFrameworkCore;
using Sobes.Domain.Audit;
using Sobes.Domain.Calendar;
using Sobes.Domain.Organisations;
using Sobes.Domain.Registry;

namespace Sobes.Infrastructure.Persistence;

/// <summary>One context for all modules; each module adds its sets in a partial file of its own folder.</summary>
public partial class SobesDbContext(DbContextOptions<SobesDbContext> options) : DbContext(options)
{
    public DbSet<Territory> Territories => Set<Territory>();
    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<User> Users => Set<User>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<CalendarDay> CalendarDays => Set<CalendarDay>();
    public DbSet<Citizen> Citizens => Set<Citizen>();
    public DbSet<FamilyTie> FamilyTies => Set<FamilyTie>();
    public DbSet<CategoryKind> CategoryKinds => Set<CategoryKind>();
    public DbSet<CitizenCategory> CitizenCategories => Set<CitizenCategory>();
    public DbSet<CitizenDocument> CitizenDocuments => Set<CitizenDocument>();

    protected override void OnModelCreating(ModelBuilder b)
    {
        b.ApplyConfigurationsFromAssembly(typeof(SobesDbContext).Assembly);
        if (Database.IsNpgsql())
        {
            // Prefix search (LIKE 'ИВАН%') uses a b-tree only with pattern operators under a non-C collation.
            b.Entity<Citizen>().HasIndex(c => new { c.SurnameKey, c.NameKey }).HasOperators("text_pattern_ops", "text_pattern_ops");
            b.Entity<Citizen>()
                .HasIndex(c => new
                {
                    c.TerritoryId,
                    c.SurnameKey,
                    c.NameKey,
                })
                .HasOperators("int4_ops", "text_pattern_ops", "text_pattern_ops");
        }
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        AppendOnlyGuard.Check(ChangeTracker);
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken ct = default)
    {
        AppendOnlyGuard.Check(ChangeTracker);
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, ct);
    }
}
