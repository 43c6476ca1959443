using Microsoft.EntityFrameworkCore;
using Sobes.Domain.Common;
using Sobes.Domain.Organisations;
using Sobes.Domain.Registry;
using Sobes.Infrastructure.Persistence;

namespace Sobes.Infrastructure.Registry;

/// <summary>
/// Who may see which citizen: a user bound to a territory sees the citizens of that territory, a user without one (the ministry)
/// sees all. Every module reads citizens through these helpers, so a name never leaks outside the user's territory.
/// </summary>
public static class CitizenVisibility
{
    public static IQueryable<Citizen> VisibleTo(this IQueryable<Citizen> q, UserContext user) =>
        user.TerritoryId is { } t ? q.Where(c => c.TerritoryId == t) : q;

    public static IQueryable<Citizen> VisibleCitizens(this SobesDbContext db, UserContext user) => db.Citizens.AsNoTracking().VisibleTo(user);

    public static async Task<Citizen> VisibleCitizenAsync(this SobesDbContext db, UserContext user, long citizenId, CancellationToken ct) =>
        await db.Citizens.AsNoTracking().VisibleTo(user).FirstOrDefaultAsync(c => c.Id == citizenId, ct)
        ?? throw new NotFoundException($"Личное дело № {citizenId} не найдено.");

    /// <summary>Full names of visible citizens by id (a name never leaks outside the user's territory).</summary>
    public static async Task<Dictionary<long, string>> NamesAsync(
        this SobesDbContext db,
        UserContext user,
        IEnumerable<long> ids,
        CancellationToken ct
    )
    {
        var set = ids.Distinct().ToList();
        var rows = await db.Citizens.AsNoTracking().VisibleTo(user).Where(c => set.Contains(c.Id))
            .Select(c => new { c.Id, c.Surname, c.Name, c.Patronymic }).ToListAsync(ct);
        return rows.ToDictionary(
            r => r.Id,
            r => string.Join(" ", new[] { r.Surname, r.Name, r.Patronymic }.Where(s => !string.IsNullOrWhiteSpace(s)))
        );
    }
}
