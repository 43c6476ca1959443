using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Sobes.Infrastructure.Persistence;

namespace Sobes.Migrations.Sqlite;

/// <summary>Used only by dotnet-ef to generate SQLite migrations.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<SobesDbContext>
{
    public SobesDbContext CreateDbContext(string[] args)
    {
        var b = new DbContextOptionsBuilder<SobesDbContext>();
        new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = "Data Source=design.db" }.Configure(b);
        return new SobesDbContext(b.Options);
    }
}
