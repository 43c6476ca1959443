using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sobes.Web.Auth;

namespace Sobes.Web.Pages.Account;

public class LoginModel(SignInService signIn) : PageModel
{
    public string? Error { get; private set; }
    public string? Login { get; private set; }
    public string ReturnUrl { get; private set; } = "/";

    public void OnGet(string? returnUrl) => ReturnUrl = SafeReturn(returnUrl);

    public async Task<IActionResult> OnPostAsync(string? login, string? password, string? returnUrl, CancellationToken ct)
    {
        Login = login;
        ReturnUrl = SafeReturn(returnUrl);
        if (string.IsNullOrWhiteSpace(login) || string.IsNullOrEmpty(password))
        {
            Error = "Введите логин и пароль.";
            return Page();
        }
        var user = await signIn.CheckAsync(login, password, ct);
        if (user is null)
        {
            Error = "Неверный логин или пароль.";
            return Page();
        }
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme,
            ClaimsUser.ToPrincipal(user, CookieAuthenticationDefaults.AuthenticationScheme));
        return LocalRedirect(ReturnUrl);
    }

    private string SafeReturn(string? url) => !string.IsNullOrEmpty(url) && Url.IsLocalUrl(url) ? url : "/";
}
