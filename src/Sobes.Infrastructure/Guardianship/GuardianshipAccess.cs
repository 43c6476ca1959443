using Microsoft.EntityFrameworkCore;
using Sobes.Domain.Common;
using Sobes.Domain.Organisations;
using Sobes.Infrastructure.Persistence;

namespace Sobes.Infrastructure.Guardianship;

/// <summary>
/// Who keeps the guardianship register: the specialist or head of a district department of social protection (the guardianship body).
/// Everyone else with access to the area reads within their territory.
/// </summary>
public sealed class GuardianshipAccess(SobesDbContext db)
{
    /// <summary>Guardianship casework: the specialist or head of a district department of social protection (the guardianship
    /// body).</summary>
    public static readonly Role[] Writers = [Role.Specialist, Role.Head];

    public async Task<bool> CanWriteAsync(UserContext user, CancellationToken ct = default) =>
        user.IsIn(Writers) && !user.SeesWholeRegion &&
        await db.Organisations.AsNoTracking()
            .AnyAsync(o => o.Id == user.OrganisationId && o.Kind == OrganisationKind.SocialProtectionDepartment, ct);

    public async Task RequireWriterAsync(UserContext user, CancellationToken ct)
    {
        if (!await CanWriteAsync(user, ct))
            throw new ForbiddenException("Учёт детей и договоры о приёмной семье ведёт специалист или руководитель управления социальной защиты"
                                         + " района (орган опеки и попечительства).");
    }
}
