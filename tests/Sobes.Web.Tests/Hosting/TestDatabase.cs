using Microsoft.Data.Sqlite;
using Npgsql;

namespace Sobes.Web.Tests.Hosting;

/// <summary>A throwaway database for one test host: created before the host starts, removed after it stops.</summary>
public abstract class TestDatabase : IAsyncDisposable
{
    public abstract string Provider { get; }
    public abstract string ConnectionString { get; }
    public abstract ValueTask DisposeAsync();

    public static async Task<TestDatabase> CreateAsync(Db db) => db switch
    {
        Db.Sqlite => new SqliteTestDatabase(),
        Db.Postgres => await PostgresTestDatabase.CreateAsync(),
        _ => throw new ArgumentOutOfRangeException(nameof(db)),
    };
}

public sealed class SqliteTestDatabase : TestDatabase
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"sobes_test_{Guid.NewGuid():N}.db");

    public override string Provider => "Sqlite";
    public override string ConnectionString => $"Data Source={_path}";

    public override ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm", _path + "-journal" })
            if (File.Exists(file)) File.Delete(file);
        return ValueTask.CompletedTask;
    }
}

public sealed class PostgresTestDatabase : TestDatabase
{
    private const string ServerVariable = "SOBES_TEST_PG";
    private const string RequireVariable = "SOBES_REQUIRE_PG";

    private static string? AdminConnectionString =>
        Environment.GetEnvironmentVariable(ServerVariable) is { Length: > 0 } s ? s : null;

    private static bool Required => Environment.GetEnvironmentVariable(RequireVariable) == "1";

    /// <summary>Whether the PostgreSQL cases are generated at all.</summary>
    public static bool Requested => AdminConnectionString is not null || Required;

    private readonly string _admin;
    private readonly string _name;

    private PostgresTestDatabase(string admin, string name)
    {
        _admin = admin;
        _name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;
    }

    public override string Provider => "Postgres";
    public override string ConnectionString { get; }

    public static async Task<TestDatabase> CreateAsync()
    {
        var admin = AdminConnectionString ?? throw new InvalidOperationException(
            $"{RequireVariable}=1, but {ServerVariable} is not set: PostgreSQL tests need an admin connection string, " +
            $"e.g. {ServerVariable}=\"Host=127.0.0.1;Port=5433;Username=postgres;Password=postgres;Database=postgres\".");
        var db = new PostgresTestDatabase(admin, $"sobes_test_{Guid.NewGuid():N}");
        try
        {
            await db.ExecuteAsync($"CREATE DATABASE \"{db._name}\" ENCODING 'UTF8' TEMPLATE template0");
        }
        catch (Exception ex) when (ex is NpgsqlException or System.Net.Sockets.SocketException or TimeoutException)
        {
            var b = new NpgsqlConnectionStringBuilder(admin);
            throw new InvalidOperationException(
                $"Cannot create a test database on the PostgreSQL server from {ServerVariable} ({b.Host}:{b.Port}, user {b.Username}): {ex.Message}",
                ex
            );
        }
        return db;
    }

    public override async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)");
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_admin);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
