using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.Extensions.Options;
using Sobes.Domain.Organisations;

namespace Sobes.Web.Auth;

public sealed record LoginRequest(string? Login, string? Password);

public sealed record TokenResponse(
    [property: System.Text.Json.Serialization.JsonPropertyName("access_token")] string AccessToken,
    [property: System.Text.Json.Serialization.JsonPropertyName("token_type")] string TokenType,
    [property: System.Text.Json.Serialization.JsonPropertyName("expires_in")] long ExpiresIn);

public sealed record MeResponse(int Id, string Login, string FullName, string Role, string RoleName, int OrganisationId, int? TerritoryId);

public static class AuthEndpoints
{
    public static void MapAuthApi(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/v1/auth").WithTags("Вход");
        g.MapPost("/login", LoginAsync).AllowAnonymous()
            .WithSummary("Вход по логину и паролю; возвращает токен для заголовка Authorization: Bearer")
            .Produces<TokenResponse>().ProducesProblem(401).ProducesValidationProblem();
        g.MapGet("/me", (HttpContext http) =>
        {
            var u = http.Current();
            return new MeResponse(u.UserId, u.Login, u.FullName, u.Role.ToString(), u.Role.Russian(), u.OrganisationId, u.TerritoryId);
        }).WithSummary("Текущий пользователь");
    }

    private static async Task<IResult> LoginAsync(
        LoginRequest? body,
        SignInService signIn,
        IOptionsMonitor<BearerTokenOptions> options,
        TimeProvider time,
        CancellationToken ct
    )
    {
        if (string.IsNullOrWhiteSpace(body?.Login) || string.IsNullOrEmpty(body.Password))
            return Results.ValidationProblem(new Dictionary<string, string[]>
            {
                ["login"] = string.IsNullOrWhiteSpace(body?.Login) ? ["Укажите логин."] : [],
                ["password"] = string.IsNullOrEmpty(body?.Password) ? ["Укажите пароль."] : [],
            }.Where(kv => kv.Value.Length > 0).ToDictionary(), title: "Неверный запрос.");
        var user = await signIn.CheckAsync(body.Login, body.Password, ct);
        if (user is null) return Results.Problem(statusCode: 401, title: "Неверный логин или пароль.");

        var o = options.Get(BearerTokenDefaults.AuthenticationScheme);
        var principal = ClaimsUser.ToPrincipal(user, BearerTokenDefaults.AuthenticationScheme);
        var props = new AuthenticationProperties { IssuedUtc = time.GetUtcNow(), ExpiresUtc = time.GetUtcNow() + o.BearerTokenExpiration };
        var token = o.BearerTokenProtector.Protect(new AuthenticationTicket(principal, props, BearerTokenDefaults.AuthenticationScheme));
        return Results.Ok(new TokenResponse(token, "Bearer", (long)o.BearerTokenExpiration.TotalSeconds));
    }
}
