using System.Net;
using System.Text.Json.Nodes;
using Sobes.Web.Tests.Hosting;
using Sobes.Web.Tests.Support;

namespace Sobes.Web.Tests.Guardianship;

/// <summary>Guardianship records made through the API: registry citizens by the administrator, the register by the district's own staff.</summary>
public static class GuardianshipData
{
    public const string Url = "/api/v1/guardianship";
    private static int _number;

    public static async Task<long> CitizenAsync(SobesHost host, DateOnly birth, string territoryCode, string name = "Пётр", string? surname = null)
    {
        var body = TestData.Citizen(await host.TerritoryIdAsync(territoryCode), surname: surname, name: name);
        body["birthDate"] = birth.ToString("yyyy-MM-dd");
        return (await (await host.LoginAsync("admin")).PostJson("/api/v1/citizens", body).Json(HttpStatusCode.Created)).Id();
    }

    public static object ChildBody(long citizenId, string kind = "courtDecisionOnParents") => new
    {
        citizenId, careAbsenceKind = kind, careAbsenceDocument = "Решение суда от 10.01.2025 № 2-15/2025", careAbsenceDocumentDate = "2025-01-10",
    };

    /// <summary>A child in care registered by <paramref name="login"/> (a fresh registry citizen of the login's district).</summary>
    public static async Task<long> ChildAsync(SobesHost host, string login = "specialist", DateOnly? birth = null)
    {
        var citizen = await CitizenAsync(
            host,
            birth ?? new DateOnly(2015, 4, 1),
            login.StartsWith("varna") ? Registry.VarnaCode : Registry.KasliCode
        );
        return (await (await host.LoginAsync(login)).PostJson($"{Url}/children", ChildBody(citizen)).Json(HttpStatusCode.Created)).Id();
    }

    public static string Number() => $"Т-{Interlocked.Increment(ref _number)}-{Guid.NewGuid().ToString("N")[..6]}";

    public static async Task<long> ParentAsync(SobesHost host, string login = "specialist") =>
        await CitizenAsync(host, new DateOnly(1979, 6, 1), login.StartsWith("varna") ? Registry.VarnaCode : Registry.KasliCode, "Мария");

    public static object ContractBody(long parent, IEnumerable<long> children, string from = "2025-01-01", string to = "2032-12-31") => new
    {
        number = Number(), concludedOn = from, fosterParentCitizenId = parent, from, to,
        children = children.Select(c => new { childInCareId = c, placedFrom = from }).ToArray(),
    };

    /// <summary>A contract of <paramref name="login"/>'s department from 01.01.2025 with the given number of fresh children.</summary>
    public static async Task<(long Contract, long[] Children)> ContractAsync(SobesHost host, string login = "specialist", int children = 1)
    {
        var kids = new long[children];
        for (var i = 0; i < children; i++) kids[i] = await ChildAsync(host, login);
        var body = ContractBody(await ParentAsync(host, login), kids);
        var id = (await (await host.LoginAsync(login)).PostJson($"{Url}/contracts", body).Json(HttpStatusCode.Created)).Id();
        return (id, kids);
    }

    public static async Task<JsonNode> GetContractAsync(SobesHost host, long id, string login = "specialist") =>
        await (await host.LoginAsync(login)).GetAsync($"{Url}/contracts/{id}").Json();

    public static async Task<JsonNode> GetChildAsync(SobesHost host, long id, string login = "specialist") =>
        await (await host.LoginAsync(login)).GetAsync($"{Url}/children/{id}").Json();
}
