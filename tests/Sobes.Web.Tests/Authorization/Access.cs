using System.Net;
using System.Net.Http.Json;
using Sobes.Web.Tests.Hosting;

namespace Sobes.Web.Tests.Authorization;

public enum Access
{
    /// <summary>Anyone, signed in or not.</summary>
    Public,
    /// <summary>Every role.</summary>
    Read,
    /// <summary>Registry writers: administrator, specialist, head.</summary>
    Write,
    /// <summary>Administrator and auditor.</summary>
    Audit,
    /// <summary>Administrator only.</summary>
    Admin,
}

/// <summary>One API endpoint of the matrix: who may call it, the status of success and a valid request for it.</summary>
public sealed record Probe(Access Access, HttpStatusCode Success, Func<MatrixContext, Task<HttpRequestMessage>> Request)
{
    public static readonly IReadOnlyDictionary<string, string> RoleOf = new Dictionary<string, string>
    {
        ["admin"] = "Administrator", ["inspector"] = "Inspector", ["specialist"] = "Specialist", ["head"] = "Head",
        ["accountant"] = "Accountant", ["auditor"] = "Auditor", ["kcson"] = "Specialist",
    };

    private static readonly string[] Writers = ["Administrator", "Specialist", "Head"];
    private static readonly string[] AuditReaders = ["Administrator", "Auditor"];

    public HttpStatusCode ExpectedFor(string? login) => Access switch
    {
        Access.Public => Success,
        _ when login is null => HttpStatusCode.Unauthorized,
        Access.Read => Success,
        Access.Write => Writers.Contains(RoleOf[login]) ? Success : HttpStatusCode.Forbidden,
        Access.Audit => AuditReaders.Contains(RoleOf[login]) ? Success : HttpStatusCode.Forbidden,
        Access.Admin => RoleOf[login] == "Administrator" ? Success : HttpStatusCode.Forbidden,
        _ => throw new ArgumentOutOfRangeException(),
    };

    public static Probe Get(Access access, Func<MatrixContext, string> url) =>
        new(access, HttpStatusCode.OK, c => Task.FromResult(new HttpRequestMessage(HttpMethod.Get, url(c))));

    public static Probe Send(Access access, HttpStatusCode success, HttpMethod method, string url, Func<MatrixContext, object> body) =>
        Send(access, success, method, c => Task.FromResult<(string, object?)>((url, body(c))));

    public static Probe Send(Access access, HttpStatusCode success, HttpMethod method, Func<MatrixContext, Task<(string Url, object? Body)>> request) =>
        new(access, success, async c =>
        {
            var (url, body) = await request(c);
            return new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body) };
        });
}
