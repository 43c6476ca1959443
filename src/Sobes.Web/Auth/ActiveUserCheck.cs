using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Sobes.Infrastructure.Persistence;

namespace Sobes.Web.Auth;

/// <summary>
/// A blocked account loses access at once, not when its cookie or token expires: each request of a
/// signed-in user checks the account is still active (cached for 30 seconds).
/// </summary>
public sealed class ActiveUserCheck(RequestDelegate next, IMemoryCache cache)
{
    public async Task InvokeAsync(HttpContext http, SobesDbContext db)
    {
        var user = http.User.ToUserContext();
        if (user is not null)
        {
            var active = await cache.GetOrCreateAsync($"user-active:{user.UserId}", e =>
            {
                e.AbsoluteExpirationRelativeToNow = TimeSpan.FromSeconds(30);
                return db.Users.AnyAsync(u => u.Id == user.UserId && u.IsActive);
            });
            if (!active)
            {
                await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
                if (http.Request.Path.StartsWithSegments("/api"))
                {
                    await Results.Problem(statusCode: 401, title: "Учётная запись заблокирована.").ExecuteAsync(http);
                    return;
                }
                http.Response.Redirect("/Account/Login");
                return;
            }
        }
        await next(http);
    }

    public static void Forget(IMemoryCache cache, int userId) => cache.Remove($"user-active:{userId}");
}
