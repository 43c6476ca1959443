[assembly: CollectionBehavior(DisableTestParallelization = true)]

namespace Sobes.Browser.Tests;

/// <summary>One app and one browser for all browser tests: starting them is the slow part.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserHost>
{
    public const string Name = "browser";
}
