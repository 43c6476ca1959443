using System.Net;
using static Sobes.Web.Tests.Authorization.Probe;

namespace Sobes.Web.Tests.Authorization;

/// <summary>
/// The expected access of every API endpoint, keyed as "METHOD route pattern" exactly as the application maps it.
/// A new endpoint must be added here, or AuthorizationMatrixTests fails.
/// </summary>
public static partial class ApiEndpointTable
{
    private const string Citizens = "/api/v1/citizens";

    public static readonly IReadOnlyDictionary<string, Probe> Probes = Core()
        .Concat(SocialServices())
        .Concat(Measures())
        .Concat(Assignments())
        .Concat(Applications())
        .Concat(Payments())
        .Concat(Guardianship())
        .Concat(FosterPayments())
        .Concat(Appeals())
        .ToDictionary();

    private static Dictionary<string, Probe> Core() =>
        new()
        {
            ["* /health"] = Get(Access.Public, _ => "/health"),
            ["POST /api/v1/auth/login"] = Send(Access.Public, HttpStatusCode.OK, HttpMethod.Post, "/api/v1/auth/login", _ => new
            {
                login = "accountant",
                password = "Demo-2026",
            }),
            ["GET /api/v1/auth/me"] = Get(Access.Read, _ => "/api/v1/auth/me"),
            ["GET /openapi/{documentName}.json"] = Get(Access.Read, _ => "/openapi/v1.json"),

            ["GET /api/v1/citizens/"] = Get(Access.Read, _ => Citizens + "/?q=Иван&pageSize=5"),
            ["GET /api/v1/citizens/{id:long}"] = Get(Access.Read, c => $"{Citizens}/{c.ReadableCitizenId}"),
            ["GET /api/v1/citizens/{id:long}/history"] = Get(Access.Read, c => $"{Citizens}/{c.ReadableCitizenId}/history"),
            ["POST /api/v1/citizens/"] = Send(Access.Write, HttpStatusCode.Created, HttpMethod.Post, Citizens + "/", c =>
                Support.TestData.Citizen(c.Kasli)
            ),
            ["PUT /api/v1/citizens/{id:long}"] = Send(Access.Write, HttpStatusCode.OK, HttpMethod.Put, async c =>
            {
                var id = await c.NewCitizenAsync();
                var card = await c.CardAsync(id);
                card["phone"] = "+7 351 490-00-01";
                return ($"{Citizens}/{id}", card);
            }),
            ["POST /api/v1/citizens/{id:long}/family-ties"] = Send(Access.Write, HttpStatusCode.Created, HttpMethod.Post, async c =>
                ($"{Citizens}/{await c.NewCitizenAsync()}/family-ties", new { relativeId = await c.NewCitizenAsync(), relation = "sibling" })
            ),
            ["DELETE /api/v1/citizens/{id:long}/family-ties/{tieId:long}"] = Send(
                Access.Write,
                HttpStatusCode.NoContent,
                HttpMethod.Delete,
                async c =>
                {
                    var (citizen, tie) = await c.NewTieAsync();
                    return ($"{Citizens}/{citizen}/family-ties/{tie}", null);
                }
            ),
            ["POST /api/v1/citizens/{id:long}/categories"] = Send(Access.Write, HttpStatusCode.Created, HttpMethod.Post, async c =>
                ($"{Citizens}/{await c.NewCitizenAsync()}/categories", new { categoryKindId = c.CategoryKindId, documentNumber = "А-15" })
            ),
            ["DELETE /api/v1/citizens/{id:long}/categories/{categoryId:long}"] = Send(
                Access.Write,
                HttpStatusCode.NoContent,
                HttpMethod.Delete,
                async c =>
                {
                    var id = await c.NewCitizenAsync();
                    return (
                        $"{Citizens}/{id}/categories/{await c.AddAsync($"{Citizens}/{id}/categories", new { categoryKindId = c.CategoryKindId })}",
                        null
                    );
                }
            ),
            ["POST /api/v1/citizens/{id:long}/documents"] = Send(Access.Write, HttpStatusCode.Created, HttpMethod.Post, async c =>
                ($"{Citizens}/{await c.NewCitizenAsync()}/documents", new { type = "Справка о составе семьи", number = "118" })
            ),
            ["DELETE /api/v1/citizens/{id:long}/documents/{documentId:long}"] = Send(
                Access.Write,
                HttpStatusCode.NoContent,
                HttpMethod.Delete,
                async c =>
                {
                    var id = await c.NewCitizenAsync();
                    return ($"{Citizens}/{id}/documents/{await c.AddAsync($"{Citizens}/{id}/documents", new { type = "Справка" })}", null);
                }
            ),

            ["GET /api/v1/audit"] = Get(Access.Audit, _ => "/api/v1/audit?login=admin&pageSize=5"),

            ["GET /api/v1/calendar/{year:int}"] = Get(Access.Read, _ => "/api/v1/calendar/2025"),
            ["GET /api/v1/calendar/add-working-days"] = Get(Access.Read, _ => "/api/v1/calendar/add-working-days?from=2025-01-09&days=5"),
            ["GET /api/v1/calendar/working-days"] = Get(Access.Read, _ => "/api/v1/calendar/working-days?from=2025-01-01&to=2025-01-31"),
            ["PUT /api/v1/calendar/days"] = Send(Access.Admin, HttpStatusCode.NoContent, HttpMethod.Put, "/api/v1/calendar/days", _ => new
            {
                date = "2040-07-02",
                kind = "holiday",
                note = "Проверка прав доступа",
            }),

            ["GET /api/v1/reference/categories"] = Get(Access.Read, _ => "/api/v1/reference/categories"),
            ["GET /api/v1/reference/territories"] = Get(Access.Read, _ => "/api/v1/reference/territories"),

            ["GET /api/v1/admin/users/"] = Get(Access.Admin, _ => "/api/v1/admin/users/"),
            ["POST /api/v1/admin/users/"] = Send(Access.Admin, HttpStatusCode.Created, HttpMethod.Post, "/api/v1/admin/users/", _ => new
            {
                login = "matrix." + Guid.NewGuid().ToString("N")[..8],
                fullName = "Проверкин Пётр Петрович",
                position = "Специалист",
                role = "specialist",
                organisationId = 2,
                isActive = true,
                password = "Matrix-2026",
            }),
            // The seeded "varna.head" (9th demo user) re-saved unchanged: a valid update that alters nothing.
            ["PUT /api/v1/admin/users/{id:int}"] = Send(Access.Admin, HttpStatusCode.OK, HttpMethod.Put, "/api/v1/admin/users/9", _ => new
            {
                login = "varna.head",
                fullName = "Зайцев Олег Игоревич",
                position = "Начальник управления",
                role = "head",
                organisationId = 4,
                isActive = true,
            }),
            // Unknown API paths answer 404 problem details to any signed-in user (401 to anonymous).
            ["* /api/{**path}"] = new(Access.Read, HttpStatusCode.NotFound, (_, _) =>
                Task.FromResult(new HttpRequestMessage(HttpMethod.Get, "/api/v1/no-such-method"))
            ),
        };
}
