using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using Sobes.Domain.Measures;
using Sobes.Domain.Payments;
using Sobes.Domain.Registry;
using Sobes.Infrastructure.Persistence;

/// <summary>
/// Experiment (--stage lean), not the product path: the compute stage as the findings propose it, to measure what it would cost.
/// The same reads as <c>PaymentRunService.ComputeAsync</c> (batches by id, the batch's accrued months and recipients) but the periods and
/// suspensions by <c>AssignmentId IN (…)</c> instead of split queries that repeat the batch filter, the same pure rule
/// (<see cref="AccrualRules.Lines"/>, the same line snapshot), and the lines written below the change tracker — binary COPY on
/// PostgreSQL, one prepared INSERT on SQLite — in one transaction with the checkpoint per batch, as the service does.
/// Deductions and overpayments are left out: a region's first month has none.
/// </summary>
static class LeanCompute
{
    /// <summary>Where the time goes, by step, summed over all batches.</summary>
    public static readonly Dictionary<string, double> Steps = [];

    private static void Lap(System.Diagnostics.Stopwatch sw, string step) { Steps[step] = Steps.GetValueOrDefault(step) + sw.Elapsed.TotalMilliseconds; sw.Restart(); }

    private static readonly string[] Columns =
        ["PeriodId", "OrganisationId", "AssignmentId", "AssignmentNumber", "CitizenId", "RecipientName", "MeasureId", "Funding", "ForMonth", "Kind",
         "Amount", "Deduction", "ToPay", "Explanation", "Method", "Bik", "BankName", "Account", "PostOfficeIndex"];

    public static async Task<long> RunAsync(BenchOptions opts, long periodId, int batchSize)
    {
        await using var db = opts.CreateContext();
        var p = await db.PaymentPeriods.AsNoTracking().FirstAsync(x => x.Id == periodId);
        var measures = await db.Measures.AsNoTracking().Include(m => m.Amounts).ToDictionaryAsync(m => m.Id);
        var end = p.FirstDay.AddMonths(1).AddDays(-1);
        var ledger = p.LedgerStart;
        var conn = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        long after = 0, written = 0;
        var empty = new Dictionary<DateOnly, decimal>();
        var sw = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            sw.Restart();
            var batch = await db.Assignments.AsNoTracking()
                .Where(a => a.OrganisationId == p.OrganisationId && a.Id > after && a.StartsOn <= end
                            && (a.DecidedOn >= ledger || ((a.EndsOn == null || a.EndsOn >= ledger) && (a.StoppedFrom == null || a.StoppedFrom >= ledger))))
                .OrderBy(a => a.Id).Take(batchSize).ToListAsync();
            if (batch.Count == 0) break;
            Lap(sw, "read assignments");
            var ids = batch.Select(a => a.Id).ToList();
            var periods = (await db.Set<AssignmentPeriod>().AsNoTracking().Where(x => ids.Contains(x.AssignmentId)).ToListAsync()).ToLookup(x => x.AssignmentId);
            var suspensions = (await db.Set<AssignmentSuspension>().AsNoTracking().Where(x => ids.Contains(x.AssignmentId)).ToListAsync()).ToLookup(x => x.AssignmentId);
            Lap(sw, "read periods + suspensions");
            var accrued = (await db.Accruals.AsNoTracking().Where(l => ids.Contains(l.AssignmentId) && l.Kind != AccrualKind.Repayment)
                    .Select(l => new { l.AssignmentId, l.ForMonth, l.Amount }).ToListAsync())
                .GroupBy(l => l.AssignmentId)
                .ToDictionary(g => g.Key, g => (IReadOnlyDictionary<DateOnly, decimal>)g.GroupBy(l => l.ForMonth).ToDictionary(m => m.Key, m => m.Sum(l => l.Amount)));
            Lap(sw, "read accrued months");
            var citizenIds = batch.Select(a => a.CitizenId).Distinct().ToList();
            var citizens = await db.Citizens.AsNoTracking().Where(c => citizenIds.Contains(c.Id))
                .Select(c => new { c.Id, c.Surname, c.Name, c.Patronymic, c.PaymentDetails }).ToDictionaryAsync(c => c.Id);

            Lap(sw, "read recipients");
            await using var tx = await conn.BeginTransactionAsync();
            var writer = await Writer.OpenAsync(conn, tx);
            var drafts = new List<(Assignment A, Measure M, IReadOnlyList<AccrualDraft> D)>(batch.Count);
            foreach (var a in batch)
            {
                a.Periods = periods[a.Id].ToList();
                a.Suspensions = suspensions[a.Id].ToList();
                var measure = measures[a.MeasureId];
                drafts.Add((a, measure, AccrualRules.Lines(a, measure, p.FirstDay, p.LedgerStart, accrued.GetValueOrDefault(a.Id) ?? empty)));
            }
            Lap(sw, "rules (AccrualRules.Lines)");
            var line = new Accrual();
            foreach (var (a, measure, lines) in drafts)
            {
                if (lines.Count == 0) continue;
                var c = citizens[a.CitizenId];
                var name = string.Join(" ", new[] { c.Surname, c.Name, c.Patronymic }.Where(s => !string.IsNullOrWhiteSpace(s)));
                foreach (var d in lines)
                {
                    line.Snapshot(c.PaymentDetails ?? new PaymentDetails(), a.PaymentMethod);
                    writer.Write([p.Id, p.OrganisationId, a.Id, a.Number, a.CitizenId, name, a.MeasureId, (int)measure.Funding, d.ForMonth, (int)d.Kind,
                        d.Amount, 0m, Math.Max(d.Amount, 0), d.Explanation.Length > 500 ? d.Explanation[..500] : d.Explanation, (int?)line.Method,
                        line.Bik, line.BankName, line.Account, line.PostOfficeIndex]);
                    written++;
                }
            }
            Lap(sw, "write rows (COPY / INSERT)");
            await writer.CompleteAsync();
            await writer.DisposeAsync();
            after = batch[^1].Id;
            await using (var cmd = conn.CreateCommand())
            {
                cmd.Transaction = tx;
                cmd.CommandText = $"UPDATE \"PaymentPeriods\" SET \"CheckpointAssignmentId\" = {after} WHERE \"Id\" = {p.Id}";
                await cmd.ExecuteNonQueryAsync();
            }
            await tx.CommitAsync();
            Lap(sw, "complete + checkpoint + commit");
        }
        return written;
    }

    private abstract class Writer : IAsyncDisposable
    {
        public static async Task<Writer> OpenAsync(DbConnection conn, DbTransaction tx) =>
            conn is NpgsqlConnection pg ? await PgWriter.OpenAsync(pg) : new SqliteWriter((SqliteConnection)conn, (SqliteTransaction)tx);

        public abstract void Write(object?[] row);
        public abstract Task CompleteAsync();
        public abstract ValueTask DisposeAsync();
    }

    private sealed class PgWriter(NpgsqlBinaryImporter importer) : Writer
    {
        private static readonly NpgsqlDbType[] Types =
        [
            NpgsqlDbType.Bigint, NpgsqlDbType.Integer, NpgsqlDbType.Bigint, NpgsqlDbType.Text, NpgsqlDbType.Bigint, NpgsqlDbType.Text, NpgsqlDbType.Integer,
            NpgsqlDbType.Integer, NpgsqlDbType.Date, NpgsqlDbType.Integer, NpgsqlDbType.Numeric, NpgsqlDbType.Numeric, NpgsqlDbType.Numeric, NpgsqlDbType.Text,
            NpgsqlDbType.Integer, NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Text,
        ];

        public static async Task<Writer> OpenAsync(NpgsqlConnection conn) =>
            new PgWriter(await conn.BeginBinaryImportAsync($"COPY \"Accruals\" ({string.Join(", ", Columns.Select(c => $"\"{c}\""))}) FROM STDIN (FORMAT BINARY)"));

        public override void Write(object?[] row)
        {
            importer.StartRow();
            for (var i = 0; i < row.Length; i++)
                if (row[i] is null) importer.WriteNull();
                else importer.Write(row[i]!, Types[i]);
        }

        public override async Task CompleteAsync() => await importer.CompleteAsync();
        public override ValueTask DisposeAsync() => importer.DisposeAsync();
    }

    private sealed class SqliteWriter : Writer
    {
        private readonly SqliteCommand cmd;

        public SqliteWriter(SqliteConnection conn, SqliteTransaction tx)
        {
            cmd = conn.CreateCommand();
            cmd.Transaction = tx;
            cmd.CommandText = $"INSERT INTO \"Accruals\" ({string.Join(", ", Columns.Select(c => $"\"{c}\""))}) VALUES ({string.Join(", ", Columns.Select((_, i) => "$p" + i))})";
            for (var i = 0; i < Columns.Length; i++) cmd.Parameters.Add(new SqliteParameter("$p" + i, null));
            cmd.Prepare();
        }

        public override void Write(object?[] row)
        {
            for (var i = 0; i < row.Length; i++) cmd.Parameters[i].Value = row[i] ?? DBNull.Value;
            cmd.ExecuteNonQuery();
        }

        public override Task CompleteAsync() => Task.CompletedTask;
        public override ValueTask DisposeAsync() => cmd.DisposeAsync();
    }
}
