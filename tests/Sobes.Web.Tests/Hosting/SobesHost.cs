using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Sobes.Infrastructure.Seeding;
using Sobes.Web.Tests.Support;

namespace Sobes.Web.Tests.Hosting;

/// <summary>
/// The whole application in memory on a fresh database with the demo population
/// (seeded by Program's own call to SobesApp.InitialiseDatabaseAsync).
/// </summary>
public sealed class SobesHost : WebApplicationFactory<Program>
{
    private readonly TestDatabase _database;
    private readonly ConcurrentDictionary<string, Task<string>> _tokens = new();

    private SobesHost(Db db, TestDatabase database)
    {
        Db = db;
        _database = database;
    }

    public Db Db { get; }

    public static async Task<SobesHost> StartAsync(Db db)
    {
        var database = await TestDatabase.CreateAsync(db);
        var host = new SobesHost(db, database);
        try
        {
            _ = host.Server; // builds the host and runs Program: migrations and seeding happen here
            return host;
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Production: the same error handling and model-binding behaviour as a deployment.
        builder.UseEnvironment("Production");
        builder.UseSetting("Database:Provider", _database.Provider);
        builder.UseSetting("Database:ConnectionString", _database.ConnectionString);
        builder.UseSetting("Seed:Demo", "true");
        builder.UseSetting("Seed:AdminPassword", SeedOptions.DefaultAdminPassword);
        builder.UseSetting("Seed:DemoPassword", SeedOptions.DefaultDemoPassword);
        // Quiet output: failing SQL is expected (fresh migrations, the append-only check).
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command", "Critical");
    }

    public static string PasswordOf(string login) =>
        login == "admin" ? SeedOptions.DefaultAdminPassword : SeedOptions.DefaultDemoPassword;

    public HttpClient Anonymous() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

    /// <summary>An API client signed in with a bearer token from POST /api/v1/auth/login (tokens are cached per login).</summary>
    public async Task<HttpClient> LoginAsync(string login)
    {
        var token = await _tokens.GetOrAdd(login, RequestTokenAsync);
        var client = Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private async Task<string> RequestTokenAsync(string login)
    {
        var response = await Anonymous().PostAsJsonAsync("/api/v1/auth/login", new { login, password = PasswordOf(login) });
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        return body!["access_token"]!.GetValue<string>();
    }

    /// <summary>A browser-like client signed in through the login page (cookie, antiforgery token).</summary>
    public async Task<HttpClient> SignInPagesAsync(string login)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var response = await LoginForm.PostAsync(client, login, PasswordOf(login));
        if (response.StatusCode != System.Net.HttpStatusCode.Redirect)
            throw new InvalidOperationException($"Sign-in of {login} through the login page answered {(int)response.StatusCode}.");
        return client;
    }

    public T Service<T>() where T : notnull => Services.GetRequiredService<T>();

    public override async ValueTask DisposeAsync()
    {
        try { await base.DisposeAsync(); }
        finally { await _database.DisposeAsync(); }
    }
}
