using Microsoft.EntityFrameworkCore;
using Sobes.Domain.Audit;
using Sobes.Domain.Common;
using Sobes.Domain.Measures;
using Sobes.Domain.Organisations;
using Sobes.Domain.Payments;
using Sobes.Domain.Registry;

namespace Sobes.Infrastructure.Payments;

public sealed partial class PaymentRunService
{
    /// <summary>
    /// Computes the period: every assignment of the department, in batches ordered by id, read without tracking; the lines of a batch
    /// (<see cref="AccrualRules"/>), the overpayments it finds and the deductions it makes are inserted with the checkpoint in one SaveChanges,
    /// then the change tracker is cleared. A run killed mid-way leaves the period «computing» with the last assignment done; computing it
    /// again resumes after it. The unique index on (assignment, month, kind, period) makes a doubled line impossible even for two runs at once.
    /// A computed period nobody has signed is computed again from scratch (its lines, deductions and overpayments are replaced).
    /// After the last batch, returned sums whose details were corrected are paid again (seed 002 cl. 19.12).
    /// </summary>
    public async Task<PeriodDetails> ComputeAsync(UserContext user, long id, RunOptions? options = null, CancellationToken ct = default)
    {
        PaymentsAccess.RequireWriter(user);
        options ??= new RunOptions();
        var p = await LoadOwnAsync(user, id, ct);
        var key = p.Year * 12 + p.Month;
        if (await db.PaymentPeriods.AnyAsync(x => x.OrganisationId == p.OrganisationId && x.Id != p.Id && x.Status == PaymentPeriodStatus.Computing, ct))
            throw new ConflictException("Расчёт другого периода не завершён: сначала завершите его (рассчитайте ещё раз — он продолжится).");
        if (await db.PaymentPeriods.AnyAsync(x => x.OrganisationId == p.OrganisationId && x.Year * 12 + x.Month > key && x.Status != PaymentPeriodStatus.Open, ct))
            throw new ConflictException("Более поздний период уже рассчитан: этот период рассчитывать нельзя.");
        var resumed = p.Status == PaymentPeriodStatus.Computing;
        if (p.Status == PaymentPeriodStatus.Computed && !p.HasApprovals) await UndoRunAsync(p, ct);
        p.StartRun(clock.NowUtc, user.UserId);
        p.Version++;
        audit.Add(user, AuditAction.Update, Entity, id.ToString(), null,
            resumed ? $"Расчёт периода {p.Title} продолжен после № назначения {p.CheckpointAssignmentId}" : $"Начат расчёт периода {p.Title}");
        await SaveAsync(ct);

        var measures = await db.Measures.AsNoTracking().ToDictionaryAsync(m => m.Id, ct);
        var percent = await DeductionPercentAsync(p.OrganisationId, p.FirstDay, ct);
        var previous = await PreviousComputedAsync(p, ct);
        var window = WindowAfter(previous);
        // A later period cannot be computed before this one, so no previous computed period means nothing accrued on the department's assignments yet.
        var hasHistory = previous is not null;
        var earlierDebts = await db.Overpayments.AnyAsync(o => o.OrganisationId == p.OrganisationId && o.Balance > 0 && o.DetectedInPeriodId != p.Id, ct);
        var today = clock.Today;
        var month = p.FirstDay;
        var end = month.AddMonths(1).AddDays(-1);
        var ledger = p.LedgerStart;
        var batches = 0;
        while (true)
        {
            ct.ThrowIfCancellationRequested();
            var after = p.CheckpointAssignmentId ?? 0;
            var batch = await db.Assignments.AsNoTracking()
                .Where(a => a.OrganisationId == p.OrganisationId && a.Id > after && a.StartsOn <= end
                            // Ended or stopped before the system paid and decided before it: nothing of it is the system's.
                            && (a.DecidedOn >= ledger || ((a.EndsOn == null || a.EndsOn >= ledger) && (a.StoppedFrom == null || a.StoppedFrom >= ledger))))
                .OrderBy(a => a.Id).Take(options.BatchSize).ToListAsync(ct);
            if (batch.Count == 0) break;
            await AttachSchedulesAsync(batch, ct);
            // The batch, its overpayments and deductions, and the checkpoint commit together: a run killed mid-way resumes after the last batch.
            await using (var tx = await db.Database.BeginTransactionAsync(ct))
            {
                var lines = await ComputeBatchAsync(p, batch, measures, percent, window, hasHistory, earlierDebts, today, ct);
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

        await DeductAcrossBatchesAsync(p, percent, today, ct);
        await RepayReturnsAsync(p, today, ct);
        p.FinishRun(clock.NowUtc);
        p.Version++;
        var count = await db.Accruals.CountAsync(l => l.PeriodId == id, ct);
        audit.Add(user, AuditAction.Update, Entity, id.ToString(), null, $"Период {p.Title} рассчитан: строк {count}");
        await SaveBatchAsync(ct);
        db.ChangeTracker.Clear();
        return await GetAsync(user, id, ct);
    }

    private async Task AttachSchedulesAsync(List<Assignment> batch, CancellationToken ct)
    {
        // By the batch's ids (one index lookup each): a split query would repeat the batch's filter, and an id range would also read the
        // rows of other departments' assignments lying between them.
        var ids = batch.Select(a => a.Id).ToList();
        var periods = (await db.AssignmentPeriods.AsNoTracking().Where(x => ids.Contains(x.AssignmentId)).ToListAsync(ct)).ToLookup(x => x.AssignmentId);
        var suspensions = (await db.AssignmentSuspensions.AsNoTracking().Where(x => ids.Contains(x.AssignmentId)).ToListAsync(ct)).ToLookup(x => x.AssignmentId);
        foreach (var a in batch)
        {
            a.Periods = periods[a.Id].ToList();
            a.Suspensions = suspensions[a.Id].ToList();
        }
    }

    /// <summary>The month after the department's previous computed period and when that period's run started (null: no such period).</summary>
    private sealed record RunWindow(DateOnly NextMonth, DateTime Since);

    private static readonly TimeSpan ChangeCommitMargin = TimeSpan.FromMinutes(10);

    /// <summary>The department's latest computed (or signed, or closed) period before this one's month, or null.</summary>
    public async Task<PaymentPeriod?> PreviousComputedAsync(PaymentPeriod p, CancellationToken ct = default)
    {
        var key = p.Year * 12 + p.Month;
        return await db.PaymentPeriods.AsNoTracking()
            .Where(x => x.OrganisationId == p.OrganisationId && x.Year * 12 + x.Month < key && x.Status >= PaymentPeriodStatus.Computed)
            .OrderByDescending(x => x.Year).ThenByDescending(x => x.Month).FirstOrDefaultAsync(ct);
    }

    // The margin covers a change recorded just before that run started but committed after it read the assignment.
    private static RunWindow? WindowAfter(PaymentPeriod? previous) =>
        previous?.RunStartedAtUtc is { } since ? new RunWindow(previous.FirstDay.AddMonths(1), since - ChangeCommitMargin) : null;

    /// <summary>
    /// Stages the batch's overpayments and the lines that carry a deduction (their recovery refers to them) in the change tracker and returns
    /// the other lines — nearly all of them — for <see cref="WriteLinesAsync"/>.
    /// </summary>
    private async Task<List<Accrual>> ComputeBatchAsync(PaymentPeriod p, List<Assignment> batch, Dictionary<int, Measure> measures, decimal percent,
        RunWindow? window, bool hasHistory, bool earlierDebts, DateOnly today, CancellationToken ct)
    {
        var ids = batch.Select(a => a.Id).ToList();
        var recheck = new Dictionary<long, DateOnly?>();
        if (window is not null)
        {
            var changed = await db.AssignmentChanges.AsNoTracking()
                .Where(c => ids.Contains(c.AssignmentId) && c.AtUtc >= window.Since)
                .GroupBy(c => c.AssignmentId).Select(g => new { g.Key, From = g.Min(c => c.EffectiveFrom) }).ToListAsync(ct);
            var since = changed.ToDictionary(c => c.Key, c => c.From);
            foreach (var a in batch) recheck[a.Id] = AccrualRules.RecheckFrom(window.NextMonth, since.TryGetValue(a.Id, out var d) ? d : null);
        }
        var oldest = window is null ? DateOnly.MinValue : recheck.Values.Min() ?? DateOnly.MinValue;
        var accrued = !hasHistory ? new Dictionary<long, IReadOnlyDictionary<DateOnly, decimal>>() : (await db.Accruals.AsNoTracking()
                .Where(l => ids.Contains(l.AssignmentId) && l.ForMonth >= oldest && l.Kind != AccrualKind.Repayment)
                .Select(l => new { l.AssignmentId, l.ForMonth, l.Amount }).ToListAsync(ct))
            .GroupBy(l => l.AssignmentId)
            .ToDictionary(g => g.Key, g => (IReadOnlyDictionary<DateOnly, decimal>)g.GroupBy(l => l.ForMonth).ToDictionary(m => m.Key, m => m.Sum(l => l.Amount)));
        var citizenIds = batch.Select(a => a.CitizenId).Distinct().ToList();
        var citizens = await db.Citizens.AsNoTracking().Where(c => citizenIds.Contains(c.Id))
            .Select(c => new { c.Id, c.Surname, c.Name, c.Patronymic, c.PaymentDetails }).ToDictionaryAsync(c => c.Id, ct);
        var empty = new Dictionary<DateOnly, decimal>();
        var lines = new List<Accrual>();
        foreach (var a in batch)
        {
            var measure = measures[a.MeasureId];
            var drafts = AccrualRules.Lines(a, measure, p.FirstDay, p.LedgerStart, accrued.GetValueOrDefault(a.Id) ?? empty, recheck.GetValueOrDefault(a.Id));
            if (drafts.Count == 0) continue;
            var c = citizens[a.CitizenId];
            var name = string.Join(" ", new[] { c.Surname, c.Name, c.Patronymic }.Where(s => !string.IsNullOrWhiteSpace(s)));
            foreach (var d in drafts)
            {
                var line = new Accrual
                {
                    PeriodId = p.Id, OrganisationId = p.OrganisationId, AssignmentId = a.Id, AssignmentNumber = a.Number, CitizenId = a.CitizenId,
                    RecipientName = name, MeasureId = a.MeasureId, Funding = measure.Funding, ForMonth = d.ForMonth, Kind = d.Kind, Amount = d.Amount,
                    ToPay = Math.Max(d.Amount, 0), Explanation = d.Explanation.Length > 500 ? d.Explanation[..500] : d.Explanation,
                };
                line.Snapshot(c.PaymentDetails ?? new PaymentDetails(), a.PaymentMethod);
                lines.Add(line);
                if (d.Amount < 0)
                    db.Overpayments.Add(new Overpayment
                    {
                        OrganisationId = p.OrganisationId, CitizenId = a.CitizenId, AssignmentId = a.Id, AssignmentNumber = a.Number, MeasureId = a.MeasureId,
                        ForMonth = d.ForMonth, Amount = -d.Amount, Balance = -d.Amount, DetectedOn = today, DetectedInPeriodId = p.Id,
                        Reason = $"Выплачено за {RussianFormat.MonthShort(d.ForMonth)} больше причитающегося: {a.StatusReason ?? "перерасчёт размера"}" is var r && r.Length > 1000 ? r[..1000] : r,
                    });
            }
        }
        await DeductAsync(p, lines, percent, earlierDebts, today, ct);
        var withDeduction = lines.Where(l => l.Deduction > 0).ToList();
        db.Accruals.AddRange(withDeduction);
        return withDeduction.Count == 0 ? lines : lines.Where(l => l.Deduction == 0).ToList();
    }

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
    /// Open overpayments are withheld from the citizen's positive lines, within the limit per line: those found by earlier periods first, then
    /// those this batch has just found — an overpayment is recovered from the very run that finds it when the citizen has another payment in it.
    /// </summary>
    private async Task DeductAsync(PaymentPeriod p, List<Accrual> lines, decimal percent, bool earlierDebts, DateOnly today, CancellationToken ct)
    {
        var payers = lines.Where(l => l.Amount > 0).Select(l => l.CitizenId).Distinct().ToList();
        if (payers.Count == 0) return;
        var earlier = !earlierDebts ? [] : await db.Overpayments.Where(o => o.OrganisationId == p.OrganisationId && payers.Contains(o.CitizenId) && o.Balance > 0 && o.DetectedInPeriodId != p.Id)
            .OrderBy(o => o.DetectedOn).ThenBy(o => o.Id).ToListAsync(ct);
        var found = db.ChangeTracker.Entries<Overpayment>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList();
        var open = earlier.Concat(found.Where(o => payers.Contains(o.CitizenId)));
        foreach (var group in open.GroupBy(o => o.CitizenId))
        {
            var own = lines.Where(l => l.CitizenId == group.Key && l.Amount > 0).ToList();
            var debts = group.ToList();
            foreach (var share in RecoveryRules.Deduct(own.Select(l => l.Amount - l.Deduction).ToList(), debts.Select(o => o.Balance).ToList(), percent))
                Withhold(p, own[share.LineIndex], debts[share.OverpaymentIndex], share.Amount, percent, today);
        }
    }

    /// <summary>
    /// Overpayments the run found are also withheld from the recipient's lines of this period that other batches wrote (an assignment of the
    /// same person may lie in any batch), within what is left of each line's limit: the run that finds an overpayment recovers all it can.
    /// Run again after an interruption it finds nothing more to take.
    /// </summary>
    private async Task DeductAcrossBatchesAsync(PaymentPeriod p, decimal percent, DateOnly today, CancellationToken ct)
    {
        var debts = await db.Overpayments.Where(o => o.DetectedInPeriodId == p.Id && o.Balance > 0).OrderBy(o => o.DetectedOn).ThenBy(o => o.Id).ToListAsync(ct);
        if (debts.Count == 0) return;
        var citizens = debts.Select(o => o.CitizenId).Distinct().ToList();
        var lines = (await db.Accruals.Where(l => l.PeriodId == p.Id && citizens.Contains(l.CitizenId) && l.Kind != AccrualKind.Repayment).ToListAsync(ct))
            .Where(l => l.Amount > 0).OrderBy(l => l.Id).ToList();
        foreach (var group in debts.GroupBy(o => o.CitizenId))
        {
            var own = lines.Where(l => l.CitizenId == group.Key).ToList();
            var open = group.ToList();
            var rooms = own.Select(l => RecoveryRules.Limit(l.Amount, percent) - l.Deduction).ToList();
            foreach (var share in RecoveryRules.DeductWithin(rooms, open.Select(o => o.Balance).ToList()))
                Withhold(p, own[share.LineIndex], open[share.OverpaymentIndex], share.Amount, percent, today);
        }
    }

    private void Withhold(PaymentPeriod p, Accrual line, Overpayment debt, decimal amount, decimal percent, DateOnly today)
    {
        line.Deduction += amount;
        line.ToPay = line.Amount - line.Deduction;
        debt.Balance -= amount;
        debt.Recoveries.Add(new Recovery
        {
            Kind = RecoveryKind.Deduction, Amount = amount, On = today, PeriodId = p.Id, Accrual = line, AtUtc = clock.NowUtc,
            Document = $"Удержание из выплаты за {RussianFormat.MonthShort(line.ForMonth)} по {line.AssignmentNumber} (не более {percent:0.##} %)",
        });
    }

    private async Task RepayReturnsAsync(PaymentPeriod p, DateOnly today, CancellationToken ct)
    {
        var returns = await db.PaymentReturns.Where(r => r.OrganisationId == p.OrganisationId && r.Status == PaymentReturnStatus.OnBooks && r.RepayRequested)
            .ToListAsync(ct);
        if (returns.Count == 0) return;
        var lineIds = returns.Select(r => r.AccrualId).ToList();
        var originals = await db.Accruals.AsNoTracking().Where(l => lineIds.Contains(l.Id)).ToDictionaryAsync(l => l.Id, ct);
        var citizenIds = returns.Select(r => r.CitizenId).Distinct().ToList();
        var details = await db.Citizens.AsNoTracking().Where(c => citizenIds.Contains(c.Id)).Select(c => new { c.Id, c.PaymentDetails }).ToDictionaryAsync(c => c.Id, c => c.PaymentDetails, ct);
        foreach (var group in returns.GroupBy(r => (r.AssignmentId, r.ForMonth)))
        {
            var first = originals[group.First().AccrualId];
            var sum = group.Sum(r => r.Amount);
            var line = new Accrual
            {
                PeriodId = p.Id, OrganisationId = p.OrganisationId, AssignmentId = first.AssignmentId, AssignmentNumber = first.AssignmentNumber,
                CitizenId = first.CitizenId, RecipientName = first.RecipientName, MeasureId = first.MeasureId, Funding = first.Funding,
                ForMonth = group.Key.ForMonth, Kind = AccrualKind.Repayment, Amount = sum, ToPay = sum,
                Explanation = $"Повторная выплата возвращённой суммы {RussianFormat.Money(sum)} ({string.Join("; ", group.Select(r => r.Reason))})" is var e && e.Length > 500 ? e[..500] : e,
            };
            line.Snapshot(details.GetValueOrDefault(first.CitizenId) ?? new PaymentDetails(), first.Method);
            db.Accruals.Add(line);
            foreach (var r in group) (r.Status, r.RepaidInPeriodId, r.RepayRequested) = (PaymentReturnStatus.Repaid, p.Id, false);
        }
    }

    /// <summary>Recomputing a period nobody signed: its deductions are given back, its overpayments and lines removed, its repayments put back on the books.</summary>
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

    /// <summary>The limit of a deduction in percent for a department on a day: the dated parameter of its territory or the region, or the default.</summary>
    public async Task<decimal> DeductionPercentAsync(int organisationId, DateOnly on, CancellationToken ct = default)
    {
        var territory = await db.Organisations.AsNoTracking().Where(o => o.Id == organisationId).Select(o => o.TerritoryId).FirstOrDefaultAsync(ct);
        var values = await db.MeasureParameters.AsNoTracking().Where(x => x.Code == RecoveryRules.ParameterCode).ToListAsync(ct);
        return AmountCalculator.ParametersOn(values, territory, on).GetValueOrDefault(RecoveryRules.ParameterCode, RecoveryRules.DefaultPercent);
    }

    private const string LinesAlreadyWritten = "Строки этого периода уже записаны другим расчётом: повторная выплата исключена. Обновите страницу.";

    private async Task SaveBatchAsync(CancellationToken ct)
    {
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateConcurrencyException) { throw new ConflictException("Период рассчитывается в другом сеансе: дождитесь окончания расчёта."); }
        catch (DbUpdateException) { throw new ConflictException(LinesAlreadyWritten); }
    }
}
