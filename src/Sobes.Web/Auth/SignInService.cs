using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Sobes.Domain.Audit;
using Sobes.Domain.Organisations;
using Sobes.Infrastructure.Audit;
using Sobes.Infrastructure.Persistence;

namespace Sobes.Web.Auth;

/// <summary>Checks a login and password; both outcomes are written to the audit log.</summary>
public sealed class SignInService(SobesDbContext db, IPasswordHasher<User> hasher, AuditLog audit)
{
    public async Task<User?> CheckAsync(string? login, string? password, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(login) || string.IsNullOrEmpty(password)) return null;
        var user = await db.Users.Include(u => u.Organisation).FirstOrDefaultAsync(u => u.Login == login.Trim(), ct);
        var ok = user is { IsActive: true } && hasher.VerifyHashedPassword(user, user.PasswordHash, password) != PasswordVerificationResult.Failed;
        var ctx = user is null
            ? null
            : new UserContext(user.Id, user.Login, user.FullName, user.Role, user.OrganisationId, user.Organisation?.TerritoryId);
        var entry = audit.Add(ctx, ok ? AuditAction.SignIn : AuditAction.SignInFailed, nameof(User), user?.Id.ToString(), null,
            ok ? "Вход в систему" : $"Неудачная попытка входа под именем «{login.Trim()}»");
        if (ctx is null) entry.UserLogin = login.Trim();
        await db.SaveChangesAsync(ct);
        return ok ? user : null;
    }
}
