using System.Net;
using System.Text.Json.Nodes;
using Sobes.Web.Tests.Hosting;
using Sobes.Web.Tests.Support;

namespace Sobes.Web.Tests.Authorization;

/// <summary>Data the probes need; each write probe gets fresh records, so every call can really succeed.</summary>
public sealed partial class MatrixContext
{
    private MatrixContext(SobesHost host, HttpClient admin, int kasli, long readable, int categoryKind)
    {
        Host = host; Admin = admin; Kasli = kasli; ReadableCitizenId = readable; CategoryKindId = categoryKind;
    }

    public SobesHost Host { get; }
    public HttpClient Admin { get; }
    public int Kasli { get; }
    /// <summary>A Kasli citizen: every role of the matrix may read it.</summary>
    public long ReadableCitizenId { get; }
    public int CategoryKindId { get; }

    public static async Task<MatrixContext> CreateAsync(SobesHost host)
    {
        var admin = await host.LoginAsync("admin");
        var kinds = (await admin.GetAsync("/api/v1/reference/categories").Json()).AsArray();
        return new(host, admin, await host.TerritoryIdAsync(Registry.KasliCode), (await host.CreateCitizenAsync()).Id,
            (int)kinds.First()!.Id());
    }

    public async Task<long> NewCitizenAsync() => (await Host.CreateCitizenAsync()).Id;

    public async Task<JsonObject> CardAsync(long id) => (await Admin.GetAsync($"/api/v1/citizens/{id}").Json()).AsObject();

    /// <summary>POSTs as the administrator and returns the new record's id.</summary>
    public async Task<long> AddAsync(string url, object body) => (await Admin.PostJson(url, body).Json(HttpStatusCode.Created)).Id();

    public async Task<(long Citizen, long Tie)> NewTieAsync()
    {
        var (a, b) = (await NewCitizenAsync(), await NewCitizenAsync());
        return (a, await AddAsync($"/api/v1/citizens/{a}/family-ties", new { relativeId = b, relation = "spouse" }));
    }
}
