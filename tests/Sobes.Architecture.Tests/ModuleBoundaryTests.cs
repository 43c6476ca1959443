using System.Reflection;
using NetArchTest.Rules;

namespace Sobes.Architecture.Tests;

/// <summary>The module edges of <c>docs/ARCHITECTURE.md</c> hold in the Domain, Infrastructure and Web assemblies.</summary>
public sealed class ModuleBoundaryTests
{
    private static readonly Assembly[] Sobes =
    [
        typeof(Domain.Common.ValidationError).Assembly,
        typeof(Infrastructure.Persistence.SobesDbContext).Assembly,
        typeof(Web.SobesApp).Assembly,
    ];

    private static readonly ModuleMap Map = ModuleMap.FromArchitectureDocument();

    [Fact]
    public void No_module_references_a_module_the_table_does_not_allow()
    {
        var edges = ModuleEdges.Find(Sobes, Map, "Sobes");
        Assert.True(edges.Count == 0, "Edges not in docs/ARCHITECTURE.md:\n" + string.Join("\n", edges));
    }

    [Fact]
    public void The_kernel_references_no_business_module()
    {
        var edges = ModuleEdges.FindFromKernel(Sobes, Map, "Sobes");
        Assert.True(edges.Count == 0, "Kernel edges to modules:\n" + string.Join("\n", edges));
    }

    [Fact]
    public void The_allowed_edges_have_no_cycle()
    {
        var cycle = Cycles.FindOne(Map.Allowed);
        Assert.True(cycle is null, "The table allows a cycle: " + string.Join(" → ", cycle ?? []));
    }

    [Fact]
    public void Domain_types_reference_neither_EF_Core_nor_ASP_NET_Core()
    {
        var result = Types.InAssembly(Sobes[0]).Should()
            .NotHaveDependencyOnAny("Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore", "Microsoft.Extensions.DependencyInjection")
            .GetResult();
        Assert.True(result.IsSuccessful, string.Join(", ", result.FailingTypes?.Select(t => t.FullName) ?? []));
    }

    [Fact]
    public void Every_module_of_the_table_exists_in_the_code()
    {
        var namespaces = Sobes.SelectMany(a => a.GetTypes()).Select(t => t.Namespace ?? "").ToHashSet();
        foreach (var module in Map.Modules)
            Assert.Contains(namespaces, ns => ns.StartsWith($"Sobes.Domain.{module}", StringComparison.Ordinal)
                || ns.StartsWith($"Sobes.Web.Areas.{module}", StringComparison.Ordinal));
    }
}

internal static class Cycles
{
    public static IReadOnlyList<string>? FindOne(IReadOnlyDictionary<string, IReadOnlySet<string>> graph)
    {
        var state = new Dictionary<string, int>();
        var path = new Stack<string>();
        foreach (var node in graph.Keys)
            if (Visit(node) is { } cycle) return cycle;
        return null;

        IReadOnlyList<string>? Visit(string node)
        {
            if (state.GetValueOrDefault(node) == 2) return null;
            if (state.GetValueOrDefault(node) == 1) return [.. path.Reverse().SkipWhile(n => n != node), node];
            state[node] = 1;
            path.Push(node);
            foreach (var next in graph[node])
                if (Visit(next) is { } cycle) return cycle;
            path.Pop();
            state[node] = 2;
            return null;
        }
    }
}
