using Microsoft.EntityFrameworkCore;
using Sobes.Domain.Appeals;
using Sobes.Domain.Common;
using Sobes.Domain.Organisations;
using Sobes.Infrastructure.Persistence;

namespace Sobes.Infrastructure.Appeals;

/// <summary>
/// What the complaint use cases share: the complaints a user sees (the department's own; the ministry all — another department gets 404),
/// the check that the user works in a department, and the one save that turns a concurrent edit into a conflict.
/// </summary>
public sealed class ComplaintRecords(SobesDbContext db)
{
    public const string Entity = nameof(Complaint);
    private const string Concurrent = "Жалобу изменил другой пользователь. Обновите страницу и повторите действие.";

    public IQueryable<Complaint> Scoped(UserContext user) =>
        user.SeesWholeRegion ? db.AppealComplaints : db.AppealComplaints.Where(c => c.OrganisationId == user.OrganisationId);

    /// <summary>The complaint with its regulation, of the user's scope.</summary>
    public async Task<Complaint> LoadAsync(UserContext user, long id, bool tracking, CancellationToken ct)
    {
        var q = tracking ? Scoped(user) : Scoped(user).AsNoTracking();
        return await q.Include(c => c.Regulation).FirstOrDefaultAsync(c => c.Id == id, ct)
               ?? throw new NotFoundException($"Жалоба № {id} не найдена.");
    }

    public async Task RequireCaseWorkerAsync(UserContext user, CancellationToken ct)
    {
        AppealsAccess.RequireCaseWorker(user);
        await RequireDepartmentAsync(user, ct);
    }

    public async Task RequireDepartmentAsync(UserContext user, CancellationToken ct)
    {
        if (
            !await db
                .Organisations.AsNoTracking()
                .AnyAsync(o => o.Id == user.OrganisationId && o.Kind == OrganisationKind.SocialProtectionDepartment, ct)
        )
            throw new ForbiddenException(
                "Жалобы на решения и действия при предоставлении государственной услуги рассматривает"
                    + " управление социальной защиты населения."
            );
    }

    public static void RequireVersion(Complaint c, int? version)
    {
        if (version is { } v && v != c.Version) throw new ConflictException(Concurrent, "version");
    }

    public async Task SaveAsync(Complaint c, CancellationToken ct)
    {
        c.Version++;
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateConcurrencyException) { throw new ConflictException(Concurrent, "version"); }
    }
}
