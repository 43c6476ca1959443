using System.Net;
using Sobes.Web.Tests.Hosting;
using Sobes.Web.Tests.Support;

namespace Sobes.Web.Tests.Pages;

/// <summary>Every Razor page mapped at run time (pages are still being added) is behind the sign-in.</summary>
public sealed class PageAccessTests(Hosts hosts) : WebTest(hosts)
{
    private static readonly string[] OpenPages = ["/Account/Login", "/Account/AccessDenied", "/Error"];

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Anonymous_users_are_sent_to_the_login_page_from_every_page_but_login_access_denied_and_error(Db db)
    {
        var host = await HostAsync(db);
        var urls = await PageUrlsAsync(host);
        Assert.Contains("/", urls);
        var client = host.Anonymous();
        var failures = new List<string>();
        foreach (var url in urls)
        {
            using var response = await client.GetAsync(url);
            var open = OpenPages.Contains(url, StringComparer.OrdinalIgnoreCase);
            if (open && response.StatusCode != HttpStatusCode.OK)
                failures.Add($"{url}: expected 200 for everyone, got {(int)response.StatusCode}");
            else if (!open && (response.StatusCode != HttpStatusCode.Redirect || LocationPath(response) != "/Account/Login"))
                failures.Add($"{url}: expected 302 to /Account/Login, got {(int)response.StatusCode} {response.Headers.Location}");
        }
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Every_page_opens_for_a_signed_in_administrator_without_a_server_error(Db db)
    {
        var host = await HostAsync(db);
        var client = await host.SignInPagesAsync("admin");
        var failures = new List<string>();
        foreach (var url in await PageUrlsAsync(host))
        {
            using var response = await client.GetAsync(url);
            if ((int)response.StatusCode >= 500 || LocationPath(response) is "/Account/Login" or "/Account/AccessDenied")
                failures.Add($"{url}: {(int)response.StatusCode} {response.Headers.Location}");
        }
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    /// <summary>Route parameters (e.g. a personal file's id) get the id of a Kasli citizen.</summary>
    private static async Task<IReadOnlyList<string>> PageUrlsAsync(SobesHost host) =>
        EndpointCatalog.PageUrls(host, (await host.CreateCitizenAsync()).Id.ToString());

    private static string? LocationPath(HttpResponseMessage response) =>
        response.Headers.Location is { } l ? (l.IsAbsoluteUri ? l : new Uri(new Uri("http://localhost"), l)).AbsolutePath : null;
}
