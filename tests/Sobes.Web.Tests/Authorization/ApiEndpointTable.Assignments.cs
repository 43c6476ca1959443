namespace Sobes.Web.Tests.Authorization;

public static partial class ApiEndpointTable
{
    private static Dictionary<string, Probe> Assignments() => new()
    {
    };
}
