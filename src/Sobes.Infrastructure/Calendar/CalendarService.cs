using Microsoft.EntityFrameworkCore;
using Sobes.Domain.Audit;
using Sobes.Domain.Calendar;
using Sobes.Domain.Common;
using Sobes.Domain.Organisations;
using Sobes.Infrastructure.Audit;
using Sobes.Infrastructure.Persistence;

namespace Sobes.Infrastructure.Calendar;

/// <summary>The production calendar as stored reference data; administrators add days when a new decree appears.</summary>
public sealed class CalendarService(SobesDbContext db, AuditLog audit)
{
    public async Task<ProductionCalendar> LoadAsync(CancellationToken ct = default) =>
        new(await db.CalendarDays.AsNoTracking().ToListAsync(ct));

    public Task<List<CalendarDay>> DaysOfYearAsync(int year, CancellationToken ct = default)
    {
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        return db.CalendarDays.AsNoTracking().Where(d => d.Date >= from && d.Date <= to).OrderBy(d => d.Date).ToListAsync(ct);
    }

    public async Task SetDayAsync(UserContext user, DateOnly date, CalendarDayKind? kind, string? note, CancellationToken ct = default)
    {
        if (user.Role != Role.Administrator) throw new ForbiddenException("Производственный календарь ведёт администратор.");
        var existing = await db.CalendarDays.FirstOrDefaultAsync(d => d.Date == date, ct);
        var old = existing is null ? null : $"{existing.Kind}: {existing.Note}";
        if (kind is null)
        {
            if (existing is null) return;
            db.CalendarDays.Remove(existing);
        }
        else
        {
            if (!Enum.IsDefined(kind.Value)) throw new DomainValidationException([new("kind", "Неизвестный вид дня.")]);
            if (string.IsNullOrWhiteSpace(note))
                throw new DomainValidationException([new("note", "Укажите основание (акт о переносе или статью ТК РФ).")]);
            if (existing is null) db.CalendarDays.Add(existing = new CalendarDay { Date = date });
            existing.Kind = kind.Value;
            existing.Note = note.Trim();
        }
        audit.Add(user, kind is null ? AuditAction.Delete : AuditAction.Update, nameof(CalendarDay), date.ToString("yyyy-MM-dd"), null,
            $"Производственный календарь: {date:dd.MM.yyyy}", [new("День", old, kind is null ? null : $"{kind}: {note}")]);
        await db.SaveChangesAsync(ct);
    }
}
