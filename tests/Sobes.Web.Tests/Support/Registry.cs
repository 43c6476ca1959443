using System.Net;
using System.Text.Json.Nodes;
using Sobes.Web.Tests.Hosting;

namespace Sobes.Web.Tests.Support;

public sealed record CreatedCitizen(long Id, string Surname, string Snils);

/// <summary>Shortcuts for preparing registry data through the API as the administrator.</summary>
public static class Registry
{
    public const string KasliCode = "75629000";
    public const string VarnaCode = "75617000";

    public static async Task<int> TerritoryIdAsync(this SobesHost host, string code)
    {
        var admin = await host.LoginAsync("admin");
        var all = (await admin.GetAsync("/api/v1/reference/territories").Json()).AsArray();
        return (int)all.Single(t => t!["code"]!.GetValue<string>() == code)!.Id();
    }

    /// <summary>Creates a personal file in the Kasli district (visible to every demo user except Varna's).</summary>
    public static async Task<CreatedCitizen> CreateCitizenAsync(this SobesHost host, string? surname = null, string name = "Иван")
    {
        var admin = await host.LoginAsync("admin");
        var body = TestData.Citizen(await host.TerritoryIdAsync(KasliCode), surname: surname, name: name);
        var created = await admin.PostJson("/api/v1/citizens", body).Json(HttpStatusCode.Created);
        return new(created.Id(), body["surname"]!.GetValue<string>(), created["snils"]!.GetValue<string>());
    }

    public static async Task<int> CountCitizensAsync(this SobesHost host) =>
        (await (await host.LoginAsync("admin")).GetAsync("/api/v1/citizens?pageSize=1").Json())["total"]!.GetValue<int>();
}
