using System.Net;
using static Sobes.Web.Tests.Authorization.Probe;

namespace Sobes.Web.Tests.Authorization;

/// <summary>
/// Guardianship (/api/v1/guardianship). Every role reads the register of its territory (the ministry: the region's); the casework — children in
/// care, schooling, placements, foster contracts, leaving, end — is the department's specialist's and head's. Each change gets fresh Kasli records.
/// </summary>
public static partial class ApiEndpointTable
{
    private const string GuardianshipApi = "/api/v1/guardianship";

    private static Dictionary<string, Probe> Guardianship() =>
        new()
        {
            [$"GET {GuardianshipApi}/children"] = Get(Access.Read, _ => $"{GuardianshipApi}/children?status=notPlaced"),
            [$"GET {GuardianshipApi}/children/{{id:long}}"] = GetFor(Access.Read, async (c, _) =>
                $"{GuardianshipApi}/children/{await c.ReadableChildAsync()}"
            ),
            [$"POST {GuardianshipApi}/children"] = Send(Access.GuardianshipWrite, HttpStatusCode.Created, HttpMethod.Post, async c =>
                (
                    $"{GuardianshipApi}/children",
                    Sobes.Web.Tests.Guardianship.GuardianshipData.ChildBody(await c.NewChildCitizenAsync(), "parentsWanted")
                )
            ),
            [$"PUT {GuardianshipApi}/children/{{id:long}}"] = Send(Access.GuardianshipWrite, HttpStatusCode.OK, HttpMethod.Put, async c => (
                    $"{GuardianshipApi}/children/{await c.NewChildInCareAsync()}",
                    new
                    {
                        careAbsenceKind = "parentsInCustody",
                        careAbsenceDocument = "Справка ИК-6 № 118",
                        disabledFrom = "2024-02-01",
                        note = "проверка",
                    }
                )),
            [$"POST {GuardianshipApi}/children/{{id:long}}/schooling"] = Send(
                Access.GuardianshipWrite,
                HttpStatusCode.Created,
                HttpMethod.Post,
                async c =>
                    (
                        $"{GuardianshipApi}/children/{await c.NewChildInCareAsync()}/schooling",
                        new
                        {
                            school = "МОУ «СОШ № 27» г. Касли",
                            ownership = "municipal",
                            from = "2022-09-01",
                            certificate = "Справка № 17",
                        }
                    )
            ),
            [$"POST {GuardianshipApi}/children/{{id:long}}/schooling/{{schoolingId:long}}/end"] = Send(
                Access.GuardianshipWrite,
                HttpStatusCode.OK,
                HttpMethod.Post,
                async c =>
                {
                    var (child, schooling) = await c.NewSchoolingAsync();
                    return ($"{GuardianshipApi}/children/{child}/schooling/{schooling}/end", new { to = "2025-05-31" });
                }
            ),
            [$"POST {GuardianshipApi}/children/{{id:long}}/placements"] = Send(
                Access.GuardianshipWrite,
                HttpStatusCode.Created,
                HttpMethod.Post,
                async c =>
                    (
                        $"{GuardianshipApi}/children/{await c.NewChildInCareAsync()}/placements",
                        new
                        {
                            kind = "institution",
                            details = "ГКУ «Центр помощи детям» г. Касли",
                            from = "2025-02-01",
                        }
                    )
            ),
            [$"GET {GuardianshipApi}/contracts"] = Get(Access.Read, _ => $"{GuardianshipApi}/contracts?active=true"),
            [$"GET {GuardianshipApi}/contracts/{{id:long}}"] = GetFor(Access.Read, async (c, _) =>
                $"{GuardianshipApi}/contracts/{await c.ReadableContractAsync()}"
            ),
            [$"POST {GuardianshipApi}/contracts"] = Send(Access.GuardianshipWrite, HttpStatusCode.Created, HttpMethod.Post, async c =>
                (
                    $"{GuardianshipApi}/contracts",
                    Sobes.Web.Tests.Guardianship.GuardianshipData.ContractBody(await c.NewParentAsync(), [await c.NewChildInCareAsync()])
                )
            ),
            [$"POST {GuardianshipApi}/contracts/{{id:long}}/children"] = Send(
                Access.GuardianshipWrite,
                HttpStatusCode.OK,
                HttpMethod.Post,
                async c =>
                {
                    var (contract, _) = await c.NewContractAsync();
                    return (
                        $"{GuardianshipApi}/contracts/{contract}/children",
                        new { childInCareId = await c.NewChildInCareAsync(), placedFrom = "2025-03-01" }
                    );
                }
            ),
            [$"POST {GuardianshipApi}/contracts/{{id:long}}/leave"] = Send(
                Access.GuardianshipWrite,
                HttpStatusCode.OK,
                HttpMethod.Post,
                async c =>
                {
                    var (contract, child) = await c.NewContractAsync();
                    return (
                        $"{GuardianshipApi}/contracts/{contract}/leave",
                        new
                        {
                            childInCareId = child,
                            groundCode = "ADOPTION",
                            eventDate = "2025-06-02",
                            document = "Решение суда об усыновлении от 02.06.2025",
                        }
                    );
                }
            ),
            [$"POST {GuardianshipApi}/contracts/{{id:long}}/end"] = Send(
                Access.GuardianshipWrite,
                HttpStatusCode.OK,
                HttpMethod.Post,
                async c =>
                {
                    var (contract, _) = await c.NewContractAsync();
                    return (
                        $"{GuardianshipApi}/contracts/{contract}/end",
                        new
                        {
                            groundCode = "EARLY-TERMINATION",
                            eventDate = "2025-09-01",
                            document = "Соглашение о расторжении от 25.08.2025",
                        }
                    );
                }
            ),
            [$"GET {GuardianshipApi}/grounds"] = Get(Access.Read, _ => $"{GuardianshipApi}/grounds"),
        };
}
