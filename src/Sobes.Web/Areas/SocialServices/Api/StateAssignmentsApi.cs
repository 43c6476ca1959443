using Sobes.Infrastructure.SocialServices;
using Sobes.Web.Auth;

namespace Sobes.Web.Areas.SocialServices.Api;

internal static class StateAssignmentsApi
{
    public static void MapStateAssignmentsApi(this RouteGroupBuilder root)
    {
        var g = root.MapGroup("").WithTags("Социальное обслуживание: государственное задание");
        g.MapGet("/assignments", async (HttpContext http, StateAssignmentService assignments, CancellationToken ct) => await assignments.ListAsync(http.Current(), ct))
            .WithSummary("Государственные задания вашей организации (министерству — все)");
        g.MapPost("/assignments/import", async (ImportInput? input, HttpContext http, StateAssignmentService assignments, CancellationToken ct) =>
            {
                var a = await assignments.ImportSeedAsync(http.Current(), input?.FinancialYear, ct);
                return Results.Created($"{SocialServicesApi.Prefix}/assignments/{a.Id}", new { a.Id, a.Number, a.FinancialYear, a.LastPlanningYear });
            })
            .WithSummary("Импортировать ГЗ № 148045 (сид 004) для вашей организации; другой финансовый год сдвигает все годы задания").Writes();
        g.MapPost("/assignments/import-file", async (int? financialYear, HttpRequest request, HttpContext http, StateAssignmentService assignments, CancellationToken ct) =>
            {
                // The document is read whole first: the JSON reader of the domain is synchronous.
                using var buffer = new MemoryStream();
                await request.Body.CopyToAsync(buffer, ct);
                buffer.Position = 0;
                var a = await assignments.ImportFileAsync(http.Current(), buffer, financialYear, ct);
                return Results.Created($"{SocialServicesApi.Prefix}/assignments/{a.Id}", new { a.Id, a.Number, a.FinancialYear, a.LastPlanningYear });
            })
            .Accepts<object>("application/json")
            .WithSummary("Загрузить задание из JSON того же вида, что и встроенный файл № 148045").Writes();
        g.MapGet("/assignments/{id:int}", async (int id, HttpContext http, StateAssignmentService assignments, CancellationToken ct) =>
                StateAssignmentDto.From(await assignments.GetAsync(http.Current(), id, ct)))
            .WithSummary("Задание: части, услуги и работы, показатели объёма и качества (общий показатель — один раз), плановые значения по годам").ProducesProblem(404);
        g.MapPost("/assignments/{id:int}/indicators", async (int id, ManualIndicatorInput input, HttpContext http, StateAssignmentService assignments, CancellationToken ct) =>
            {
                var i = await assignments.AddIndicatorAsync(http.Current(), id, input, ct);
                return Results.Created($"{SocialServicesApi.Prefix}/assignments/{id}", new { i.Id, i.Code });
            })
            .WithSummary("Ввести показатель вручную: часть и услуга (раздел) по номерам — создаются, если их нет; плановые значения по годам").Writes();
        g.MapPut("/assignments/{id:int}/indicators/{indicatorId:int}/plan/{year:int}",
                async (int id, int indicatorId, int year, PlanValueInput input, HttpContext http, StateAssignmentService assignments, CancellationToken ct) =>
                {
                    await assignments.SetPlanValueAsync(http.Current(), id, indicatorId, year, input.Value, ct);
                    return Results.NoContent();
                })
            .WithSummary("Изменить плановое значение показателя на год").Writes();
        g.MapPut("/assignments/{id:int}/indicators/{indicatorId:int}/measure",
                async (int id, int indicatorId, IndicatorMeasureInput input, HttpContext http, StateAssignmentService assignments, CancellationToken ct) =>
                {
                    await assignments.SetMeasureAsync(http.Current(), id, indicatorId, input.Measure, input.ServiceCodes, ct);
                    return Results.NoContent();
                })
            .WithSummary("Как считать фактическое значение показателя (и по каким кодам перечня услуг)").Writes();
        g.MapGet("/deadlines", async (int? days, HttpContext http, DeadlineService deadlines, CancellationToken ct) =>
                (await deadlines.UpcomingAsync(http.Current(), days, ct)).Select(DeadlineDto.From))
            .WithSummary("Напоминания: отчёты, срок которых наступает в ближайшие дни или недавно прошёл");
        g.MapGet("/assignments/{id:int}/deadlines", async (int id, int? year, HttpContext http, DeadlineService deadlines, CancellationToken ct) =>
                (await deadlines.ScheduleAsync(http.Current(), id, year, ct)).Select(DeadlineDto.From))
            .WithSummary("Сроки отчётности по частям задания (части 1.1–1.2: до 10 числа и 1 февраля; 1.3 и 2: до 15 числа и 15 февраля)").ProducesProblem(404);
    }
}
