using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace Sobes.Web.Tests.Support;

public static class Http
{
    public static StringContent RawJson(string json) => new(json, Encoding.UTF8, "application/json");

    /// <summary>Asserts the status and shows the answer's body when it differs.</summary>
    public static async Task<HttpResponseMessage> Expect(this Task<HttpResponseMessage> request, HttpStatusCode status)
    {
        var response = await request;
        if (response.StatusCode != status)
            Assert.Fail(
                $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri?.PathAndQuery}: expected {(int)status}, " +
                    $"got {(int)response.StatusCode}. Body: {await response.Content.ReadAsStringAsync()}"
            );
        return response;
    }

    public static async Task<JsonNode> Json(this Task<HttpResponseMessage> request, HttpStatusCode status = HttpStatusCode.OK) =>
        await (await request.Expect(status)).Json();

    public static async Task<JsonNode> Json(this HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync()) ?? throw new InvalidOperationException("Empty JSON body.");

    /// <summary>A problem-details answer (RFC 9457) with the given status.</summary>
    public static async Task<JsonNode> Problem(this Task<HttpResponseMessage> request, HttpStatusCode status)
    {
        var response = await request.Expect(status);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Json();
        Assert.Equal((int)status, body["status"]!.GetValue<int>());
        return body;
    }

    public static Task<HttpResponseMessage> PostJson(this HttpClient client, string url, object body) =>
        client.PostAsJsonAsync(url, body);

    public static Task<HttpResponseMessage> PutJson(this HttpClient client, string url, object body) =>
        client.PutAsJsonAsync(url, body);

    public static long Id(this JsonNode node) => node["id"]!.GetValue<long>();

    public static IEnumerable<JsonNode> Items(this JsonNode node) => node["items"]!.AsArray().Select(n => n!);
}
