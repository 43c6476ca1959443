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
        g.MapGet("/", async (string? status, int? measureId, long? citizenId, long? beneficiaryId, string? number, string? recipient, int? page, int? pageSize,
                HttpContext http, AssignmentService assignments, CancellationToken ct) =>
            {
                var result = await assignments.ListAsync(
                    http.Current(),
                    new AssignmentFilter
                    {
                        Status = QueryEnum.Parse<AssignmentStatus>(status, "status"),
                        MeasureId = measureId,
                        CitizenId = citizenId,
                        BeneficiaryId = beneficiaryId,
                        Number = number,
                        Recipient = recipient,
                        Page = page ?? 1,
                        PageSize = pageSize ?? 50,
                    },
                    ct
                );
                return new { result.Total, result.MonthlySum, result.Page, result.PageSize, result.Items };
            })
            .WithSummary("Назначения вашего управления (министерство — все): фильтры по статусу, мере, получателю (№ личного дела " +
                "или начало фамилии — recipient), ребёнку, номеру; итоги — число и сумма текущих ежемесячных размеров");
        g.MapGet("/{id:long}", async (long id, HttpContext http, AssignmentService assignments, CancellationToken ct) =>
                AssignmentDto.From(await assignments.GetAsync(http.Current(), id, ct))
            )
            .WithSummary(
                "Назначение: получатель, ребёнок, мера, срок, статус, размер по периодам, история перерасчётов (чтение записывается в журнал аудита)"
            )
            .ProducesProblem(404);
        g.MapGet(
                "/{id:long}/schedule",
                async (
                    long id,
                    int? year,
                    int? month,
                    HttpContext http,
                    AssignmentService assignments,
                    Sobes.Domain.Common.RegionClock clock,
                    CancellationToken ct
                ) => await assignments.ScheduleAsync(http.Current(), id, year ?? clock.Today.Year, month, ct)
            )
            .WithSummary(
                "Сумма к выплате по месяцам года (year=) или за один месяц (month=): неполный месяц — пропорционально календарным " +
                    "дням, с учётом приостановлений и прекращения"
            )
            .ProducesValidationProblem()
            .ProducesProblem(404);
        g.MapPost(
                "/{id:long}/stop",
                async (long id, StopInput input, HttpContext http, AssignmentService assignments, CancellationToken ct) =>
                    AssignmentDto.From(await assignments.StopAsync(http.Current(), id, input, ct))
            )
            .WithSummary(
                "Прекратить выплату по основанию из перечня меры (п. 8.1 регламента): дата события, документ, дата регистрации; " +
                    "выплата прекращается с даты по правилу меры"
            )
            .Writes();
        g.MapPost("/{id:long}/suspend", async (long id, SuspendInput input, HttpContext http, AssignmentService assignments, CancellationToken ct) =>
                AssignmentDto.From(await assignments.SuspendAsync(http.Current(), id, input, ct)))
            .WithSummary("Приостановить выплату с даты (первый невыплачиваемый день) с указанием причины").Writes();
        g.MapPost("/{id:long}/resume", async (long id, ResumeInput input, HttpContext http, AssignmentService assignments, CancellationToken ct) =>
                AssignmentDto.From(await assignments.ResumeAsync(http.Current(), id, input, ct)))
            .WithSummary("Возобновить приостановленную выплату с даты; дни приостановления не оплачиваются").Writes();
        g.MapPost(
                "/{id:long}/recalculate",
                async (long id, RecalculateInput input, HttpContext http, AssignmentService assignments, CancellationToken ct) =>
                    AssignmentDto.From(await assignments.RecalculateAsync(http.Current(), id, input, ct))
            )
            .WithSummary(
                "Перерасчёт с даты при изменении сведений (число детей, детей с надбавкой, сумма по документам): прежний период закрывается накануне"
            )
            .Writes();
        g.MapPost(
                "/automatic-stops",
                async (HttpContext http, AssignmentService assignments, Sobes.Domain.Common.RegionClock clock, CancellationToken ct) =>
                    await assignments.StopDueAsync(http.Current(), clock.Today, ct)
            )
            .WithSummary(
                "Запустить автоматическое прекращение выплат по области: истёк срок (в т. ч. 18 лет ребёнку — п. 8.1 подп. 1) или " +
                    "в личном деле есть дата смерти"
            )
            .RequireAuthorization(Policies.Administration)
            .ProducesProblem(403);
    }

    private static RouteHandlerBuilder Writes(this RouteHandlerBuilder b) =>
        b.RequireAuthorization(Policies.MeasuresWrite).ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
}
