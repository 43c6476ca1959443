using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Sobes.Web.Tests.Hosting;
using Sobes.Web.Tests.Support;

namespace Sobes.Web.Tests.Pages;

public sealed class SignInPageTests(Hosts hosts) : WebTest(hosts)
{
    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Signing_in_through_the_form_opens_the_home_page_and_signing_out_closes_it(Db db)
    {
        var host = await HostAsync(db);
        var client = await host.SignInPagesAsync("specialist");
        var home = await client.GetAsync("/").Expect(HttpStatusCode.OK);
        var html = await home.Content.ReadAsStringAsync();
        Assert.Contains("Лаптева Светлана Николаевна", html);

        await client.PostAsync("/Account/Logout", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = LoginForm.AntiforgeryToken(LogoutForm(html)),
        })).Expect(HttpStatusCode.Redirect);
        var after = await client.GetAsync("/").Expect(HttpStatusCode.Redirect);
        Assert.Equal("/Account/Login", after.Headers.Location?.AbsolutePath);
    }

    /// <summary>The sign-out form of the layout; it must carry its own antiforgery token.</summary>
    private static string LogoutForm(string html) =>
        System.Text.RegularExpressions.Regex.Match(
            html,
            "<form[^>]*action=\"/Account/Logout\".*?</form>",
            System.Text.RegularExpressions.RegexOptions.Singleline
        )
            is { Success: true } m
            ? m.Value
            : throw new InvalidOperationException("The page has no sign-out form.");

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task A_wrong_password_shows_the_form_again_with_an_error(Db db)
    {
        var host = await HostAsync(db);
        var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await LoginForm.PostAsync(client, "specialist", "wrong");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Неверный логин или пароль.", await response.Content.ReadAsStringAsync());
        await client.GetAsync("/").Expect(HttpStatusCode.Redirect);
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task The_login_form_without_the_antiforgery_token_is_refused(Db db)
    {
        var host = await HostAsync(db);
        var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await client.GetAsync("/Account/Login");
        var response = await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["login"] = "admin", ["password"] = SobesHost.PasswordOf("admin"),
        }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await client.GetAsync("/").Expect(HttpStatusCode.Redirect);
    }
}
