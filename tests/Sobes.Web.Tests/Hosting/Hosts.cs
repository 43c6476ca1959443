using System.Collections.Concurrent;

namespace Sobes.Web.Tests.Hosting;

/// <summary>
/// One running application per database, started on first use and shared by every test class
/// of the "web" collection; the databases are dropped when the collection finishes.
/// </summary>
public sealed class Hosts : IAsyncLifetime
{
    private readonly ConcurrentDictionary<Db, Lazy<Task<SobesHost>>> _hosts = new();

    public Task<SobesHost> GetAsync(Db db) => _hosts.GetOrAdd(db, d => new(() => SobesHost.StartAsync(d))).Value;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var lazy in _hosts.Values.Where(l => l.IsValueCreated))
        {
            if (!lazy.Value.IsCompletedSuccessfully) continue;
            await (await lazy.Value).DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class WebCollection : ICollectionFixture<Hosts>
{
    public const string Name = "web";
}

/// <summary>Base of the integration tests: gives access to the shared host of a database.</summary>
[Collection(WebCollection.Name)]
public abstract class WebTest(Hosts hosts)
{
    protected Task<SobesHost> HostAsync(Db db) => hosts.GetAsync(db);
}
