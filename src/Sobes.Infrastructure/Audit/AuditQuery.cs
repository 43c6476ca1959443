using Microsoft.EntityFrameworkCore;
using Sobes.Domain.Audit;
using Sobes.Domain.Common;
using Sobes.Infrastructure.Persistence;

namespace Sobes.Infrastructure.Audit;

public sealed record AuditFilter(
    string? Login = null,
    long? CitizenId = null,
    DateOnly? From = null,
    DateOnly? To = null,
    AuditAction? Action = null,
    int Page = 1,
    int PageSize = 50
);

public sealed record Paged<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize)
{
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

public sealed class AuditQuery(SobesDbContext db, RegionClock clock)
{
    public async Task<Paged<AuditEntry>> FindAsync(AuditFilter f, CancellationToken ct = default)
    {
        var q = db.AuditEntries.AsNoTracking().AsQueryable();
        if (!string.IsNullOrWhiteSpace(f.Login)) q = q.Where(a => a.UserLogin == f.Login.Trim());
        if (f.CitizenId is { } cid) q = q.Where(a => a.CitizenId == cid);
        if (f.Action is { } act) q = q.Where(a => a.Action == act);
        if (f.From is { } from) { var t = clock.StartOfDayUtc(from); q = q.Where(a => a.AtUtc >= t); }
        if (f.To is { } to) { var t = clock.StartOfDayUtc(to.AddDays(1)); q = q.Where(a => a.AtUtc < t); }
        var pageSize = Math.Clamp(f.PageSize, 1, 500);
        var page = Math.Max(1, f.Page);
        var total = await q.CountAsync(ct);
        var items = await q.OrderByDescending(a => a.Id).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        return new(items, total, page, pageSize);
    }

    /// <summary>The change history of one personal file: every recorded creation and change, newest first.</summary>
    public Task<List<AuditEntry>> HistoryOfAsync(long citizenId, CancellationToken ct = default) =>
        db.AuditEntries.AsNoTracking()
            .Where(a => a.CitizenId == citizenId && a.Action != AuditAction.Read)
            .OrderByDescending(a => a.Id).ToListAsync(ct);
}
