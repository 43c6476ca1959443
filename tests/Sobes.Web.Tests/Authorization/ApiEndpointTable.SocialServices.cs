using System.Net;
using Sobes.Web.Tests.Support;
using static Sobes.Web.Tests.Authorization.MatrixContext;
using static Sobes.Web.Tests.Authorization.Probe;

namespace Sobes.Web.Tests.Authorization;

/// <summary>
/// The social services module (/api/v1/social-services). Reading is open to every role; lists and records owned by an organisation
/// (assignments, reports, acts, services recorded) show the user's own organisation's, the ministry sees all, so a GET by id asks for
/// a record of the principal's organisation. Writing is for administrators, specialists and heads, into their own organisation's records;
/// contracts, services given and acts only for the provider — a specialist or head of a centre (442-ФЗ ст. 12, 17), so those probes use the
/// Kasli centre's records; reference data of the region for the administrator and the ministry's heads (ст. 8); the review of a report
/// for the ministry's inspectors and heads.
/// </summary>
public static partial class ApiEndpointTable
{
    private static Dictionary<string, Probe> SocialServices() =>
        new()
        {
            // Catalogue and reference data of the region.
            [$"GET {Social}/catalogue"] = Get(Access.Read, _ => $"{Social}/catalogue?on=2024-08-01"),
            [$"POST {Social}/catalogue"] = Send(Access.SocialReference, HttpStatusCode.Created, HttpMethod.Post, $"{Social}/catalogue", _ =>
                NewServiceBody()
            ),
            [$"GET {Social}/tariffs"] = Get(Access.Read, _ => $"{Social}/tariffs"),
            [$"POST {Social}/tariffs"] = Send(Access.SocialReference, HttpStatusCode.Created, HttpMethod.Post, async c => (
                    $"{Social}/tariffs",
                    new
                    {
                        socialServiceId = await c.MatrixServiceIdAsync(),
                        kind = "tariff",
                        validFrom = new DateOnly(2024, 1, 1),
                        price = 120m,
                        unit = "perUnit",
                        legalAct = "Проверка прав доступа (тариф услуги матрицы)",
                    }
                )),
            [$"GET {Social}/subsistence-minimums"] = Get(Access.Read, _ => $"{Social}/subsistence-minimums"),
            [$"POST {Social}/subsistence-minimums"] = Send(
                Access.SocialReference,
                HttpStatusCode.Created,
                HttpMethod.Post,
                $"{Social}/subsistence-minimums",
                c => new
                {
                    group = "perCapita",
                    validFrom = c.NextMinimumDate(),
                    amount = 20000m,
                    legalAct = "Проверка прав доступа (величина матрицы)",
                }
            ),
            [$"GET {Social}/fee-rules"] = Get(Access.Read, _ => $"{Social}/fee-rules"),

            // The recipient's path: application, decision, programme, contract; urgent services.
            // A query string takes an enum in any case: the camelCase the JSON answers write ("recognised") or the C# name.
            [$"GET {Social}/applications"] = Get(Access.Read, _ => $"{Social}/applications?outcome=recognised"),
            [$"POST {Social}/applications"] = Send(Access.SocialWrite, HttpStatusCode.Created, HttpMethod.Post, async c =>
                ($"{Social}/applications", await c.ApplicationBodyAsync())
            ),
            [$"GET {Social}/applications/{{id:long}}"] = GetFor(Access.Read, async (c, login) =>
                $"{Social}/applications/{(await c.FixtureAsync(login)).ApplicationId}"
            ),
            [$"POST {Social}/applications/{{id:long}}/decision"] = Send(Access.SocialWrite, HttpStatusCode.OK, HttpMethod.Post, async c =>
                ($"{Social}/applications/{await c.NewApplicationAsync()}/decision", Recognition)
            ),
            [$"POST {Social}/applications/{{id:long}}/programmes"] = Send(
                Access.SocialWrite,
                HttpStatusCode.Created,
                HttpMethod.Post,
                async c => ($"{Social}/applications/{await c.NewRecognisedApplicationAsync()}/programmes", await c.ProgrammeBodyAsync())
            ),
            [$"POST {Social}/programmes/{{id:long}}/contract"] = Send(Access.SocialProvider, HttpStatusCode.Created, HttpMethod.Post, async c =>
                ($"{Social}/programmes/{await c.NewProgrammeAsync()}/contract", ContractBody)
            ),
            // ИППСУ review (ст. 16 ч. 5) is the programme's author's: any writer; early termination of a contract (ст. 18) is the provider's.
            [$"GET {Social}/programmes/due-for-review"] = Get(Access.Read, _ => $"{Social}/programmes/due-for-review?days=60"),
            [$"POST {Social}/programmes/{{id:long}}/review"] = Send(Access.SocialWrite, HttpStatusCode.Created, HttpMethod.Post, async c =>
                (
                    $"{Social}/programmes/{await c.NewProgrammeAsync()}/review",
                    new { drawnUpOn = ContractStart.AddMonths(11), startsOn = ContractStart.AddYears(1) }
                )
            ),
            [$"POST {Social}/contracts/{{id:long}}/terminate"] = Send(Access.SocialProvider, HttpStatusCode.OK, HttpMethod.Post, async c =>
                (
                    $"{Social}/contracts/{(await c.NewContractAsync(Provider)).Contract}/terminate",
                    new { terminatedOn = ContractStart.AddDays(10), ground = "recipientRequest" }
                )
            ),
            [$"GET {Social}/urgent-acts"] = Get(Access.Read, _ => $"{Social}/urgent-acts"),
            [$"POST {Social}/urgent-acts"] = Send(Access.SocialProvider, HttpStatusCode.Created, HttpMethod.Post, async c => (
                    $"{Social}/urgent-acts",
                    new
                    {
                        citizenId = c.ReadableCitizenId,
                        basis = "Заявление гражданина (проверка прав доступа)",
                        providedFrom = UrgentDay,
                        providedTo = UrgentDay,
                        drawnUpOn = UrgentDay,
                        recipientSignedOn = UrgentDay,
                        conditions = "в помещении организации",
                        lines = new[] { new { socialServiceId = await c.UrgentServiceIdAsync(), quantity = 1m } },
                    }
                )),

            // Services given and monthly acts: the provider's own recipients and acts.
            [$"GET {Social}/recipients"] = Get(Access.Read, _ => $"{Social}/recipients?on=2024-{RecordMonth:00}-15"),
            [$"GET {Social}/delivered-services"] = Get(Access.Read, _ =>
                $"{Social}/delivered-services?from=2024-{RecordMonth:00}-01&to=2024-{RecordMonth:00}-28"
            ),
            [$"POST {Social}/delivered-services"] = SendFor(Access.SocialProvider, HttpStatusCode.Created, HttpMethod.Post, async (c, login) =>
                ($"{Social}/delivered-services", await c.DeliveryBodyAsync((await c.FixtureAsync(login)).ContractId, RecordMonth, 7))
            ),
            [$"DELETE {Social}/delivered-services/{{id:long}}"] = SendFor(
                Access.SocialProvider,
                HttpStatusCode.NoContent,
                HttpMethod.Delete,
                async (c, login) => ($"{Social}/delivered-services/{await c.NewDeliveryAsync(Provider)}", null)
            ),
            [$"GET {Social}/acts"] = Get(Access.Read, _ => $"{Social}/acts?year=2024&month={ReadActMonth}"),
            [$"POST {Social}/acts/generate"] = Send(
                Access.SocialProvider,
                HttpStatusCode.OK,
                HttpMethod.Post,
                $"{Social}/acts/generate",
                _ => new { year = 2024, month = RecordMonth }
            ),
            [$"GET {Social}/acts/{{id:long}}"] = GetFor(Access.SocialProviderRecord, async (c, login) =>
                $"{Social}/acts/{(await c.FixtureAsync(login)).ActId}"
            ),
            [$"POST {Social}/acts/{{id:long}}/sign"] = SendFor(Access.SocialProvider, HttpStatusCode.OK, HttpMethod.Post, async (c, login) =>
                ($"{Social}/acts/{await c.NewUnsignedActAsync(Provider)}/sign", new { signedOn = new DateOnly(2024, SignMonth + 1, 1) })
            ),

            // State assignments and report deadlines.
            [$"GET {Social}/assignments"] = Get(Access.Read, _ => $"{Social}/assignments"),
            [$"POST {Social}/assignments/import"] = Send(
                Access.SocialWrite,
                HttpStatusCode.Created,
                HttpMethod.Post,
                $"{Social}/assignments/import",
                c => new { financialYear = c.NextImportYear() }
            ),
            [$"POST {Social}/assignments/import-file"] = new(Access.SocialWrite, HttpStatusCode.Created, (c, _) =>
                Task.FromResult(
                    new HttpRequestMessage(HttpMethod.Post, $"{Social}/assignments/import-file?financialYear={c.NextImportYear()}")
                    {
                        Content = Http.RawJson(AssignmentFile()),
                    }
                )
            ),
            [$"GET {Social}/assignments/{{id:int}}"] = GetFor(Access.Read, async (c, login) =>
                $"{Social}/assignments/{(await c.FixtureAsync(login)).AssignmentId}"
            ),
            [$"POST {Social}/assignments/{{id:int}}/indicators"] = SendFor(
                Access.SocialWrite,
                HttpStatusCode.Created,
                HttpMethod.Post,
                async (c, login) =>
                    (
                        $"{Social}/assignments/{(await c.FixtureAsync(login)).AssignmentId}/indicators",
                        new
                        {
                            partCode = "9",
                            partTitle = "Часть матрицы",
                            partKind = "works",
                            sectionNumber = "1",
                            sectionName = "Работа матрицы",
                            code = "M-" + Guid.NewGuid().ToString("N")[..8],
                            kind = "volume",
                            name = "Показатель матрицы",
                            unit = "ед.",
                            plan = new Dictionary<string, decimal?> { [$"{AssignmentYear}"] = 5m },
                        }
                    )
            ),
            [$"PUT {Social}/assignments/{{id:int}}/indicators/{{indicatorId:int}}/plan/{{year:int}}"] = SendFor(
                Access.SocialWrite,
                HttpStatusCode.NoContent,
                HttpMethod.Put,
                async (c, login) =>
                {
                    var f = await c.FixtureAsync(login);
                    return ($"{Social}/assignments/{f.AssignmentId}/indicators/{f.IndicatorId}/plan/{AssignmentYear + 1}", new { value = 12m });
                }
            ),
            [$"PUT {Social}/assignments/{{id:int}}/indicators/{{indicatorId:int}}/measure"] = SendFor(
                Access.SocialWrite,
                HttpStatusCode.NoContent,
                HttpMethod.Put,
                async (c, login) =>
                {
                    var f = await c.FixtureAsync(login);
                    return (
                        $"{Social}/assignments/{f.AssignmentId}/indicators/{f.IndicatorId}/measure",
                        new { measure = "manual", serviceCodes = (string?)null }
                    );
                }
            ),
            [$"GET {Social}/deadlines"] = Get(Access.Read, _ => $"{Social}/deadlines?days=60"),
            [$"GET {Social}/assignments/{{id:int}}/deadlines"] = GetFor(Access.Read, async (c, login) =>
                $"{Social}/assignments/{(await c.FixtureAsync(login)).AssignmentId}/deadlines?year={AssignmentYear}"
            ),

            // Execution reports: made by the assignment's holder, reviewed by the ministry.
            [$"GET {Social}/reports/"] = GetFor(Access.Read, async (c, login) =>
                $"{Social}/reports?assignmentId={(await c.FixtureAsync(login)).AssignmentId}"
            ),
            [$"POST {Social}/reports/"] = SendFor(Access.SocialWrite, HttpStatusCode.Created, HttpMethod.Post, async (c, login) =>
                ($"{Social}/reports", await c.NewReportBodyAsync(WriterFor(login), (await c.FixtureAsync(login)).AssignmentId))
            ),
            [$"GET {Social}/reports/{{id:long}}"] = GetFor(Access.Read, async (c, login) =>
                $"{Social}/reports/{(await c.FixtureAsync(login)).ReportId}"
            ),
            [$"PUT {Social}/reports/{{id:long}}"] = SendFor(Access.SocialWrite, HttpStatusCode.OK, HttpMethod.Put, async (c, login) =>
                ($"{Social}/reports/{(await c.FixtureAsync(login)).ReportId}", ReportEdit())
            ),
            [$"POST {Social}/reports/{{id:long}}/recompute"] = SendFor(
                Access.SocialWrite,
                HttpStatusCode.OK,
                HttpMethod.Post,
                async (c, login) => ($"{Social}/reports/{(await c.FixtureAsync(login)).ReportId}/recompute", null)
            ),
            [$"POST {Social}/reports/{{id:long}}/submit"] = SendFor(Access.SocialWrite, HttpStatusCode.OK, HttpMethod.Post, async (c, login) =>
                ($"{Social}/reports/{await c.NewSubmittableReportAsync(WriterFor(login))}/submit", null)
            ),
            [$"POST {Social}/reports/{{id:long}}/review"] = Send(Access.SocialReview, HttpStatusCode.OK, HttpMethod.Post, async c =>
                ($"{Social}/reports/{await c.NewSubmittedReportAsync()}/review", new { accept = true, remarks = (string?)null })
            ),
            [$"GET {Social}/reports/{{id:long}}/xlsx"] = GetFor(Access.Read, async (c, login) =>
                $"{Social}/reports/{(await c.FixtureAsync(login)).ReportId}/xlsx"
            ),

            // Registers of the quality indicators and the journal of works: the user's organisation's.
            [$"GET {Social}/surveys"] = Get(Access.Read, _ => $"{Social}/surveys?year=2024"),
            [$"POST {Social}/surveys"] = Send(Access.SocialWrite, HttpStatusCode.Created, HttpMethod.Post, $"{Social}/surveys", _ => new
            {
                conductedOn = new DateOnly(2024, 5, 20),
                form = "atHome",
                respondents = 5,
                satisfied = 4,
                basis = "Акт опроса (проверка прав доступа)",
            }),
            [$"GET {Social}/complaints"] = Get(Access.Read, _ => $"{Social}/complaints?year=2024"),
            [$"POST {Social}/complaints"] = Send(Access.SocialWrite, HttpStatusCode.Created, HttpMethod.Post, $"{Social}/complaints", _ =>
                ComplaintBody
            ),
            [$"POST {Social}/complaints/{{id:int}}/examination"] = SendFor(
                Access.SocialWrite,
                HttpStatusCode.OK,
                HttpMethod.Post,
                async (c, login) =>
                    (
                        $"{Social}/complaints/{await c.NewComplaintAsync(WriterFor(login))}/examination",
                        new
                        {
                            isJustified = false,
                            answeredOn = new DateOnly(2024, 6, 10),
                            outcome = "Заявителю дано разъяснение.",
                        }
                    )
            ),
            [$"GET {Social}/inspections"] = Get(Access.Read, _ => $"{Social}/inspections?year=2024"),
            [$"POST {Social}/inspections"] = Send(Access.SocialWrite, HttpStatusCode.Created, HttpMethod.Post, $"{Social}/inspections", _ => new
            {
                body = "rospotrebnadzor",
                startedOn = new DateOnly(2024, 5, 14),
                endedOn = new DateOnly(2024, 5, 15),
                actNumber = "Акт проверки (проверка прав доступа)",
                violationsFound = 0,
            }),
            [$"GET {Social}/works"] = Get(Access.Read, _ => $"{Social}/works?year=2024"),
            [$"POST {Social}/works"] = SendFor(Access.SocialWrite, HttpStatusCode.Created, HttpMethod.Post, async (c, login) => (
                    $"{Social}/works",
                    new
                    {
                        assignmentSectionId = (await c.FixtureAsync(login)).WorkSectionId,
                        performedOn = new DateOnly(2024, 5, 20),
                        quantity = 1m,
                    }
                )),
        };
}
