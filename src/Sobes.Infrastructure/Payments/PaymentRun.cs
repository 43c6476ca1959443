using Microsoft.EntityFrameworkCore;
using Sobes.Domain.Audit;
using Sobes.Domain.Common;
using Sobes.Domain.Measures;
using Sobes.Domain.Organisations;
using Sobes.Domain.Payments;
using Sobes.Domain.Registry;
using Sobes.Infrastructure.Audit;
using Sobes.Infrastructure.Persistence;

namespace Sobes.Infrastructure.Payments;

/// <summary>
/// Computes a period: every assignment of the department, in batches ordered by id, read without tracking; the lines of a batch
/// (<see cref="AccrualRules"/>), the overpayments it finds and the deductions it makes (<see cref="RunDeductions"/>) are inserted with the
/// checkpoint in one SaveChanges, then the change tracker is cleared. A run killed mid-way leaves the period «computing» with the last
/// assignment done; computing it again resumes after it. The unique index on (assignment, month, kind, period) makes a doubled line
/// impossible even for two runs at once. A computed period nobody has signed is computed again from scratch (its lines, deductions and
/// overpayments are replaced). After the last batch, returned sums whose details were corrected are paid again (seed 002 cl. 19.12).
/// </summary>
public sealed class PaymentRun(SobesDbContext db, AuditLog audit, RegionClock clock, PaymentPeriodReader periods)
{
    private const string LinesAlreadyWritten = "Строки этого периода уже записаны другим расчётом: повторная выплата исключена. Обновите страницу.";

    private static readonly TimeSpan ChangeCommitMargin = TimeSpan.FromMinutes(10);

    private readonly RunDeductions deductions = new(db, clock);

    /// <summary>What every batch of one run needs: read once before the first batch.</summary>
    private sealed record RunContext(Dictionary<int, Measure> Measures, decimal Percent, RunWindow? Window, bool HasHistory, bool EarlierDebts,
        DateOnly Today);

    /// <summary>
    /// The month after the department's previous computed period and when that period's run started (null: no such period).
    /// </summary>
    private sealed record RunWindow(DateOnly NextMonth, DateTime Since);

    public async Task<PeriodDetails> ComputeAsync(UserContext user, long id, RunOptions? options = null, CancellationToken ct = default)
    {
        PaymentsAccess.RequireWriter(user);
        options ??= new RunOptions();
        var p = await StartAsync(user, id, ct);
        var run = await PrepareAsync(p, ct);
        await RunBatchesAsync(p, run, options, ct);
        await deductions.DeductAcrossBatchesAsync(p, run.Percent, run.Today, ct);
        await RepayReturnsAsync(p, ct);
        p.FinishRun(clock.NowUtc);
        p.Version++;
        var count = await db.Accruals.CountAsync(l => l.PeriodId == id, ct);
        audit.Add(user, AuditAction.Update, PaymentPeriodReader.Entity, id.ToString(), null, $"Период {p.Title} рассчитан: строк {count}");
        await SaveBatchAsync(ct);
        db.ChangeTracker.Clear();
        return await periods.GetAsync(user, id, ct);
    }

    /// <summary>
    /// Checks the run may start (no other run unfinished, no later period computed), undoes an unsigned run, marks the period computing.
    /// </summary>
    private async Task<PaymentPeriod> StartAsync(UserContext user, long id, CancellationToken ct)
    {
        var p = await periods.LoadOwnAsync(user, id, ct);
        var key = p.Year * 12 + p.Month;
        var department = db.PaymentPeriods.Where(x => x.OrganisationId == p.OrganisationId);
        if (await department.AnyAsync(x => x.Id != p.Id && x.Status == PaymentPeriodStatus.Computing, ct))
            throw new ConflictException("Расчёт другого периода не завершён: сначала завершите его (рассчитайте ещё раз — он продолжится).");
        if (await department.AnyAsync(x => x.Year * 12 + x.Month > key && x.Status != PaymentPeriodStatus.Open, ct))
            throw new ConflictException("Более поздний период уже рассчитан: этот период рассчитывать нельзя.");
        var resumed = p.Status == PaymentPeriodStatus.Computing;
        if (p.Status == PaymentPeriodStatus.Computed && !p.HasApprovals) await UndoRunAsync(p, ct);
        p.StartRun(clock.NowUtc, user.UserId);
        p.Version++;
        audit.Add(user, AuditAction.Update, PaymentPeriodReader.Entity, id.ToString(), null,
            resumed ? $"Расчёт периода {p.Title} продолжен после № назначения {p.CheckpointAssignmentId}" : $"Начат расчёт периода {p.Title}");
        await periods.SaveAsync(ct);
        return p;
    }

    private async Task<RunContext> PrepareAsync(PaymentPeriod p, CancellationToken ct)
    {
        var measures = await db.Measures.AsNoTracking().ToDictionaryAsync(m => m.Id, ct);
        var percent = await RunDeductions.PercentAsync(db, p.OrganisationId, p.FirstDay, ct);
        var previous = await periods.PreviousComputedAsync(p, ct);
        // A later period cannot be computed before this one, so no previous computed period means nothing accrued on the department's
        // assignments yet.
        var hasHistory = previous is not null;
        var earlierDebts = await db.Overpayments.AnyAsync(
            o => o.OrganisationId == p.OrganisationId && o.Balance > 0 && o.DetectedInPeriodId != p.Id,
            ct
        );
        return new RunContext(measures, percent, WindowAfter(previous), hasHistory, earlierDebts, clock.Today);
    }

    // The margin covers a change recorded just before that run started but committed after it read the assignment.
    private static RunWindow? WindowAfter(PaymentPeriod? previous) =>
        previous?.RunStartedAtUtc is { } since ? new RunWindow(previous.FirstDay.AddMonths(1), since - ChangeCommitMargin) : null;

    private async Task RunBatchesAsync(PaymentPeriod p, RunContext run, RunOptions options, CancellationToken ct)
    {
        var end = p.FirstDay.AddMonths(1).AddDays(-1);
        var ledger = p.LedgerStart;
        var batches = 0;
        while (true)
        {
            ct.ThrowIfCancellationRequested();
            var after = p.CheckpointAssignmentId ?? 0;
            var batch = await db
                .Assignments.AsNoTracking()
                .Where(a =>
                    a.OrganisationId == p.OrganisationId
                    && a.Id > after
                    && a.StartsOn <= end
                    // Ended or stopped before the system paid and decided before it: nothing of it is the system's.
                    && (
                        a.DecidedOn >= ledger
                        || ((a.EndsOn == null || a.EndsOn >= ledger) && (a.StoppedFrom == null || a.StoppedFrom >= ledger))
                    )
                )
                .OrderBy(a => a.Id)
                .Take(options.BatchSize)
                .ToListAsync(ct);
            if (batch.Count == 0) break;
            await AttachSchedulesAsync(batch, ct);
            // The batch, its overpayments and deductions, and the checkpoint commit together: a run killed mid-way resumes after the last
            // batch.
            await using (var tx = await db.Database.BeginTransactionAsync(ct))
            {
                var lines = await ComputeBatchAsync(p, batch, run, ct);
                p.CheckpointAssignmentId = batch[^1].Id;
                await SaveBatchAsync(ct);
                await WriteLinesAsync(lines, ct);
                await tx.CommitAsync(ct);
            }
            db.ChangeTracker.Clear();
            db.Attach(p);
            batches++;
            if (options.AfterBatch is { } hook) await hook(batches, ct);
        }
    }

    private async Task AttachSchedulesAsync(List<Assignment> batch, CancellationToken ct)
    {
        // By the batch's ids (one index lookup each): a split query would repeat the batch's filter, and an id range would also read the
        // rows of other departments' assignments lying between them.
        var ids = batch.Select(a => a.Id).ToList();
        var periodsOf = (await db.AssignmentPeriods.AsNoTracking().Where(x => ids.Contains(x.AssignmentId)).ToListAsync(ct)).ToLookup(x =>
            x.AssignmentId
        );
        var suspensions = (await db.AssignmentSuspensions.AsNoTracking().Where(x => ids.Contains(x.AssignmentId)).ToListAsync(ct))
            .ToLookup(x => x.AssignmentId);
        foreach (var a in batch)
        {
            a.Periods = periodsOf[a.Id].ToList();
            a.Suspensions = suspensions[a.Id].ToList();
        }
    }

    /// <summary>
    /// Stages the batch's overpayments and the lines that carry a deduction (their recovery refers to them) in the change tracker and
    /// returns the other lines — nearly all of them — for <see cref="WriteLinesAsync"/>.
    /// </summary>
    private async Task<List<Accrual>> ComputeBatchAsync(PaymentPeriod p, List<Assignment> batch, RunContext run, CancellationToken ct)
    {
        var recheck = await RecheckFromAsync(batch, run.Window, ct);
        var accrued = await AccruedAsync(batch, run, recheck, ct);
        var citizenIds = batch.Select(a => a.CitizenId).Distinct().ToList();
        var citizens = await db.Citizens.AsNoTracking().Where(c => citizenIds.Contains(c.Id))
            .Select(c => new { c.Id, c.Surname, c.Name, c.Patronymic, c.PaymentDetails }).ToDictionaryAsync(c => c.Id, ct);
        var empty = new Dictionary<DateOnly, decimal>();
        var lines = new List<Accrual>();
        foreach (var a in batch)
        {
            var measure = run.Measures[a.MeasureId];
            var drafts = AccrualRules.Lines(
                a,
                measure,
                p.FirstDay,
                p.LedgerStart,
                accrued.GetValueOrDefault(a.Id) ?? empty,
                recheck.GetValueOrDefault(a.Id)
            );
            if (drafts.Count == 0) continue;
            var c = citizens[a.CitizenId];
            var name = string.Join(" ", new[] { c.Surname, c.Name, c.Patronymic }.Where(s => !string.IsNullOrWhiteSpace(s)));
            foreach (var d in drafts)
            {
                lines.Add(NewLine(p, a, measure, d, name, c.PaymentDetails));
                if (d.Amount < 0) db.Overpayments.Add(NewOverpayment(p, a, d, run.Today));
            }
        }
        await deductions.DeductAsync(p, lines, run.Percent, run.EarlierDebts, run.Today, ct);
        var withDeduction = lines.Where(l => l.Deduction > 0).ToList();
        db.Accruals.AddRange(withDeduction);
        return withDeduction.Count == 0 ? lines : lines.Where(l => l.Deduction == 0).ToList();
    }

    /// <summary>
    /// For each assignment of the batch, the month from which the run looks back again (changes recorded since the previous run).
    /// </summary>
    private async Task<Dictionary<long, DateOnly?>> RecheckFromAsync(List<Assignment> batch, RunWindow? window, CancellationToken ct)
    {
        var recheck = new Dictionary<long, DateOnly?>();
        if (window is null) return recheck;
        var ids = batch.Select(a => a.Id).ToList();
        var changed = await db.AssignmentChanges.AsNoTracking()
            .Where(c => ids.Contains(c.AssignmentId) && c.AtUtc >= window.Since)
            .GroupBy(c => c.AssignmentId).Select(g => new { g.Key, From = g.Min(c => c.EffectiveFrom) }).ToListAsync(ct);
        var since = changed.ToDictionary(c => c.Key, c => c.From);
        foreach (var a in batch) recheck[a.Id] = AccrualRules.RecheckFrom(window.NextMonth, since.TryGetValue(a.Id, out var d) ? d : null);
        return recheck;
    }

    /// <summary>
    /// What earlier periods accrued per assignment and month, from the oldest month the batch looks back to (re-payments aside).
    /// </summary>
    private async Task<Dictionary<long, IReadOnlyDictionary<DateOnly, decimal>>> AccruedAsync(List<Assignment> batch, RunContext run,
        Dictionary<long, DateOnly?> recheck, CancellationToken ct)
    {
        if (!run.HasHistory) return [];
        var ids = batch.Select(a => a.Id).ToList();
        var oldest = run.Window is null ? DateOnly.MinValue : recheck.Values.Min() ?? DateOnly.MinValue;
        return (await db.Accruals.AsNoTracking()
                .Where(l => ids.Contains(l.AssignmentId) && l.ForMonth >= oldest && l.Kind != AccrualKind.Repayment)
                .Select(l => new { l.AssignmentId, l.ForMonth, l.Amount }).ToListAsync(ct))
            .GroupBy(l => l.AssignmentId)
            .ToDictionary(g => g.Key,
                g => (IReadOnlyDictionary<DateOnly, decimal>)g.GroupBy(l => l.ForMonth).ToDictionary(m => m.Key, m => m.Sum(l => l.Amount)));
    }

    private static Accrual NewLine(PaymentPeriod p, Assignment a, Measure measure, AccrualDraft d, string name, PaymentDetails? details)
    {
        var line = new Accrual
        {
            PeriodId = p.Id, OrganisationId = p.OrganisationId, AssignmentId = a.Id, AssignmentNumber = a.Number, CitizenId = a.CitizenId,
            RecipientName = name, MeasureId = a.MeasureId, Funding = measure.Funding, ForMonth = d.ForMonth, Kind = d.Kind, Amount = d.Amount,
            ToPay = Math.Max(d.Amount, 0), Explanation = Cut(d.Explanation, 500),
        };
        line.Snapshot(details ?? new PaymentDetails(), a.PaymentMethod);
        return line;
    }

    private static Overpayment NewOverpayment(PaymentPeriod p, Assignment a, AccrualDraft d, DateOnly today) => new()
    {
        OrganisationId = p.OrganisationId, CitizenId = a.CitizenId, AssignmentId = a.Id, AssignmentNumber = a.Number, MeasureId = a.MeasureId,
        ForMonth = d.ForMonth, Amount = -d.Amount, Balance = -d.Amount, DetectedOn = today, DetectedInPeriodId = p.Id,
        Reason = Cut($"Выплачено за {RussianFormat.MonthShort(d.ForMonth)} больше причитающегося: {a.StatusReason ?? "перерасчёт размера"}", 1000),
    };

    private static string Cut(string s, int max) => s.Length > max ? s[..max] : s;

    private async Task WriteLinesAsync(List<Accrual> lines, CancellationToken ct)
    {
        if (lines.Count == 0) return;
        try
        {
            await using var writer = await AccrualBulkWriter.OpenAsync(db, ct);
            foreach (var line in lines) await writer.WriteAsync(line, ct);
            await writer.CompleteAsync(ct);
        }
        catch (Exception e) when (e is Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.UniqueViolation }
                                      or Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: 19 })
        {
            throw new ConflictException(LinesAlreadyWritten);
        }
    }

    /// <summary>
    /// Returned sums whose details were corrected (seed 002 cl. 19.12) are paid again in this period, one line per assignment and month.
    /// </summary>
    private async Task RepayReturnsAsync(PaymentPeriod p, CancellationToken ct)
    {
        var returns = await db.PaymentReturns
            .Where(r => r.OrganisationId == p.OrganisationId && r.Status == PaymentReturnStatus.OnBooks && r.RepayRequested).ToListAsync(ct);
        if (returns.Count == 0) return;
        var lineIds = returns.Select(r => r.AccrualId).ToList();
        var originals = await db.Accruals.AsNoTracking().Where(l => lineIds.Contains(l.Id)).ToDictionaryAsync(l => l.Id, ct);
        var citizenIds = returns.Select(r => r.CitizenId).Distinct().ToList();
        var details = await db.Citizens.AsNoTracking().Where(c => citizenIds.Contains(c.Id)).Select(c => new { c.Id, c.PaymentDetails })
            .ToDictionaryAsync(c => c.Id, c => c.PaymentDetails, ct);
        foreach (var group in returns.GroupBy(r => (r.AssignmentId, r.ForMonth)))
        {
            var first = originals[group.First().AccrualId];
            var sum = group.Sum(r => r.Amount);
            var line = new Accrual
            {
                PeriodId = p.Id,
                OrganisationId = p.OrganisationId,
                AssignmentId = first.AssignmentId,
                AssignmentNumber = first.AssignmentNumber,
                CitizenId = first.CitizenId,
                RecipientName = first.RecipientName,
                MeasureId = first.MeasureId,
                Funding = first.Funding,
                ForMonth = group.Key.ForMonth,
                Kind = AccrualKind.Repayment,
                Amount = sum,
                ToPay = sum,
                Explanation = Cut(
                    $"Повторная выплата возвращённой суммы {RussianFormat.Money(sum)} ({string.Join("; ", group.Select(r => r.Reason))})",
                    500
                ),
            };
            line.Snapshot(details.GetValueOrDefault(first.CitizenId) ?? new PaymentDetails(), first.Method);
            db.Accruals.Add(line);
            foreach (var r in group) (r.Status, r.RepaidInPeriodId, r.RepayRequested) = (PaymentReturnStatus.Repaid, p.Id, false);
        }
    }

    /// <summary>
    /// Recomputing a period nobody signed: its deductions are given back, its overpayments and lines removed, its repayments put back on
    /// the books.
    /// </summary>
    private async Task UndoRunAsync(PaymentPeriod p, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var recovered = await db.Recoveries.Where(r => r.PeriodId == p.Id).ToListAsync(ct);
        var debtIds = recovered.Select(r => r.OverpaymentId).Distinct().ToList();
        var debts = await db.Overpayments.Where(o => debtIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, ct);
        foreach (var r in recovered) debts[r.OverpaymentId].Balance += r.Amount;
        db.Recoveries.RemoveRange(recovered);
        var found = await db.Overpayments.Include(o => o.Recoveries).Where(o => o.DetectedInPeriodId == p.Id).ToListAsync(ct);
        // Its own deductions were just given back; a refund or write-off entered since would be lost with the overpayment.
        if (found.Any(o => o.Recoveries.Any(r => r.PeriodId != p.Id)))
            throw new ConflictException("По переплатам, выявленным в этом периоде, уже есть возмещение: пересчитать период нельзя.");
        db.Overpayments.RemoveRange(found);
        foreach (var r in await db.PaymentReturns.Where(r => r.RepaidInPeriodId == p.Id).ToListAsync(ct))
            (r.Status, r.RepaidInPeriodId, r.RepayRequested) = (PaymentReturnStatus.OnBooks, null, true);
        await db.SaveChangesAsync(ct);
        await db.Accruals.Where(l => l.PeriodId == p.Id).ExecuteDeleteAsync(ct);
        await tx.CommitAsync(ct);
    }

    private async Task SaveBatchAsync(CancellationToken ct)
    {
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateConcurrencyException) { throw new ConflictException("Период рассчитывается в другом сеансе: дождитесь окончания расчёта."); }
        catch (DbUpdateException) { throw new ConflictException(LinesAlreadyWritten); }
    }
}
