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
        var tx = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Строки пишутся только в транзакции расчёта.");
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
        // Synchronous writes into the importer's buffer: it flushes to the server only when the buffer fills, and an await per field
        // (19 per line) cost twice the COPY itself.
        public override Task WriteAsync(Accrual l, CancellationToken ct)
        {
            copy.StartRow();
            copy.Write(l.PeriodId, NpgsqlDbType.Bigint);
            copy.Write(l.OrganisationId, NpgsqlDbType.Integer);
            copy.Write(l.AssignmentId, NpgsqlDbType.Bigint);
            copy.Write(l.AssignmentNumber, NpgsqlDbType.Text);
            copy.Write(l.CitizenId, NpgsqlDbType.Bigint);
            copy.Write(l.RecipientName, NpgsqlDbType.Text);
            copy.Write(l.MeasureId, NpgsqlDbType.Integer);
            copy.Write((int)l.Funding, NpgsqlDbType.Integer);
            copy.Write(l.ForMonth, NpgsqlDbType.Date);
            copy.Write((int)l.Kind, NpgsqlDbType.Integer);
            copy.Write(l.Amount, NpgsqlDbType.Numeric);
            copy.Write(l.Deduction, NpgsqlDbType.Numeric);
            copy.Write(l.ToPay, NpgsqlDbType.Numeric);
            copy.Write(l.Explanation, NpgsqlDbType.Text);
            if (l.Method is { } method) copy.Write((int)method, NpgsqlDbType.Integer); else copy.WriteNull();
            WriteText(l.Bik);
            WriteText(l.BankName);
            WriteText(l.Account);
            WriteText(l.PostOfficeIndex);
            return Task.CompletedTask;
        }

        private void WriteText(string? value)
        {
            if (value is null) copy.WriteNull(); else copy.Write(value, NpgsqlDbType.Text);
        }

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
                l.PeriodId,
                l.OrganisationId,
                l.AssignmentId,
                l.AssignmentNumber,
                l.CitizenId,
                l.RecipientName,
                l.MeasureId,
                (int)l.Funding,
                l.ForMonth,
                (int)l.Kind,
                l.Amount,
                l.Deduction,
                l.ToPay,
                l.Explanation,
                l.Method is { } m ? (int)m : null,
                l.Bik,
                l.BankName,
                l.Account,
                l.PostOfficeIndex,
            ];
            for (var i = 0; i < values.Length; i++) insert.Parameters[i].Value = values[i] ?? DBNull.Value;
            await insert.ExecuteNonQueryAsync(ct);
        }

        public override Task CompleteAsync(CancellationToken ct) => Task.CompletedTask;
        public override ValueTask DisposeAsync() => insert.DisposeAsync();
    }
}
