using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;
using NpgsqlTypes;
using Sobes.Infrastructure.Persistence;

/// <summary>
/// Streams rows into one table below EF Core: binary COPY on PostgreSQL, one prepared INSERT in one transaction on SQLite.
/// Column names and types come from the EF model, so the bench writes exactly what the application would; a required column
/// the generator forgot fails at once instead of loading a million broken rows.
/// </summary>
abstract class BulkWriter : IAsyncDisposable
{
    public long Rows { get; protected set; }

    public static async Task<BulkWriter> OpenAsync(BenchOptions opts, SobesDbContext model, string table, string[] columns)
    {
        var t = model.Model.GetRelationalModel().Tables.Single(x => x.Name == table);
        var types = columns.Select(c => t.FindColumn(c) ?? throw new InvalidOperationException($"{table}.{c}: no such column")).ToArray();
        var missing = t.Columns.Where(c => !c.IsNullable && !columns.Contains(c.Name)).Select(c => c.Name).ToList();
        if (missing.Count > 0) throw new InvalidOperationException($"{table}: required columns not generated: {string.Join(", ", missing)}");
        BulkWriter w = opts.Provider == DatabaseProvider.Postgres ? new PgWriter(types) : new SqliteWriter();
        await w.StartAsync(opts, table, columns);
        return w;
    }

    protected abstract Task StartAsync(BenchOptions opts, string table, string[] columns);
    public abstract void Write(object?[] row);
    public abstract Task CompleteAsync();
    public abstract ValueTask DisposeAsync();

    /// <summary>The provider's value for a CLR value: enums as their numbers, as EF stores them.</summary>
    protected static object? Plain(object? v) => v is Enum e ? Convert.ToInt32(e) : v;

    sealed class PgWriter(IColumn[] columns) : BulkWriter
    {
        private NpgsqlConnection? conn;
        private NpgsqlBinaryImporter? importer;
        private readonly NpgsqlDbType[] types = columns.Select(c => TypeOf(c.ProviderClrType)).ToArray();

        private static NpgsqlDbType TypeOf(Type clr) => (Nullable.GetUnderlyingType(clr) ?? clr) switch
        {
            var t when t == typeof(string) => NpgsqlDbType.Text,
            var t when t == typeof(int) || t.IsEnum => NpgsqlDbType.Integer,
            var t when t == typeof(long) => NpgsqlDbType.Bigint,
            var t when t == typeof(decimal) => NpgsqlDbType.Numeric,
            var t when t == typeof(DateOnly) => NpgsqlDbType.Date,
            var t when t == typeof(DateTime) => NpgsqlDbType.TimestampTz,
            var t when t == typeof(bool) => NpgsqlDbType.Boolean,
            var t => throw new NotSupportedException(t.Name),
        };

        protected override async Task StartAsync(BenchOptions opts, string table, string[] names)
        {
            conn = new NpgsqlConnection(opts.Connection);
            await conn.OpenAsync();
            importer = await conn.BeginBinaryImportAsync(
                $"COPY \"{table}\" ({string.Join(", ", names.Select(n => $"\"{n}\""))}) FROM STDIN (FORMAT BINARY)"
            );
        }

        public override void Write(object?[] row)
        {
            importer!.StartRow();
            for (var i = 0; i < row.Length; i++)
            {
                var v = Plain(row[i]);
                if (v is null) importer.WriteNull();
                else importer.Write(v, types[i]);
            }
            Rows++;
        }

        public override async Task CompleteAsync() => await importer!.CompleteAsync();

        public override async ValueTask DisposeAsync()
        {
            if (importer is not null) await importer.DisposeAsync();
            if (conn is not null) await conn.DisposeAsync();
        }
    }

    sealed class SqliteWriter : BulkWriter
    {
        private SqliteConnection? conn;
        private SqliteTransaction? tx;
        private SqliteCommand? cmd;

        protected override async Task StartAsync(BenchOptions opts, string table, string[] names)
        {
            conn = new SqliteConnection(opts.Connection);
            await conn.OpenAsync();
            // For the load only: the run itself goes through the application's own connection settings.
            using (var p = conn.CreateCommand()) { p.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF;"; p.ExecuteNonQuery(); }
            tx = conn.BeginTransaction();
            cmd = conn.CreateCommand();
            cmd.Transaction = tx;
            cmd.CommandText =
                $"INSERT INTO \"{table}\" ({string.Join(", ", names.Select(n => $"\"{n}\""))}) VALUES " +
                    $"({string.Join(", ", names.Select((_, i) => "$p" + i))})";
            for (var i = 0; i < names.Length; i++) cmd.Parameters.Add(new SqliteParameter("$p" + i, null));
            cmd.Prepare();
        }

        public override void Write(object?[] row)
        {
            for (var i = 0; i < row.Length; i++) cmd!.Parameters[i].Value = Plain(row[i]) ?? DBNull.Value;
            cmd!.ExecuteNonQuery();
            Rows++;
        }

        public override Task CompleteAsync() { tx!.Commit(); return Task.CompletedTask; }

        public override async ValueTask DisposeAsync()
        {
            if (cmd is not null) await cmd.DisposeAsync();
            if (tx is not null) await tx.DisposeAsync();
            if (conn is not null) await conn.DisposeAsync();
        }
    }
}
