using System.Text.RegularExpressions;

namespace Sobes.Architecture.Tests;

/// <summary>
/// The allowed module edges, read from the table in <c>docs/ARCHITECTURE.md</c> (between the markers
/// <c>&lt;!-- module-edges --&gt;</c>), so the document is the rule and this test keeps the code to it.
/// </summary>
public sealed record ModuleMap(IReadOnlyDictionary<string, IReadOnlySet<string>> Allowed, IReadOnlyList<string> Kernel)
{
    public IEnumerable<string> Modules => Allowed.Keys;

    public bool MayDependOn(string module, string other) => module == other || Allowed[module].Contains(other);

    public static ModuleMap FromArchitectureDocument() => Parse(File.ReadAllText(RepoFiles.Path("docs", "ARCHITECTURE.md")));

    /// <summary>Rows "| Module | Other, Other |" between the markers; a row with kernel "*" lists the kernel parts.</summary>
    public static ModuleMap Parse(string markdown)
    {
        var start = markdown.IndexOf("<!-- module-edges -->", StringComparison.Ordinal);
        var end = markdown.IndexOf("<!-- /module-edges -->", StringComparison.Ordinal);
        if (start < 0 || end < start) throw new InvalidOperationException("docs/ARCHITECTURE.md has no <!-- module-edges --> table");
        var allowed = new Dictionary<string, IReadOnlySet<string>>();
        var kernel = new List<string>();
        foreach (var line in markdown[start..end].Split('\n'))
        {
            var cells = line.Trim().Trim('|').Split('|').Select(c => c.Trim().Trim('*', '`')).ToArray();
            if (cells.Length < 2 || cells[0].Length == 0 || cells[0].StartsWith('-') || cells[0] == "module") continue;
            var targets = Regex.Matches(cells[1], @"[A-Z][A-Za-z]*").Select(m => m.Value).ToHashSet();
            if (cells[0] == "kernel") kernel.AddRange(targets);
            else allowed[cells[0]] = targets;
        }
        foreach (var (module, targets) in allowed)
            foreach (var t in targets)
                if (!allowed.ContainsKey(t)) throw new InvalidOperationException($"{module} may depend on {t}, which is not a module of the table");
        return new ModuleMap(allowed, kernel);
    }
}

internal static class RepoFiles
{
    public static string Root { get; } = FindRoot();

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Sobes.slnx"))) return dir.FullName;
        throw new InvalidOperationException("Sobes.slnx not found above " + AppContext.BaseDirectory);
    }
}
