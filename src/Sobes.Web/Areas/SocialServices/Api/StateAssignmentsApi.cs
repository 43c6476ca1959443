using Sobes.Infrastructure.SocialServices;
using Sobes.Web.Auth;
using Docs = Sobes.Web.Areas.SocialServices.Api.SocialServicesApiDocs;

namespace Sobes.Web.Areas.SocialServices.Api;

internal static class StateAssignmentsApi
{
    public static void MapStateAssignmentsApi(this RouteGroupBuilder root)
    {
        var g = root.MapGroup("").WithTags(Docs.StateAssignmentsTag);
        g.MapGet("/assignments", ListAsync).WithSummary(Docs.StateAssignments);
        g.MapPost("/assignments/import", ImportSeedAsync).WithSummary(Docs.ImportSeed).Writes();
        g.MapPost("/assignments/import-file", ImportFileAsync).Accepts<object>("application/json").WithSummary(Docs.ImportFile).Writes();
        g.MapGet("/assignments/{id:int}", GetAsync).WithSummary(Docs.StateAssignment).ProducesProblem(404);
        g.MapPost("/assignments/{id:int}/indicators", AddIndicatorAsync).WithSummary(Docs.AddIndicator).Writes();
        g.MapPut("/assignments/{id:int}/indicators/{indicatorId:int}/plan/{year:int}", SetPlanValueAsync).WithSummary(Docs.SetPlanValue).Writes();
        g.MapPut("/assignments/{id:int}/indicators/{indicatorId:int}/measure", SetMeasureAsync).WithSummary(Docs.SetMeasure).Writes();
        g.MapGet("/deadlines", DeadlinesAsync).WithSummary(Docs.Deadlines);
        g.MapGet("/assignments/{id:int}/deadlines", ScheduleAsync).WithSummary(Docs.Schedule).ProducesProblem(404);
    }

    private static Task<IReadOnlyList<StateAssignmentListItem>> ListAsync(
        HttpContext http,
        StateAssignmentService assignments,
        CancellationToken ct
    ) => assignments.ListAsync(http.Current(), ct);

    private static async Task<IResult> ImportSeedAsync(
        ImportInput? input,
        HttpContext http,
        StateAssignmentService assignments,
        CancellationToken ct
    ) => Created(await assignments.ImportSeedAsync(http.Current(), input?.FinancialYear, ct));

    private static async Task<IResult> ImportFileAsync(
        int? financialYear, HttpRequest request, HttpContext http, StateAssignmentService assignments, CancellationToken ct)
    {
        // The document is read whole first: the JSON reader of the domain is synchronous.
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, ct);
        buffer.Position = 0;
        return Created(await assignments.ImportFileAsync(http.Current(), buffer, financialYear, ct));
    }

    private static IResult Created(Sobes.Domain.SocialServices.StateAssignment a) =>
        Results.Created($"{SocialServicesApi.Prefix}/assignments/{a.Id}", new { a.Id, a.Number, a.FinancialYear, a.LastPlanningYear });

    private static async Task<StateAssignmentDto> GetAsync(int id, HttpContext http, StateAssignmentService assignments, CancellationToken ct) =>
        StateAssignmentDto.From(await assignments.GetAsync(http.Current(), id, ct));

    private static async Task<IResult> AddIndicatorAsync(
        int id, ManualIndicatorInput input, HttpContext http, StateAssignmentService assignments, CancellationToken ct)
    {
        var i = await assignments.AddIndicatorAsync(http.Current(), id, input, ct);
        return Results.Created($"{SocialServicesApi.Prefix}/assignments/{id}", new { i.Id, i.Code });
    }

    private static async Task<IResult> SetPlanValueAsync(
        int id, int indicatorId, int year, PlanValueInput input, HttpContext http, StateAssignmentService assignments, CancellationToken ct)
    {
        await assignments.SetPlanValueAsync(http.Current(), id, indicatorId, year, input.Value, ct);
        return Results.NoContent();
    }

    private static async Task<IResult> SetMeasureAsync(
        int id, int indicatorId, IndicatorMeasureInput input, HttpContext http, StateAssignmentService assignments, CancellationToken ct)
    {
        await assignments.SetMeasureAsync(http.Current(), id, indicatorId, input.Measure, input.ServiceCodes, ct);
        return Results.NoContent();
    }

    private static async Task<IEnumerable<DeadlineDto>> DeadlinesAsync(
        int? days,
        HttpContext http,
        DeadlineService deadlines,
        CancellationToken ct
    ) => (await deadlines.UpcomingAsync(http.Current(), days, ct)).Select(DeadlineDto.From);

    private static async Task<IEnumerable<DeadlineDto>> ScheduleAsync(
        int id, int? year, HttpContext http, DeadlineService deadlines, CancellationToken ct) =>
        (await deadlines.ScheduleAsync(http.Current(), id, year, ct)).Select(DeadlineDto.From);
}
