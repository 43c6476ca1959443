using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Sobes.Domain.Organisations;
using Sobes.Infrastructure.SocialServices;

namespace Sobes.Web.Auth;

public static class Policies
{
    public const string RegistryWrite = nameof(RegistryWrite);
    public const string AuditRead = nameof(AuditRead);
    public const string Administration = nameof(Administration);
    public const string SocialServicesWrite = nameof(SocialServicesWrite);
    public const string SocialServicesReview = nameof(SocialServicesReview);
    public const string MeasuresWrite = nameof(MeasuresWrite);
    /// <summary>Payment work of a department: its specialist (по выплате), head and accountant; the services check signatures and
    /// ownership.</summary>
    public const string PaymentsWrite = nameof(PaymentsWrite);
    /// <summary>The Ministry's check of a refusal (seed 002 cl. 17.2): an inspector or head; the service requires the ministry.</summary>
    public const string RefusalCheck = nameof(RefusalCheck);
    /// <summary>Guardianship casework (children in care, foster contracts): a department's specialist and head; the service checks the
    /// department.</summary>
    public const string GuardianshipWrite = nameof(GuardianshipWrite);
}

public static class AuthSetup
{
    private const string Smart = "Smart";

    /// <summary>Cookies for the UI, bearer tokens for the API; a request with "Authorization: Bearer" uses the token.</summary>
    public static IServiceCollection AddSobesAuth(this IServiceCollection services)
    {
        services.AddSingleton<IPasswordHasher<User>, PasswordHasher<User>>();
        services.AddAuthentication(Smart)
            .AddPolicyScheme(Smart, "Cookie или Bearer", o => o.ForwardDefaultSelector = ctx =>
                ctx.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? BearerTokenDefaults.AuthenticationScheme
                    : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(o =>
            {
                o.LoginPath = "/Account/Login";
                o.LogoutPath = "/Account/Logout";
                o.AccessDeniedPath = "/Account/AccessDenied";
                o.Cookie.Name = "sobes.auth";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.ExpireTimeSpan = TimeSpan.FromHours(10);
                o.SlidingExpiration = true;
                o.Events.OnRedirectToLogin = ctx =>
                    ApiOr(ctx.HttpContext, StatusCodes.Status401Unauthorized, () => ctx.Response.Redirect(ctx.RedirectUri));
                o.Events.OnRedirectToAccessDenied = ctx =>
                    ApiOr(ctx.HttpContext, StatusCodes.Status403Forbidden, () => ctx.Response.Redirect(ctx.RedirectUri));
            })
            .AddBearerToken(o => o.BearerTokenExpiration = TimeSpan.FromHours(8));

        services
            .AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().RequireRole(Enum.GetNames<Role>()).Build())
            .AddPolicy(Policies.RegistryWrite, p => p.RequireRole(Roles.RegistryWriters.Select(r => r.ToString())))
            .AddPolicy(Policies.AuditRead, p => p.RequireRole(Roles.AuditReaders.Select(r => r.ToString())))
            .AddPolicy(Policies.Administration, p => p.RequireRole(nameof(Role.Administrator)))
            .AddPolicy(Policies.SocialServicesWrite, p => p.RequireRole(SocialServicesAccess.Writers.Select(r => r.ToString())))
            .AddPolicy(Policies.SocialServicesReview, p => p.RequireRole(SocialServicesAccess.Reviewers.Select(r => r.ToString())))
            .AddPolicy(Policies.MeasuresWrite, p =>
                p.RequireRole(Sobes.Infrastructure.Measures.MeasuresAccess.Writers.Select(r => r.ToString()))
            )
            .AddPolicy(Policies.PaymentsWrite, p =>
                p.RequireRole(Sobes.Infrastructure.Payments.PaymentsAccess.Writers.Select(r => r.ToString()))
            )
            .AddPolicy(Policies.RefusalCheck, p =>
                p.RequireRole(Sobes.Infrastructure.Measures.MeasuresAccess.RefusalCheckers.Select(r => r.ToString()))
            )
            .AddPolicy(Policies.GuardianshipWrite, p =>
                p.RequireRole(Sobes.Infrastructure.Guardianship.GuardianshipAccess.Writers.Select(r => r.ToString()))
            );
        return services;
    }

    private static Task ApiOr(HttpContext http, int status, Action redirect)
    {
        if (http.Request.Path.StartsWithSegments("/api") || http.Request.Path.StartsWithSegments("/openapi"))
            return Results.Problem(statusCode: status, title: status == 401 ? "Требуется вход в систему." : "Недостаточно прав.").ExecuteAsync(http);
        redirect();
        return Task.CompletedTask;
    }
}
