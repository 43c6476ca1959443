using Sobes.Domain.Organisations;
using Sobes.Infrastructure.SocialServices;
using Sobes.Web.Auth;
using Docs = Sobes.Web.Areas.SocialServices.Api.SocialServicesApiDocs;

namespace Sobes.Web.Areas.SocialServices.Api;

internal static class ReportsApi
{
    public static void MapReportsApi(this RouteGroupBuilder root)
    {
        var g = root.MapGroup("/reports").WithTags(Docs.ReportsTag);
        g.MapGet("/", ListAsync).WithSummary(Docs.Reports);
        g.MapPost("/", CreateAsync).WithSummary(Docs.CreateReport).Writes();
        g.MapGet("/{id:long}", GetAsync).WithSummary(Docs.Report).ProducesProblem(404);
        g.MapPut("/{id:long}", UpdateAsync).WithSummary(Docs.UpdateReport).Writes();
        g.MapPost("/{id:long}/recompute", RecomputeAsync).WithSummary(Docs.Recompute).Writes();
        g.MapPost("/{id:long}/submit", SubmitAsync).WithSummary(Docs.Submit).Writes();
        g.MapPost("/{id:long}/review", ReviewAsync).WithSummary(Docs.Review).RequireAuthorization(Policies.SocialServicesReview)
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(409);
        g.MapGet("/{id:long}/xlsx", XlsxAsync).WithSummary(Docs.Xlsx).Produces(200, contentType: ReportXlsxExporter.ContentType).ProducesProblem(404);
    }

    private static Task<IReadOnlyList<ReportListItem>> ListAsync(int? assignmentId, HttpContext http, ReportService reports, CancellationToken ct) =>
        reports.ListAsync(http.Current(), assignmentId, ct);

    private static async Task<IResult> CreateAsync(ReportCreateInput input, HttpContext http, ReportService reports, CancellationToken ct)
    {
        var user = http.Current();
        var r = await reports.CreateAsync(user, input, ct);
        return Results.Created($"{SocialServicesApi.Prefix}/reports/{r.Id}", await DtoAsync(reports, user, r.Id, ct));
    }

    private static Task<ReportDto> GetAsync(long id, HttpContext http, ReportService reports, CancellationToken ct) =>
        DtoAsync(reports, http.Current(), id, ct);

    private static async Task<ReportDto> UpdateAsync(long id, ReportEditInput input, HttpContext http, ReportService reports, CancellationToken ct)
    {
        var user = http.Current();
        await reports.UpdateAsync(user, id, input, ct);
        return await DtoAsync(reports, user, id, ct);
    }

    private static async Task<ReportDto> RecomputeAsync(long id, HttpContext http, ReportService reports, CancellationToken ct)
    {
        var user = http.Current();
        await reports.RecomputeAsync(user, id, ct);
        return await DtoAsync(reports, user, id, ct);
    }

    private static async Task<ReportDto> SubmitAsync(long id, HttpContext http, ReportService reports, CancellationToken ct)
    {
        var user = http.Current();
        await reports.SubmitAsync(user, id, null, ct);
        return await DtoAsync(reports, user, id, ct);
    }

    private static async Task<ReportDto> ReviewAsync(long id, ReviewInput input, HttpContext http, ReportService reports, CancellationToken ct)
    {
        var user = http.Current();
        await reports.ReviewAsync(user, id, input.Accept, input.Remarks, ct);
        return await DtoAsync(reports, user, id, ct);
    }

    private static async Task<IResult> XlsxAsync(long id, HttpContext http, ReportService reports, CancellationToken ct)
    {
        var (content, name) = await reports.ExportXlsxAsync(http.Current(), id, ct);
        return Results.File(content, ReportXlsxExporter.ContentType, name);
    }

    private static async Task<ReportDto> DtoAsync(ReportService reports, UserContext user, long id, CancellationToken ct)
    {
        var (r, a, problems) = await reports.GetAsync(user, id, ct);
        return ReportDto.From(r, a, problems);
    }
}
