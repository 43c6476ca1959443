using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Sobes.Domain.Audit;

namespace Sobes.Infrastructure.Persistence;

/// <summary>The audit log is append-only: the application refuses to change or delete its rows (the database triggers refuse too).</summary>
internal static class AppendOnlyGuard
{
    public static void Check(ChangeTracker tracker)
    {
        if (tracker.Entries<AuditEntry>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
            throw new InvalidOperationException("Журнал аудита только дополняется: изменение и удаление записей запрещено.");
    }
}
