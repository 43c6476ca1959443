using Microsoft.EntityFrameworkCore;
using Sobes.Infrastructure.Persistence;

/// <summary>Command line of the payment benchmark.</summary>
sealed record BenchOptions(
    DatabaseProvider Provider,
    string Connection,
    int Citizens,
    int Assignments,
    string Stage,
    DateOnly Month,
    int BatchSize,
    string? ResultFile,
    bool Profile
)
{
    public static BenchOptions Parse(string[] a)
    {
        string? Get(string name) { var i = Array.IndexOf(a, name); return i >= 0 && i + 1 < a.Length ? a[i + 1] : null; }
        var provider = (Get("--provider") ?? "sqlite").Equals("postgres", StringComparison.OrdinalIgnoreCase)
            ? DatabaseProvider.Postgres
            : DatabaseProvider.Sqlite;
        var cs = Get("--connection") ?? (provider == DatabaseProvider.Sqlite
            ? $"Data Source={Path.Combine(Path.GetTempPath(), "sobes-paybench.db")}"
            : "Host=127.0.0.1;Port=5432;Username=postgres;Database=sobes_paybench");
        var citizens = int.Parse(Get("--citizens") ?? "50000");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var month = Get("--month") is { } m ? DateOnly.ParseExact(m + "-01", "yyyy-MM-dd") : new DateOnly(today.Year, today.Month, 1);
        return new(provider, cs, citizens, int.Parse(Get("--assignments") ?? (citizens * 3 / 2).ToString()), Get("--stage") ?? "all", month,
            int.Parse(Get("--batch") ?? "5000"), Get("--results"), a.Contains("--profile"));
    }

    public SobesDbContext CreateContext()
    {
        var b = new DbContextOptionsBuilder<SobesDbContext>();
        new DatabaseOptions { Provider = Provider, ConnectionString = Connection }.Configure(b);
        if (Profile) b.AddInterceptors(CommandProfile.Instance);
        return new SobesDbContext(b.Options);
    }

    public string ProviderName => Provider == DatabaseProvider.Postgres ? "PostgreSQL" : "SQLite";
}
