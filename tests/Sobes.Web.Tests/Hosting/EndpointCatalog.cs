using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace Sobes.Web.Tests.Hosting;

public sealed record ApiEndpoint(string Method, string Pattern)
{
    public string Key => $"{Method} {Pattern}";
}

/// <summary>What the running application actually maps, read from its EndpointDataSource.</summary>
public static class EndpointCatalog
{
    private static IEnumerable<RouteEndpoint> All(SobesHost host) =>
        host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();

    private static bool IsPage(Endpoint e) => e.Metadata.GetMetadata<PageActionDescriptor>() is not null;

    /// <summary>Every non-page endpoint as "METHOD pattern"; an endpoint without method metadata answers any method ("*").</summary>
    public static IReadOnlyList<ApiEndpoint> Api(SobesHost host) =>
        All(host).Where(e => !IsPage(e))
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["*"])
                .Select(m => new ApiEndpoint(m, e.RoutePattern.RawText ?? "")))
            .Distinct().OrderBy(e => e.Pattern).ThenBy(e => e.Method).ToList();

    /// <summary>A GET URL for every Razor page route; route parameters get <paramref name="sampleValue"/>.</summary>
    public static IReadOnlyList<string> PageUrls(SobesHost host, string sampleValue) =>
        All(host).Where(IsPage).Select(e => UrlOf(e.RoutePattern, sampleValue)).Distinct().Order().ToList();

    private static string UrlOf(RoutePattern pattern, string sampleValue) =>
        "/" + string.Join("/", pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternSeparatorPart separator => separator.Content,
            RoutePatternParameterPart => sampleValue,
            _ => "",
        }))));
}
