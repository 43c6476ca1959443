using Sobes.Infrastructure.SocialServices;
using Sobes.Web.Auth;

namespace Sobes.Web.Areas.SocialServices.Api;

internal static class ReportsApi
{
    public static void MapReportsApi(this RouteGroupBuilder root)
    {
        var g = root.MapGroup("/reports").WithTags("Социальное обслуживание: отчёты об исполнении задания");
        g.MapGet("/", async (int? assignmentId, HttpContext http, ReportService reports, CancellationToken ct) => await reports.ListAsync(http.Current(), assignmentId, ct))
            .WithSummary("Отчёты об исполнении государственного задания");
        g.MapPost("/", async (ReportCreateInput input, HttpContext http, ReportService reports, CancellationToken ct) =>
            {
                var user = http.Current();
                var r = await reports.CreateAsync(user, input, ct);
                return Results.Created($"{SocialServicesApi.Prefix}/reports/{r.Id}", await DtoAsync(reports, user, r.Id, ct));
            })
            .WithSummary("Составить отчёт по части задания за квартал (quarter 1–4) или год (quarter не указан): факт считается по учётным данным").Writes();
        g.MapGet("/{id:long}", async (long id, HttpContext http, ReportService reports, CancellationToken ct) => await DtoAsync(reports, http.Current(), id, ct))
            .WithSummary("Отчёт в форме из семи граф; problems — что мешает представить отчёт").ProducesProblem(404);
        g.MapPut("/{id:long}", async (long id, ReportEditInput input, HttpContext http, ReportService reports, CancellationToken ct) =>
            {
                var user = http.Current();
                await reports.UpdateAsync(user, id, input, ct);
                return await DtoAsync(reports, user, id, ct);
            })
            .WithSummary("Причины отклонений, значения, вводимые вручную, пояснительная записка, кредиторская задолженность (факт пересчитывается)").Writes();
        g.MapPost("/{id:long}/recompute", async (long id, HttpContext http, ReportService reports, CancellationToken ct) =>
            {
                var user = http.Current();
                await reports.RecomputeAsync(user, id, ct);
                return await DtoAsync(reports, user, id, ct);
            })
            .WithSummary("Пересчитать факт по учётным данным (введённые причины сохраняются)").Writes();
        g.MapPost("/{id:long}/submit", async (long id, HttpContext http, ReportService reports, CancellationToken ct) =>
            {
                var user = http.Current();
                await reports.SubmitAsync(user, id, null, ct);
                return await DtoAsync(reports, user, id, ct);
            })
            .WithSummary("Представить отчёт учредителю: нужны причины всех отклонений сверх допуска и пояснительная записка").Writes();
        g.MapPost("/{id:long}/review", async (long id, ReviewInput input, HttpContext http, ReportService reports, CancellationToken ct) =>
            {
                var user = http.Current();
                await reports.ReviewAsync(user, id, input.Accept, input.Remarks, ct);
                return await DtoAsync(reports, user, id, ct);
            })
            .WithSummary("Камеральная проверка учредителем (инспектор или руководитель министерства): принять или вернуть с замечаниями")
            .RequireAuthorization(Policies.SocialServicesReview).ProducesValidationProblem().ProducesProblem(403).ProducesProblem(409);
        g.MapGet("/{id:long}/xlsx", async (long id, HttpContext http, ReportService reports, CancellationToken ct) =>
            {
                var (content, name) = await reports.ExportXlsxAsync(http.Current(), id, ct);
                return Results.File(content, ReportXlsxExporter.ContentType, name);
            })
            .WithSummary("Отчёт в формате .xlsx (семь граф сида 004, пояснительная записка, кредиторская задолженность)")
            .Produces(200, contentType: ReportXlsxExporter.ContentType).ProducesProblem(404);
    }

    private static async Task<ReportDto> DtoAsync(ReportService reports, Sobes.Domain.Organisations.UserContext user, long id, CancellationToken ct)
    {
        var (r, a, problems) = await reports.GetAsync(user, id, ct);
        return ReportDto.From(r, a, problems);
    }
}
