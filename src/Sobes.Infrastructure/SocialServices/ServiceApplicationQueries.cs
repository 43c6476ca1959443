using Microsoft.EntityFrameworkCore;
using Sobes.Domain.Common;
using Sobes.Domain.Organisations;
using Sobes.Domain.SocialServices;
using Sobes.Infrastructure.Persistence;
using Sobes.Infrastructure.Registry;

namespace Sobes.Infrastructure.SocialServices;

/// <summary>The application for social services as the steps of the recipient's path load it: visible to the user, with its household
/// and its decision.</summary>
internal static class ServiceApplicationQueries
{
    public static async Task<ServiceApplication> ServiceApplicationAsync(
        this SobesDbContext db,
        UserContext user,
        long id,
        bool tracking,
        CancellationToken ct
    )
    {
        var q = tracking ? db.ServiceApplications : db.ServiceApplications.AsNoTracking();
        var visible = db.Citizens.VisibleTo(user);
        return await q.AsSplitQuery().Include(a => a.Household).Include(a => a.NeedRecognition)
                   .Where(a => visible.Any(c => c.Id == a.CitizenId))
                   .FirstOrDefaultAsync(a => a.Id == id, ct)
               ?? throw new NotFoundException($"Заявление № {id} не найдено.");
    }
}
