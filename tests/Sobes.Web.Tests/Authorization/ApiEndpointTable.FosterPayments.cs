using System.Net;
using static Sobes.Web.Tests.Authorization.Probe;

namespace Sobes.Web.Tests.Authorization;

/// <summary>
/// A foster family's material support (seed 002): the overview is read by the ministry and the department that keeps the contract (the centre: 404);
/// the application and the draft from the contract are casework of the department's specialist and head.
/// </summary>
public static partial class ApiEndpointTable
{
    private static Dictionary<string, Probe> FosterPayments() =>
        new()
        {
            ["GET /api/v1/guardianship/contracts/{id:long}/payments"] = GetFor(Access.ApplicationRecord, async (c, _) =>
                $"/api/v1/guardianship/contracts/{await c.ReadableFamilyAsync()}/payments?year=2026&month=3"
            ),
            ["POST /api/v1/guardianship/contracts/{id:long}/applications"] = Send(
                Access.ApplicationCase,
                HttpStatusCode.Created,
                HttpMethod.Post,
                async c => ($"/api/v1/guardianship/contracts/{await c.FosterContractAsync()}/applications", new { paymentMethod = "bank" })
            ),
            ["POST /api/v1/applications/{id:long}/draft-from-contract"] = Send(
                Access.ApplicationCase,
                HttpStatusCode.OK,
                HttpMethod.Post,
                async c => ($"/api/v1/applications/{await c.CompleteFosterApplicationAsync()}/draft-from-contract", null)
            ),
        };
}
