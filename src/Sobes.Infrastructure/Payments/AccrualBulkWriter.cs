using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;
using Sobes.Domain.Payments;
using Sobes.Infrastructure.Persistence;

namespace Sobes.Infrastructure.Payments;

/// <summary>
/// Writes a batch of payment lines below the change tracker, inside the context's current transaction: binary COPY on PostgreSQL, one
/// prepared INSERT reused on SQLite. A payment run writes a region's month (1.7 million lines) this way 3.5 times faster than through
/// SaveChanges (docs/BENCHMARKS.md). The values are bound exactly as EF Core binds them, so the lines read back the same.
/// The unique index on (assignment, month, kind, period) still refuses a doubled line.
/// </summary>
internal abstract class AccrualBulkWriter : IAsyncDisposable
{
    private static readonly string[] Columns =
        ["PeriodId", "OrganisationId", "AssignmentId", "AssignmentNumber", "CitizenId", "RecipientName", "MeasureId", "Funding", "ForMonth", "Kind",
         "Amount", "Deduction", "ToPay", "Explanation", "Method", "Bik", "BankName", "Account", "PostOfficeIndex"];

    private static string ColumnList => string.Join(", ", Columns.Select(c => $"\"{c}\""));

    public static async Task<AccrualBulkWriter> OpenAsync(SobesDbContext db, CancellationToken ct)
    {
        var tx = db.Database.CurrentTransaction?.GetDbTransaction() ?? throw new InvalidOperationException("Строки пишутся только в транзакции расчёта.");
        return tx.Connection switch
        {
            NpgsqlConnection pg => new Postgres(await pg.BeginBinaryImportAsync($"COPY \"Accruals\" ({ColumnList}) FROM STDIN (FORMAT BINARY)", ct)),
            SqliteConnection lite => new Sqlite(lite, (SqliteTransaction)tx),
            _ => throw new NotSupportedException(tx.Connection?.GetType().Name),
        };
    }

    public abstract Task WriteAsync(Accrual line, CancellationToken ct);
    public abstract Task CompleteAsync(CancellationToken ct);
    public abstract ValueTask DisposeAsync();

    private sealed class Postgres(NpgsqlBinaryImporter copy) : AccrualBulkWriter
    {
        public override async Task WriteAsync(Accrual l, CancellationToken ct)
        {
            await copy.StartRowAsync(ct);
            await copy.WriteAsync(l.PeriodId, NpgsqlDbType.Bigint, ct);
            await copy.WriteAsync(l.OrganisationId, NpgsqlDbType.Integer, ct);
            await copy.WriteAsync(l.AssignmentId, NpgsqlDbType.Bigint, ct);
            await copy.WriteAsync(l.AssignmentNumber, NpgsqlDbType.Text, ct);
            await copy.WriteAsync(l.CitizenId, NpgsqlDbType.Bigint, ct);
            await copy.WriteAsync(l.RecipientName, NpgsqlDbType.Text, ct);
            await copy.WriteAsync(l.MeasureId, NpgsqlDbType.Integer, ct);
            await copy.WriteAsync((int)l.Funding, NpgsqlDbType.Integer, ct);
            await copy.WriteAsync(l.ForMonth, NpgsqlDbType.Date, ct);
            await copy.WriteAsync((int)l.Kind, NpgsqlDbType.Integer, ct);
            await copy.WriteAsync(l.Amount, NpgsqlDbType.Numeric, ct);
            await copy.WriteAsync(l.Deduction, NpgsqlDbType.Numeric, ct);
            await copy.WriteAsync(l.ToPay, NpgsqlDbType.Numeric, ct);
            await copy.WriteAsync(l.Explanation, NpgsqlDbType.Text, ct);
            await WriteNullableAsync(l.Method is { } m ? (int?)m : null, NpgsqlDbType.Integer, ct);
            await WriteNullableAsync(l.Bik, NpgsqlDbType.Text, ct);
            await WriteNullableAsync(l.BankName, NpgsqlDbType.Text, ct);
            await WriteNullableAsync(l.Account, NpgsqlDbType.Text, ct);
            await WriteNullableAsync(l.PostOfficeIndex, NpgsqlDbType.Text, ct);
        }

        private Task WriteNullableAsync(int? value, NpgsqlDbType type, CancellationToken ct) =>
            value is { } v ? copy.WriteAsync(v, type, ct) : copy.WriteNullAsync(ct);

        private Task WriteNullableAsync(string? value, NpgsqlDbType type, CancellationToken ct) =>
            value is null ? copy.WriteNullAsync(ct) : copy.WriteAsync(value, type, ct);

        public override async Task CompleteAsync(CancellationToken ct) => await copy.CompleteAsync(ct);
        public override ValueTask DisposeAsync() => copy.DisposeAsync();
    }

    private sealed class Sqlite : AccrualBulkWriter
    {
        private readonly SqliteCommand insert;

        public Sqlite(SqliteConnection connection, SqliteTransaction tx)
        {
            insert = connection.CreateCommand();
            insert.Transaction = tx;
            insert.CommandText = $"INSERT INTO \"Accruals\" ({ColumnList}) VALUES ({string.Join(", ", Columns.Select((_, i) => "$p" + i))})";
            for (var i = 0; i < Columns.Length; i++) insert.Parameters.Add(new SqliteParameter("$p" + i, null));
            insert.Prepare();
        }

        public override async Task WriteAsync(Accrual l, CancellationToken ct)
        {
            object?[] values =
            [
                l.PeriodId, l.OrganisationId, l.AssignmentId, l.AssignmentNumber, l.CitizenId, l.RecipientName, l.MeasureId, (int)l.Funding, l.ForMonth,
                (int)l.Kind, l.Amount, l.Deduction, l.ToPay, l.Explanation, l.Method is { } m ? (int)m : null, l.Bik, l.BankName, l.Account, l.PostOfficeIndex,
            ];
            for (var i = 0; i < values.Length; i++) insert.Parameters[i].Value = values[i] ?? DBNull.Value;
            await insert.ExecuteNonQueryAsync(ct);
        }

        public override Task CompleteAsync(CancellationToken ct) => Task.CompletedTask;
        public override ValueTask DisposeAsync() => insert.DisposeAsync();
    }
}
