using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Sobes.Infrastructure.Persistence;

namespace Sobes.Web.Tests.Support;

/// <summary>A throwaway SQLite file for service-level tests; deleted with its WAL files on dispose.</summary>
public sealed class TempSqliteDatabase(string prefix) : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"{prefix}-{Guid.NewGuid():N}.db");

    public string ConnectionString => $"Data Source={_file}";

    public SobesDbContext NewContext()
    {
        var b = new DbContextOptionsBuilder<SobesDbContext>();
        new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = ConnectionString }.Configure(b);
        return new SobesDbContext(b.Options);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var f in new[] { _file, _file + "-wal", _file + "-shm" }) File.Delete(f);
    }
}
