using System.Reflection;
using NetArchTest.Rules;

namespace Sobes.Architecture.Tests;

/// <summary>A reference from one module to another that the table does not allow, with the types that make it.</summary>
public sealed record ForbiddenEdge(string From, string To, IReadOnlyList<string> Types)
{
    public override string ToString() => $"{From} → {To}: {string.Join(", ", Types.Take(8))}{(Types.Count > 8 ? ", …" : "")}";
}

/// <summary>
/// Derives module edges from namespaces — <c>{root}.Domain.M</c>, <c>{root}.Infrastructure.M</c>, <c>{root}.Web.Areas.M</c>
/// and the Razor views compiled as <c>Areas_M_…</c> — and reports every edge the <see cref="ModuleMap"/> does not allow.
/// Any reference counts: a field, a parameter, a generic argument (<c>DbSet&lt;FosterContract&gt;</c>), a call in a method body.
/// </summary>
public static class ModuleEdges
{
    private static readonly string[] Layers = ["Domain", "Infrastructure", "Web.Areas"];

    public static IReadOnlyList<ForbiddenEdge> Find(IEnumerable<Assembly> assemblies, ModuleMap map, string root)
    {
        var types = Types.InAssemblies(assemblies);
        var edges = new List<ForbiddenEdge>();
        foreach (var module in map.Modules)
            foreach (var other in map.Modules.Where(o => !map.MayDependOn(module, o)))
            {
                var targets = Namespaces(root, other);
                var failing = Layers
                    .SelectMany(layer => Failing(types.That().ResideInNamespaceMatching(Under($"{root}.{layer}.{module}")), targets))
                    .Concat(Failing(types.That().HaveNameStartingWith($"Areas_{module}_"), targets))
                    .Where(t => !InModule(t, root, other))
                    .Distinct().OrderBy(t => t).ToList();
                if (failing.Count > 0) edges.Add(new ForbiddenEdge(module, other, failing));
            }
        return edges;
    }

    /// <summary>Kernel parts (and the Web's shared infrastructure) reference no business module at all.</summary>
    public static IReadOnlyList<ForbiddenEdge> FindFromKernel(IEnumerable<Assembly> assemblies, ModuleMap map, string root)
    {
        var types = Types.InAssemblies(assemblies);
        var kernelNamespaces = map.Kernel.SelectMany(k => new[] { $"{root}.Domain.{k}", $"{root}.Infrastructure.{k}" })
            .Append($"{root}.Web.Infrastructure");
        var edges = new List<ForbiddenEdge>();
        foreach (var ns in kernelNamespaces)
            foreach (var module in map.Modules)
            {
                // The one DbContext maps every module's entities: it may see their Domain, never their services.
                var targets = ns.EndsWith(".Persistence", StringComparison.Ordinal)
                    ? Namespaces(root, module).Where(t => !t.Contains(".Domain.", StringComparison.Ordinal)).ToArray()
                    : Namespaces(root, module);
                var failing = Failing(types.That().ResideInNamespaceMatching(Under(ns)), targets).Distinct().ToList();
                if (failing.Count > 0) edges.Add(new ForbiddenEdge(ns[(root.Length + 1)..], module, failing));
            }
        return edges;
    }

    private static string Under(string ns) => "^" + System.Text.RegularExpressions.Regex.Escape(ns) + @"(\..+)?$";

    private static string[] Namespaces(string root, string module) => Layers.Select(l => $"{root}.{l}.{module}").ToArray();

    private static bool InModule(string typeName, string root, string module) =>
        Namespaces(root, module).Any(ns => typeName.StartsWith(ns + ".", StringComparison.Ordinal));

    private static IEnumerable<string> Failing(PredicateList selection, string[] targets)
    {
        var result = selection.Should().NotHaveDependencyOnAny(targets).GetResult();
        return result.IsSuccessful ? [] : result.FailingTypes.Select(t => t.FullName);
    }
}
