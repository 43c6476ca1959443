using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Sobes.Infrastructure.Persistence;

namespace Sobes.Migrations.Postgres;

/// <summary>Used only by dotnet-ef to generate PostgreSQL migrations; no server is contacted.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<SobesDbContext>
{
    public SobesDbContext CreateDbContext(string[] args)
    {
        var b = new DbContextOptionsBuilder<SobesDbContext>();
        new DatabaseOptions { Provider = DatabaseProvider.Postgres, ConnectionString = "Host=localhost;Database=sobes_design" }.Configure(b);
        return new SobesDbContext(b.Options);
    }
}
