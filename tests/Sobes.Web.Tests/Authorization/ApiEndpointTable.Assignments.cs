using System.Net;
using static Sobes.Web.Tests.Authorization.Probe;

namespace Sobes.Web.Tests.Authorization;

/// <summary>
/// Assignments of measures (/api/v1/assignments). The list is open to every role and shows the user's own organisation's (the ministry's: all);
/// a card is read by the ministry and the department that granted it; changes are the department's specialist, head and accountant's;
/// the region-wide automatic stops are run by the administrator.
/// </summary>
public static partial class ApiEndpointTable
{
    private const string AssignmentsApi = "/api/v1/assignments";

    private static Dictionary<string, Probe> Assignments() =>
        new()
        {
            [$"GET {AssignmentsApi}/"] = Get(Access.Read, _ => $"{AssignmentsApi}/?status=active&pageSize=5"),
            [$"GET {AssignmentsApi}/{{id:long}}"] = GetFor(Access.AssignmentRead, async (c, _) =>
                $"{AssignmentsApi}/{await c.ReadableAssignmentAsync()}"
            ),
            [$"GET {AssignmentsApi}/{{id:long}}/schedule"] = GetFor(Access.AssignmentRead, async (c, _) =>
                $"{AssignmentsApi}/{await c.ReadableAssignmentAsync()}/schedule?year=2025"
            ),
            [$"POST {AssignmentsApi}/{{id:long}}/stop"] = Send(Access.AssignmentWrite, HttpStatusCode.OK, HttpMethod.Post, async c => (
                    $"{AssignmentsApi}/{await c.NewAssignmentAsync()}/stop",
                    new
                    {
                        groundCode = "8.1-9",
                        eventDate = "2025-05-05",
                        document = "Решение суда об усыновлении",
                    }
                )),
            [$"POST {AssignmentsApi}/{{id:long}}/suspend"] = Send(Access.AssignmentWrite, HttpStatusCode.OK, HttpMethod.Post, async c =>
                ($"{AssignmentsApi}/{await c.NewAssignmentAsync()}/suspend", new { from = "2025-04-01", reason = "Проверка прав доступа" })
            ),
            [$"POST {AssignmentsApi}/{{id:long}}/resume"] = Send(Access.AssignmentWrite, HttpStatusCode.OK, HttpMethod.Post, async c =>
                (
                    $"{AssignmentsApi}/{await c.NewSuspendedAssignmentAsync()}/resume",
                    new { from = "2025-04-01", reason = "Проверка прав доступа" }
                )
            ),
            [$"POST {AssignmentsApi}/{{id:long}}/recalculate"] = Send(Access.AssignmentWrite, HttpStatusCode.OK, HttpMethod.Post, async c => (
                    $"{AssignmentsApi}/{await c.NewPerChildAssignmentAsync()}/recalculate",
                    new
                    {
                        from = "2025-06-01",
                        children = 3,
                        reason = "Проверка прав доступа",
                    }
                )),
            [$"POST {AssignmentsApi}/automatic-stops"] = new(Access.Admin, HttpStatusCode.OK, (_, _) =>
                Task.FromResult(new HttpRequestMessage(HttpMethod.Post, $"{AssignmentsApi}/automatic-stops"))
            ),
        };
}
