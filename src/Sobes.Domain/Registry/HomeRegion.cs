namespace Sobes.Domain.Registry;

/// <summary>The region the system serves: the default region of an address and of region-wide reference data.</summary>
public static class HomeRegion
{
    public const string Name = "Челябинская область";
}
