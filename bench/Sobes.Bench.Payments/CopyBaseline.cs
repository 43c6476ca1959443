using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Npgsql;
using Sobes.Infrastructure.Persistence;

/// <summary>
/// The physical limit of writing the run's payment lines on this machine: the very rows the run wrote, exported once to a file in
/// PostgreSQL's binary COPY format, then written back with COPY into a scratch table of the same shape — once bare (no indexes:
/// the pure write), once with the same primary key and indexes as the lines table (no foreign keys: a LIKE copy has none), and once into
/// the lines table itself (indexes and foreign keys) inside a transaction that is rolled back.
/// On SQLite, which has no COPY, the nearest equivalent is an INSERT … SELECT of the same rows inside the engine.
/// </summary>
static class CopyBaseline
{
    public sealed record Result(string Name, double Ms, long Rows);

    public static async Task<List<Result>> RunAsync(BenchOptions opts) =>
        opts.Provider == DatabaseProvider.Postgres ? await PostgresAsync(opts.Connection) : await SqliteAsync(opts.Connection);

    /// <summary>Exports the lines to a file (untimed), then times COPY FROM the file into each scratch table.</summary>
    public static async Task<List<Result>> PostgresAsync(string connection)
    {
        await using var conn = new NpgsqlConnection(connection);
        await conn.OpenAsync();
        var file = Path.Combine(Path.GetTempPath(), $"sobes-paybench-{Environment.ProcessId}.copy");
        try
        {
            await using (var raw = await conn.BeginRawBinaryCopyAsync("COPY \"Accruals\" TO STDOUT (FORMAT BINARY)"))
            await using (var f = File.Create(file))
                await raw.CopyToAsync(f);
            var rows = await ScalarAsync(conn, "SELECT count(*) FROM \"Accruals\"");
            var results = new List<Result>();
            foreach (var (name, like) in new[] { ("COPY, bare table", "INCLUDING DEFAULTS"), ("COPY, same indexes", "INCLUDING ALL") })
            {
                await ExecAsync(conn, $"DROP TABLE IF EXISTS bench_copy; CREATE TABLE bench_copy (LIKE \"Accruals\" {like}); CHECKPOINT");
                var sw = Stopwatch.StartNew();
                await using (var raw = await conn.BeginRawBinaryCopyAsync("COPY bench_copy FROM STDIN (FORMAT BINARY)"))
                await using (var f = File.OpenRead(file))
                    await f.CopyToAsync(raw);
                results.Add(new Result(name, sw.Elapsed.TotalMilliseconds, rows));
            }
            await ExecAsync(conn, "DROP TABLE bench_copy");
            // The same rows into the lines table itself, with its indexes and foreign keys, in a transaction rolled back afterwards.
            await using (var tx = await conn.BeginTransactionAsync())
            {
                await ExecAsync(conn, "TRUNCATE \"PaymentConfirmations\", \"Recoveries\", \"PaymentReturns\", \"Accruals\"");
                var sw = Stopwatch.StartNew();
                await using (var raw = await conn.BeginRawBinaryCopyAsync("COPY \"Accruals\" FROM STDIN (FORMAT BINARY)"))
                await using (var f = File.OpenRead(file))
                    await f.CopyToAsync(raw);
                await ExecAsync(conn, "SET CONSTRAINTS ALL IMMEDIATE");
                results.Add(new Result("COPY, the lines table (indexes + FKs)", sw.Elapsed.TotalMilliseconds, rows));
                await tx.RollbackAsync();
            }
            return results;
        }
        finally { File.Delete(file); }
    }

    private static async Task<List<Result>> SqliteAsync(string connection)
    {
        await using var conn = new SqliteConnection(connection);
        await conn.OpenAsync();
        var results = new List<Result>();
        var rows = 0L;
        foreach (var (name, indexes) in new[] { ("INSERT … SELECT, bare table", false), ("INSERT … SELECT, same indexes", true) })
        {
            Exec(conn, "DROP TABLE IF EXISTS bench_copy");
            var ddl = ((string)Scalar(conn, "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'Accruals'")!).Replace(
                "\"Accruals\"",
                "bench_copy"
            );
            // Same columns and primary key, without the foreign keys.
            Exec(conn, ddl[..ddl.IndexOf("CONSTRAINT \"FK_", StringComparison.Ordinal)].TrimEnd().TrimEnd(',') + ")");
            if (indexes)
                foreach (var sql in Column(conn, "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'Accruals' AND sql IS NOT NULL"))
                    Exec(conn, sql.Replace("\"IX_Accruals", "\"IX_bench_copy").Replace("ON \"Accruals\"", "ON bench_copy"));
            var sw = Stopwatch.StartNew();
            rows = Exec(conn, "INSERT INTO bench_copy SELECT * FROM \"Accruals\"");
            results.Add(new Result(name, sw.Elapsed.TotalMilliseconds, rows));
        }
        Exec(conn, "DROP TABLE bench_copy");
        return results;
    }

    private static async Task ExecAsync(NpgsqlConnection c, string sql)
    {
        await using var cmd = new NpgsqlCommand(sql, c);
        await cmd.ExecuteNonQueryAsync();
    }

    private static async Task<long> ScalarAsync(NpgsqlConnection c, string sql)
    {
        await using var cmd = new NpgsqlCommand(sql, c);
        return (long)(await cmd.ExecuteScalarAsync())!;
    }

    private static int Exec(SqliteConnection c, string sql)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        return cmd.ExecuteNonQuery();
    }

    private static object? Scalar(SqliteConnection c, string sql)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        return cmd.ExecuteScalar();
    }

    private static List<string> Column(SqliteConnection c, string sql)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        using var r = cmd.ExecuteReader();
        var list = new List<string>();
        while (r.Read()) list.Add(r.GetString(0));
        return list;
    }
}
