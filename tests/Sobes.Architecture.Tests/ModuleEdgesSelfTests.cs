namespace Sobes.Architecture.Tests;

/// <summary>
/// The test of the test: fixture types in <c>ArchFixture.*</c> namespaces break the table on purpose
/// (Registry → Measures through a field, Measures → Payments through a generic argument, Domain → Web through a method body);
/// the checker must name exactly these edges, and pass the allowed one (Payments → Measures).
/// </summary>
public sealed class ModuleEdgesSelfTests
{
    private static readonly ModuleMap Map = ModuleMap.Parse("""
        <!-- module-edges -->
        | module | may depend on |
        |---|---|
        | Registry | — |
        | Measures | Registry |
        | Payments | Registry, Measures |
        | kernel | Common |
        <!-- /module-edges -->
        """);

    [Fact]
    public void A_forbidden_edge_fails_the_check_and_names_its_types()
    {
        var edges = ModuleEdges.Find([typeof(ModuleEdgesSelfTests).Assembly], Map, "ArchFixture");

        Assert.Equal(["Measures → Payments", "Registry → Measures"], edges.Select(e => $"{e.From} → {e.To}").Order());
        Assert.Contains("ArchFixture.Domain.Registry.CitizenWithMeasure", edges.Single(e => e.From == "Registry").Types);
        Assert.Contains("ArchFixture.Infrastructure.Measures.LooksAtPayments", edges.Single(e => e.From == "Measures").Types);
    }

    [Fact]
    public void A_kernel_type_that_reaches_a_module_fails()
    {
        var edges = ModuleEdges.FindFromKernel([typeof(ModuleEdgesSelfTests).Assembly], Map, "ArchFixture");
        var edge = Assert.Single(edges);
        Assert.Equal(("Domain.Common", "Registry"), (edge.From, edge.To));
        Assert.Equal(["ArchFixture.Domain.Common.Helper"], edge.Types);
    }

    [Fact]
    public void A_table_with_a_cycle_is_reported()
    {
        var map = ModuleMap.Parse("<!-- module-edges -->\n| A | B |\n| B | C |\n| C | A |\n<!-- /module-edges -->");
        Assert.Equal(["A", "B", "C", "A"], Cycles.FindOne(map.Allowed));
    }
}
