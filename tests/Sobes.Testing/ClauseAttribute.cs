using Xunit.Abstractions;
using Xunit.Sdk;

namespace Sobes.Testing;

/// <summary>
/// The seed clause a test checks: <c>[Clause("002", "19.12")]</c> — seed 002 (`../shared/seeds/002_*.txt`), clause 19.12.
/// On a class it covers every test of the class; several may be given. It is an xunit trait, so
/// <c>dotnet test --filter "Clause=002:19.12"</c> runs exactly the tests of that clause, and <c>scripts/clauses.sh</c>
/// lists, per seed, the clauses the suite covers.
/// </summary>
[TraitDiscoverer("Sobes.Testing.ClauseDiscoverer", "Sobes.Testing")]
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class, AllowMultiple = true)]
public sealed class ClauseAttribute(string seed, string clause) : Attribute, ITraitAttribute
{
    public string Seed { get; } = seed;
    public string Clause { get; } = clause;
}

public sealed class ClauseDiscoverer : ITraitDiscoverer
{
    public IEnumerable<KeyValuePair<string, string>> GetTraits(IAttributeInfo traitAttribute)
    {
        var args = traitAttribute.GetConstructorArguments().Cast<string>().ToArray();
        yield return new("Seed", args[0]);
        yield return new("Clause", $"{args[0]}:{args[1]}");
    }
}
