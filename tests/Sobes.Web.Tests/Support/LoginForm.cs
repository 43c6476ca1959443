using System.Net;
using System.Text.RegularExpressions;

namespace Sobes.Web.Tests.Support;

/// <summary>Signs in the way a browser does: GET the login page for the antiforgery token, then POST the form.</summary>
public static partial class LoginForm
{
    public static async Task<HttpResponseMessage> PostAsync(HttpClient cookieClient, string login, string password)
    {
        var page = await cookieClient.GetAsync("/Account/Login");
        if (page.StatusCode != HttpStatusCode.OK)
            throw new InvalidOperationException($"GET /Account/Login answered {(int)page.StatusCode}.");
        var token = AntiforgeryToken(await page.Content.ReadAsStringAsync());
        return await cookieClient.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["login"] = login,
            ["password"] = password,
            ["returnUrl"] = "/",
            ["__RequestVerificationToken"] = token,
        }));
    }

    public static string AntiforgeryToken(string html)
    {
        var m = TokenInput().Match(html);
        if (!m.Success) throw new InvalidOperationException("The login form has no __RequestVerificationToken field.");
        return WebUtility.HtmlDecode(m.Groups["v"].Value);
    }

    [GeneratedRegex(
        """<input[^>]*name="__RequestVerificationToken"[^>]*value="(?<v>[^"]+)"|"""
            + """<input[^>]*value="(?<v>[^"]+)"[^>]*name="__RequestVerificationToken" """
    )]
    private static partial Regex TokenInput();
}
