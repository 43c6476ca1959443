using System.Diagnostics;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Sobes.Domain.Common;
using Sobes.Domain.Organisations;
using Sobes.Domain.Registry;
using Sobes.Infrastructure.Audit;
using Sobes.Infrastructure.Persistence;
using Sobes.Infrastructure.Registry;
using Sobes.Infrastructure.Seeding;

// Registry benchmark: loads N synthetic citizens and times the searches and card reads a specialist makes.
// Usage: dotnet run -c Release --project bench/Sobes.Bench -- [--provider sqlite|postgres] [--connection CS] [--citizens N]
var opts = Args.Parse(args);
var db = opts.CreateContext();
Console.WriteLine($"provider={opts.Provider} citizens={opts.Citizens:N0}");
var sw = Stopwatch.StartNew();
await db.Database.EnsureDeletedAsync();
// Reference data only: the registry bench needs no module's seeder.
await new DatabaseSeeder(db, new PasswordHasher<User>(), [], NullLogger<DatabaseSeeder>.Instance).RunAsync(new SeedOptions { Demo = false });
Console.WriteLine($"migrate+reference: {sw.ElapsedMilliseconds} ms");

var territories = await db.Territories.Select(t => t.Id).ToListAsync();
sw.Restart();
var samples = await SyntheticCitizens.LoadAsync(opts, territories);
var loadMs = sw.ElapsedMilliseconds;
Console.WriteLine($"load: {loadMs} ms, {opts.Citizens * 1000.0 / Math.Max(1, loadMs):N0} rows/s");

var clock = new RegionClock(TimeProvider.System, TimeZoneInfo.Utc);
var user = new UserContext(1, "bench", "bench", Role.Specialist, 2, territories[0]);
var ministry = user with { TerritoryId = null, Role = Role.Administrator };
var rnd = new Random(7);

async Task Measure(string name, Func<SobesDbContext, Task<int>> query, int runs = 50)
{
    var times = new List<double>();
    var found = 0;
    for (var i = 0; i < runs; i++)
    {
        await using var ctx = opts.CreateContext();
        var t = Stopwatch.StartNew();
        found += await query(ctx);
        times.Add(t.Elapsed.TotalMilliseconds);
    }
    times.Sort();
    Console.WriteLine(
        $"{name,-48} median {times[runs / 2],8:N2} ms   p95 {times[(int)(runs * 0.95)],8:N2} ms   rows/run {found / (double)runs,8:N1}"
    );
}

Task<int> Search(SobesDbContext ctx, UserContext u, CitizenSearch s) =>
    new RegistryService(ctx, new AuditLog(ctx, TimeProvider.System), clock).SearchAsync(u, s).ContinueWith(r => r.Result.Items.Count);

await Measure("search by СНИЛС (district user)", ctx => Search(ctx, user, new CitizenSearch(Snils: samples[rnd.Next(samples.Count)].Snils)));
await Measure(
    "search by surname prefix + name (district)",
    ctx =>
    {
        var c = samples[rnd.Next(samples.Count)];
        return Search(ctx, user, new CitizenSearch(Q: $"{c.Surname[..4]} {c.Name[..2]}"));
    }
);
await Measure(
    "search by surname prefix + name (ministry)",
    ctx =>
    {
        var c = samples[rnd.Next(samples.Count)];
        return Search(ctx, ministry, new CitizenSearch(Q: $"{c.Surname[..4]} {c.Name[..2]}"));
    }
);
await Measure("search by birth date (ministry)", ctx =>
    Search(ctx, ministry, new CitizenSearch(BirthDate: samples[rnd.Next(samples.Count)].BirthDate))
);
await Measure("search by address words (district)", ctx => Search(ctx, user, new CitizenSearch(Address: "Касли Ленина " + rnd.Next(1, 120))));
await Measure("open card (ministry, with audit write)", async ctx =>
{
    var c = samples[rnd.Next(samples.Count)];
    await new RegistryService(ctx, new AuditLog(ctx, TimeProvider.System), clock).GetAsync(ministry, c.Id);
    return 1;
});
Console.WriteLine($"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024} MB");

sealed record Args(DatabaseProvider Provider, string Connection, int Citizens)
{
    public static Args Parse(string[] a)
    {
        string? Get(string name) { var i = Array.IndexOf(a, name); return i >= 0 && i + 1 < a.Length ? a[i + 1] : null; }
        var provider = (Get("--provider") ?? "sqlite").Equals("postgres", StringComparison.OrdinalIgnoreCase)
            ? DatabaseProvider.Postgres
            : DatabaseProvider.Sqlite;
        var cs = Get("--connection")
            ?? (
                provider == DatabaseProvider.Sqlite
                    ? $"Data Source={Path.Combine(Path.GetTempPath(), "sobes-bench.db")}"
                    : "Host=127.0.0.1;Port=5432;Username=postgres;Database=sobes_bench"
            );
        return new(provider, cs, int.Parse(Get("--citizens") ?? "200000"));
    }

    public SobesDbContext CreateContext()
    {
        var b = new DbContextOptionsBuilder<SobesDbContext>();
        new DatabaseOptions { Provider = Provider, ConnectionString = Connection }.Configure(b);
        return new SobesDbContext(b.Options);
    }
}
