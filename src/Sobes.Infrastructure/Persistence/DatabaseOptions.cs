using Microsoft.EntityFrameworkCore;

namespace Sobes.Infrastructure.Persistence;

public enum DatabaseProvider { Sqlite, Postgres }

/// <summary>Configuration section "Database": Provider (Sqlite | Postgres) and ConnectionString.</summary>
public sealed class DatabaseOptions
{
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;
    public string ConnectionString { get; set; } = "";

    public const string SqliteMigrationsAssembly = "Sobes.Migrations.Sqlite";
    public const string PostgresMigrationsAssembly = "Sobes.Migrations.Postgres";

    public void Configure(DbContextOptionsBuilder builder)
    {
        switch (Provider)
        {
            case DatabaseProvider.Sqlite:
                builder.UseSqlite(ConnectionString, o => o.MigrationsAssembly(SqliteMigrationsAssembly));
                break;
            case DatabaseProvider.Postgres:
                builder.UseNpgsql(ConnectionString, o => o.MigrationsAssembly(PostgresMigrationsAssembly));
                break;
        }
    }
}
