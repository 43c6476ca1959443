using Microsoft.EntityFrameworkCore;
using Sobes.Domain.Audit;
using Sobes.Domain.Common;
using Sobes.Domain.Measures;
using Sobes.Domain.Organisations;
using Sobes.Domain.Payments;
using Sobes.Domain.Registry;
using Sobes.Infrastructure.Audit;
using Sobes.Infrastructure.Documents;
using Sobes.Infrastructure.Persistence;

namespace Sobes.Infrastructure.Payments;

public sealed record PostReportRowInput(long? LineId, string? AssignmentNumber, decimal? Amount, bool? Paid, DateOnly? PaidOn, string? Reason);

/// <summary>The post's report as JSON: the period «YYYY-MM» and a row per line (the same fields as the .xlsx form).</summary>
public sealed record PostReportInput(string? Period, IReadOnlyList<PostReportRowInput>? Rows);

/// <summary>
/// What an import did: rows read, lines newly marked paid or unpaid (the latter now returns on the books), rows already recorded.
/// </summary>
public sealed record PostReportResult(int Rows, int MarkedPaid, decimal PaidSum, int MarkedUnpaid, decimal UnpaidSum, int Unchanged);

/// <summary>How far the post has reported a period: post lines, marked paid, marked unpaid (or returned), not yet reported.</summary>
public sealed record PostReportStatus(int Lines, decimal Sum, int Paid, decimal PaidSum, int Unpaid, decimal UnpaidSum)
{
    public int NotReported => Lines - Paid - Unpaid;
}

/// <summary>
/// The post's report of paid and unpaid sums (seed 002 cl. 19.13–19.14): the form to fill, and its import — unpaid lines go on the books as
/// returns (kept until paid again or written off), the rest are marked paid. One SaveChanges: a report with any error changes nothing.
/// </summary>
public sealed class PostReportService(SobesDbContext db, AuditLog audit, RegionClock clock, PaymentPeriodReader periods)
{
    public async Task<PaymentFile> FormAsync(UserContext user, long periodId, string? index, CancellationToken ct = default)
    {
        var p = await PeriodAsync(user, periodId, ct);
        var q = db.Accruals.AsNoTracking().Where(l => l.PeriodId == periodId && l.ToPay > 0 && l.Method == PaymentMethod.Post);
        if (!string.IsNullOrWhiteSpace(index)) q = q.Where(l => l.PostOfficeIndex == index);
        var lines = await q.OrderBy(l => l.PostOfficeIndex)
            .ThenBy(l => l.RecipientName)
            .ThenBy(l => l.AssignmentNumber)
            .ThenBy(l => l.ForMonth)
            .ThenBy(l => l.Kind)
            .ToListAsync(ct);
        if (lines.Count == 0)
            throw new NotFoundException(
                "В периоде нет выплат через почту" + (string.IsNullOrWhiteSpace(index) ? "." : $" (отделение {index}).")
            );
        var org = await db.Organisations.AsNoTracking().Where(o => o.Id == p.OrganisationId).Select(o => o.ShortName).FirstAsync(ct);
        await audit.RecordAsync(
            user,
            AuditAction.Export,
            nameof(PaymentPeriod),
            periodId.ToString(),
            null,
            $"Бланк отчёта почты за {p.Title}: {lines.Count} строк",
            ct
        );
        return new PaymentFile(
            PostReport.FileName(index, p.Year, p.Month),
            XlsxSheet.ContentType,
            PostReport.Form(org, index, p.Year, p.Month, lines)
        );
    }

    public async Task<PostReportStatus> StatusAsync(UserContext user, long periodId, CancellationToken ct = default)
    {
        await PeriodAsync(user, periodId, ct);
        var post = db.Accruals.AsNoTracking().Where(l => l.PeriodId == periodId && l.ToPay > 0 && l.Method == PaymentMethod.Post);
        var all = await post.GroupBy(l => 1).Select(g => new { Count = g.Count(), Sum = g.Sum(l => l.ToPay) }).FirstOrDefaultAsync(ct);
        var paid = await (
                from m in db.PaymentConfirmations
                where m.PeriodId == periodId && m.Paid
                join l in post on m.AccrualId equals l.Id
                select l.ToPay
            )
            .ToListAsync(ct);
        var unpaid = await (from l in post
                            where db.PaymentReturns.Any(r => r.AccrualId == l.Id) || db.PaymentConfirmations.Any(m => m.AccrualId == l.Id && !m.Paid)
                            select l.ToPay).ToListAsync(ct);
        return new PostReportStatus(all?.Count ?? 0, all?.Sum ?? 0, paid.Count, paid.Sum(), unpaid.Count, unpaid.Sum());
    }

    public Task<PostReportResult> ImportFileAsync(UserContext user, long periodId, string fileName, byte[] content, CancellationToken ct = default)
    {
        if (content.Length == 0) throw new DomainValidationException([new("file", "Выберите файл отчёта почты (.xlsx).")]);
        var (period, rows) = PostReport.Read(content);
        return ImportAsync(user, periodId, period, rows, string.IsNullOrWhiteSpace(fileName) ? "файл" : Path.GetFileName(fileName), ct);
    }

    public Task<PostReportResult> ImportJsonAsync(UserContext user, long periodId, PostReportInput input, CancellationToken ct = default) =>
        ImportAsync(
            user,
            periodId,
            input.Period,
            (input.Rows ?? [])
                .Select((r, i) => new PostReportRow(i + 1, r.LineId, r.AssignmentNumber, r.Amount, r.Paid, r.PaidOn, r.Reason))
                .ToList(),
            "API",
            ct
        );

    private async Task<PostReportResult> ImportAsync(
        UserContext user,
        long periodId,
        string? reportPeriod,
        List<PostReportRow> rows,
        string source,
        CancellationToken ct
    )
    {
        PaymentsAccess.RequireWriter(user);
        var p = await PeriodAsync(user, periodId, ct);
        if (p.OrganisationId != user.OrganisationId) throw new ForbiddenException("Отчёт почты вводит управление, которое производило выплату.");
        if (p.Status is not (PaymentPeriodStatus.Approved or PaymentPeriodStatus.Closed))
            throw new DomainValidationException([new("period", $"Период {p.Title} ещё не подписан: суммы через почту по нему не передавались.")]);
        var ids = rows.Where(r => r.LineId != null).Select(r => r.LineId!.Value).Distinct().ToList();
        var lines = await db.Accruals.AsNoTracking().Where(l => l.PeriodId == periodId && ids.Contains(l.Id)).ToDictionaryAsync(l => l.Id, ct);
        var marks = await db
            .PaymentConfirmations.AsNoTracking()
            .Where(m => ids.Contains(m.AccrualId))
            .ToDictionaryAsync(m => m.AccrualId, m => m.Paid, ct);
        var returned = await db.PaymentReturns.AsNoTracking().Where(r => ids.Contains(r.AccrualId)).Select(r => r.AccrualId).ToListAsync(ct);
        var known = marks.ToDictionary(m => m.Key, m => m.Value ? LineState.Paid : LineState.Unpaid);
        foreach (var id in returned) known.TryAdd(id, LineState.ReturnedOnly);
        var decisions = PostReportRules.Match(
            $"{p.Year:0000}-{p.Month:00}",
            reportPeriod,
            lines.ToDictionary(
                l => l.Key,
                l => new ReportableLine(l.Value.Id, l.Value.AssignmentNumber, l.Value.ToPay, l.Value.Method, l.Value.PostOfficeIndex)
            ),
            known,
            rows,
            clock.Today
        );
        foreach (var d in decisions)
            Apply(user, periodId, lines[d.LineId], d, source);
        var newPaid = decisions.Where(d => d.AddMark && d.Paid).ToList();
        var newUnpaid = decisions.Where(d => d.AddMark && !d.Paid).ToList();
        var result = new PostReportResult(
            rows.Count,
            newPaid.Count,
            newPaid.Sum(d => lines[d.LineId].ToPay),
            newUnpaid.Count,
            newUnpaid.Sum(d => lines[d.LineId].ToPay),
            decisions.Count(d => !d.AddMark)
        );
        audit.Add(user, AuditAction.Update, nameof(PaymentPeriod), periodId.ToString(), null,
            $"Отчёт почты за {p.Title} ({source}): строк {result.Rows}, выплачено {result.MarkedPaid}, "
            + $"не выплачено {result.MarkedUnpaid}, уже учтено {result.Unchanged}");
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateException)
        {
            throw new ConflictException("Этот отчёт почты уже загружается другим пользователем: обновите " +
            "страницу и загрузите его снова.");
        }
        return result;
    }

    /// <summary>One decision on a line of the report: a paid/unpaid mark, and for an unpaid one a return with its audit line.</summary>
    private void Apply(UserContext user, long periodId, Accrual line, PostReportDecision d, string source)
    {
        if (d.AddMark)
            db.PaymentConfirmations.Add(
                new PaymentConfirmation
                {
                    OrganisationId = line.OrganisationId,
                    PeriodId = periodId,
                    AccrualId = line.Id,
                    Paid = d.Paid,
                    PaidOn = d.PaidOn,
                    Reason = d.Reason,
                    Source = source.Length > 200 ? source[..200] : source,
                    ReportedOn = clock.Today,
                    AtUtc = clock.NowUtc,
                    UserId = user.UserId,
                }
            );
        if (!d.AddReturn) return;
        db.PaymentReturns.Add(
            new PaymentReturn
            {
                OrganisationId = line.OrganisationId,
                AccrualId = line.Id,
                PeriodId = line.PeriodId,
                CitizenId = line.CitizenId,
                AssignmentId = line.AssignmentId,
                ForMonth = line.ForMonth,
                Channel = PaymentMethod.Post,
                Amount = line.ToPay,
                Reason = Trim($"не выплачено почтой: {d.Reason}", 500),
                ReturnedOn = clock.Today,
                AtUtc = clock.NowUtc,
                UserId = user.UserId,
            }
        );
        audit.Add(
            user,
            AuditAction.Create,
            nameof(PaymentReturn),
            line.AssignmentNumber,
            line.CitizenId,
            $"Не выплачено почтой {RussianFormat.Money(line.ToPay)} по {line.AssignmentNumber} за " +
                $"{RussianFormat.MonthShort(line.ForMonth)}: {d.Reason} (отчёт почты, {source})"
        );
    }

    private static string Trim(string s, int max) => s.Length > max ? s[..max] : s;

    private Task<PaymentPeriod> PeriodAsync(UserContext user, long id, CancellationToken ct) => periods.FindAsync(user, id, ct);
}
