using Sobes.Domain.Common;
using Sobes.Domain.Measures;
using Sobes.Infrastructure.Measures;
using Sobes.Web.Auth;
using Sobes.Web.Infrastructure;

namespace Sobes.Web.Areas.Measures.Api;

/// <summary>Assignments (назначения) under /api/v1/assignments.</summary>
internal static class AssignmentsApi
{
    public const string Prefix = "/api/v1/assignments";

    public static void MapAssignmentsApi(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup(Prefix).WithTags("Назначения мер социальной поддержки");
        g.MapGet("/", ListAssignmentsAsync).WithSummary(MeasuresApiDocs.ListAssignments);
        g.MapGet("/{id:long}", GetAssignmentAsync).WithSummary(MeasuresApiDocs.GetAssignment).ProducesProblem(404);
        g.MapGet("/{id:long}/schedule", ScheduleAsync).WithSummary(MeasuresApiDocs.Schedule).ProducesValidationProblem().ProducesProblem(404);
        g.MapPost("/{id:long}/stop", StopAsync).WithSummary(MeasuresApiDocs.Stop).Writes();
        g.MapPost("/{id:long}/suspend", SuspendAsync).WithSummary(MeasuresApiDocs.Suspend).Writes();
        g.MapPost("/{id:long}/resume", ResumeAsync).WithSummary(MeasuresApiDocs.Resume).Writes();
        g.MapPost("/{id:long}/recalculate", RecalculateAsync).WithSummary(MeasuresApiDocs.Recalculate).Writes();
        g.MapPost("/automatic-stops", AutomaticStopsAsync).WithSummary(MeasuresApiDocs.AutomaticStops).Administration();
    }

    private static async Task<AssignmentListDto> ListAssignmentsAsync(
        string? status,
        int? measureId,
        long? citizenId,
        long? beneficiaryId,
        string? number,
        string? recipient,
        int? page,
        int? pageSize,
        HttpContext http,
        AssignmentService assignments,
        CancellationToken ct
    )
    {
        var filter = new AssignmentFilter
        {
            Status = QueryEnum.Parse<AssignmentStatus>(status, "status"),
            MeasureId = measureId,
            CitizenId = citizenId,
            BeneficiaryId = beneficiaryId,
            Number = number,
            Recipient = recipient,
            Page = page ?? 1,
            PageSize = pageSize ?? 50,
        };
        var result = await assignments.ListAsync(http.Current(), filter, ct);
        return new AssignmentListDto(result.Total, result.MonthlySum, result.Page, result.PageSize, result.Items);
    }

    private static async Task<object> GetAssignmentAsync(long id, HttpContext http, AssignmentService assignments, CancellationToken ct) =>
        AssignmentDto.From(await assignments.GetAsync(http.Current(), id, ct));

    private static async Task<IReadOnlyList<MonthAmount>> ScheduleAsync(
        long id,
        int? year,
        int? month,
        HttpContext http,
        AssignmentService assignments,
        RegionClock clock,
        CancellationToken ct
    ) => await assignments.ScheduleAsync(http.Current(), id, year ?? clock.Today.Year, month, ct);

    private static async Task<object> StopAsync(long id, StopInput input, HttpContext http, AssignmentService assignments, CancellationToken ct) =>
        AssignmentDto.From(await assignments.StopAsync(http.Current(), id, input, ct));

    private static async Task<object> SuspendAsync(
        long id,
        SuspendInput input,
        HttpContext http,
        AssignmentService assignments,
        CancellationToken ct
    ) => AssignmentDto.From(await assignments.SuspendAsync(http.Current(), id, input, ct));

    private static async Task<object> ResumeAsync(
        long id,
        ResumeInput input,
        HttpContext http,
        AssignmentService assignments,
        CancellationToken ct
    ) => AssignmentDto.From(await assignments.ResumeAsync(http.Current(), id, input, ct));

    private static async Task<object> RecalculateAsync(
        long id,
        RecalculateInput input,
        HttpContext http,
        AssignmentService assignments,
        CancellationToken ct
    ) => AssignmentDto.From(await assignments.RecalculateAsync(http.Current(), id, input, ct));

    private static async Task<AutomaticStopResult> AutomaticStopsAsync(
        HttpContext http,
        AutomaticStops stops,
        RegionClock clock,
        CancellationToken ct
    ) => await stops.StopDueAsync(http.Current(), clock.Today, ct);

    private static RouteHandlerBuilder Writes(this RouteHandlerBuilder b) =>
        b.RequireAuthorization(Policies.MeasuresWrite).ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);

    private static RouteHandlerBuilder Administration(this RouteHandlerBuilder b) =>
        b.RequireAuthorization(Policies.Administration).ProducesProblem(403);
}

/// <summary>One page of assignments with the totals of the whole filter.</summary>
internal sealed record AssignmentListDto(int Total, decimal MonthlySum, int Page, int PageSize, IReadOnlyList<AssignmentListItem> Items);
