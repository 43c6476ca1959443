namespace Sobes.Web.Infrastructure;

/// <summary>
/// Where the embedded SQLite database lives: SOBES_DATA_DIR, else data/ at the repository root
/// (found by walking up to Sobes.slnx), else data/ beside the working directory.
/// </summary>
public static class DataDirectory
{
    public static string Resolve()
    {
        var fromEnv = Environment.GetEnvironmentVariable("SOBES_DATA_DIR");
        if (!string.IsNullOrWhiteSpace(fromEnv)) return Path.GetFullPath(fromEnv);
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "Sobes.slnx"))) return Path.Combine(dir.FullName, "data");
        }
        return Path.Combine(Directory.GetCurrentDirectory(), "data");
    }

    public static string DefaultSqliteConnectionString()
    {
        var dir = Resolve();
        Directory.CreateDirectory(dir);
        return $"Data Source={Path.Combine(dir, "sobes.db")}";
    }
}
