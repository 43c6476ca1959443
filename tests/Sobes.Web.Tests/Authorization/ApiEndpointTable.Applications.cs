using System.Net;
using Sobes.Web.Tests.Support;
using static Sobes.Web.Tests.Authorization.MatrixContext;
using static Sobes.Web.Tests.Authorization.Probe;

namespace Sobes.Web.Tests.Authorization;

public static partial class ApiEndpointTable
{
    private const string Apps = ApplicationsUrl;

    private static Dictionary<string, Probe> Applications() =>
        new()
        {
            ["GET /api/v1/applications/"] = Get(Access.Read, _ => Apps + "/?status=underReview&pageSize=5"),
            ["GET /api/v1/applications/journal.xlsx"] = Get(Access.Read, _ => Apps + "/journal.xlsx?status=decided"),
            ["GET /api/v1/applications/queue"] = Get(Access.Read, _ => Apps + "/queue"),
            ["GET /api/v1/applications/refusals"] = Get(Access.Read, _ => Apps + "/refusals"),
            ["GET /api/v1/applications/refusals.xlsx"] = Get(Access.Read, _ => Apps + "/refusals.xlsx?year=2026"),
            ["GET /api/v1/applications/journal.docx"] = Get(Access.Read, _ => Apps + "/journal.docx?status=decided"),
            ["GET /api/v1/applications/refusals.docx"] = Get(Access.Read, _ => Apps + "/refusals.docx?year=2026"),
            ["GET /api/v1/applications/refusal-checks"] = Get(Access.Read, _ => Apps + "/refusal-checks"),
            ["GET /api/v1/applications/forms/{appendix:int}.docx"] = Get(Access.Read, _ => Apps + "/forms/4.docx"),
            ["GET /api/v1/applications/oral-appeals"] = Get(Access.Read, _ => Apps + "/oral-appeals?year=2026"),
            ["GET /api/v1/applications/oral-appeals.docx"] = Get(Access.Read, _ => Apps + "/oral-appeals.docx"),
            ["POST /api/v1/applications/oral-appeals"] = Send(
                Access.ApplicationCase,
                HttpStatusCode.Created,
                HttpMethod.Post,
                Apps + "/oral-appeals",
                _ => new
                {
                    citizenName = "Петрова Нина Ивановна",
                    shortcomings = "Нет копии договора о приёмной семье",
                    appealedOn = "2026-01-20",
                }
            ),
            ["GET /api/v1/applications/regulations"] = Get(Access.Read, _ => Apps + "/regulations"),
            ["GET /api/v1/applications/children/{citizenId:long}"] = Get(Access.Read, c => $"{Apps}/children/{c.ReadableCitizenId}"),
            ["GET /api/v1/applications/{id:long}"] = GetFor(Access.ApplicationRecord, async (c, _) =>
                $"{Apps}/{await c.DecidedApplicationAsync()}"
            ),
            ["GET /api/v1/applications/{id:long}/notice.docx"] = GetFor(Access.ApplicationRecord, async (c, _) =>
                $"{Apps}/{await c.DecidedApplicationAsync()}/notice.docx"
            ),
            ["GET /api/v1/applications/{id:long}/decision.docx"] = GetFor(Access.ApplicationRecord, async (c, _) =>
                $"{Apps}/{await c.DecidedApplicationAsync()}/decision.docx"
            ),
            ["GET /api/v1/applications/{id:long}/application-form.docx"] = GetFor(Access.ApplicationRecord, async (c, _) =>
                $"{Apps}/{await c.DecidedApplicationAsync()}/application-form.docx?appendix=2"
            ),
            ["GET /api/v1/applications/{id:long}/refusal.docx"] = GetFor(Access.ApplicationRecord, async (c, _) =>
                $"{Apps}/{await c.DecidedApplicationAsync()}/refusal.docx"
            ),

            ["POST /api/v1/applications/"] = Send(Access.ApplicationCase, HttpStatusCode.Created, HttpMethod.Post, async c =>
                (Apps + "/", await c.NewRegistrationAsync())
            ),
            ["POST /api/v1/applications/{id:long}/documents"] = Send(Access.ApplicationCase, HttpStatusCode.Created, HttpMethod.Post, async c =>
            {
                var card = await c.ApplicationAtAsync(ApplicationStage.Registered);
                return (
                    $"{Apps}/{card.Id()}/documents",
                    new { regulationDocumentId = (await c.RegulationAsync()).Doc("application"), receivedOn = "2026-01-20" }
                );
            }),
            ["POST /api/v1/applications/{id:long}/requests"] = Send(Access.ApplicationCase, HttpStatusCode.Created, HttpMethod.Post, async c =>
            {
                var card = await c.ApplicationAtAsync(ApplicationStage.Registered);
                return (
                    $"{Apps}/{card.Id()}/requests",
                    new { regulationDocumentId = (await c.RegulationAsync()).Doc("birth"), sentOn = "2026-01-20" }
                );
            }),
            ["POST /api/v1/applications/{id:long}/requests/{requestId:long}/answer"] = Send(
                Access.ApplicationCase,
                HttpStatusCode.OK,
                HttpMethod.Post,
                async c =>
                {
                    var card = await c.ApplicationAtAsync(ApplicationStage.Requested);
                    return (
                        $"{Apps}/{card.Id()}/requests/{card["requests"]![0]!.Id()}/answer",
                        new
                        {
                            answeredOn = "2026-01-22",
                            answer = "Сведения подтверждены",
                            confirms = true,
                        }
                    );
                }
            ),
            ["PUT /api/v1/applications/{id:long}/draft"] = Send(Access.ApplicationCase, HttpStatusCode.OK, HttpMethod.Put, async c =>
            {
                var card = await c.ApplicationAtAsync(ApplicationStage.Complete);
                return ($"{Apps}/{card.Id()}/draft", new { items = new[] { new { itemId = card["items"]![0]!.Id(), outcome = "grant" } } });
            }),
            ["POST /api/v1/applications/{id:long}/visa"] = Send(Access.ApplicationCase, HttpStatusCode.OK, HttpMethod.Post, async c =>
                ($"{Apps}/{(await c.ApplicationAtAsync(ApplicationStage.Drafted)).Id()}/visa", new { })
            ),
            ["POST /api/v1/applications/{id:long}/withdraw"] = Send(Access.ApplicationCase, HttpStatusCode.OK, HttpMethod.Post, async c =>
                ($"{Apps}/{(await c.ApplicationAtAsync(ApplicationStage.Registered)).Id()}/withdraw", new { note = "Отзыв заявителем" })
            ),
            ["POST /api/v1/applications/{id:long}/sign"] = Send(Access.ApplicationSign, HttpStatusCode.OK, HttpMethod.Post, async c =>
                ($"{Apps}/{(await c.ApplicationAtAsync(ApplicationStage.AwaitingSignature)).Id()}/sign", new { })
            ),
            ["POST /api/v1/applications/{id:long}/notice"] = Send(Access.ApplicationCase, HttpStatusCode.OK, HttpMethod.Post, async c =>
                ($"{Apps}/{await c.DecidedApplicationAsync()}/notice", new { way = "post" })
            ),
            ["POST /api/v1/applications/{id:long}/refusal-check"] = Send(
                Access.ApplicationRefusalCheck,
                HttpStatusCode.OK,
                HttpMethod.Post,
                async c => ($"{Apps}/{await c.RefusalAsync(null)}/refusal-check", new { confirmed = true })
            ),
            ["POST /api/v1/applications/{id:long}/refusal-resubmit"] = Send(
                Access.ApplicationCase,
                HttpStatusCode.OK,
                HttpMethod.Post,
                async c => ($"{Apps}/{await c.RefusalAsync(false)}/refusal-resubmit", new { note = "Основание уточнено" })
            ),
            ["POST /api/v1/applications/{id:long}/refusal-sent"] = Send(Access.ApplicationCase, HttpStatusCode.OK, HttpMethod.Post, async c =>
                ($"{Apps}/{await c.RefusalAsync(true)}/refusal-sent", new { })
            ),
            ["POST /api/v1/applications/{id:long}/return"] = Send(Access.ApplicationSign, HttpStatusCode.OK, HttpMethod.Post, async c =>
                ($"{Apps}/{(await c.ApplicationAtAsync(ApplicationStage.AwaitingSignature)).Id()}/return", new { note = "Уточните период" })
            ),
        };
}
