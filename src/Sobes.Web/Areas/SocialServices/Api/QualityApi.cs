using Sobes.Domain.SocialServices;
using Sobes.Infrastructure.SocialServices;
using Sobes.Web.Auth;
using Docs = Sobes.Web.Areas.SocialServices.Api.SocialServicesApiDocs;

namespace Sobes.Web.Areas.SocialServices.Api;

internal static class QualityApi
{
    public static void MapQualityApi(this RouteGroupBuilder root)
    {
        var g = root.MapGroup("").WithTags(Docs.QualityTag);
        g.MapGet("/surveys", SurveysAsync).WithSummary(Docs.Surveys);
        g.MapPost("/surveys", AddSurveyAsync).WithSummary(Docs.AddSurvey).Writes();
        g.MapGet("/complaints", ComplaintsAsync).WithSummary(Docs.Complaints);
        g.MapPost("/complaints", AddComplaintAsync).WithSummary(Docs.AddComplaint).Writes();
        g.MapPost("/complaints/{id:int}/examination", ExamineComplaintAsync).WithSummary(Docs.ExamineComplaint).Writes();
        g.MapGet("/inspections", InspectionsAsync).WithSummary(Docs.Inspections);
        g.MapPost("/inspections", AddInspectionAsync).WithSummary(Docs.AddInspection).Writes();
        g.MapGet("/works", WorksAsync).WithSummary(Docs.Works);
        g.MapPost("/works", AddWorkAsync).WithSummary(Docs.AddWork).Writes();
    }

    private static Task<List<SatisfactionSurvey>> SurveysAsync(
        int? year,
        HttpContext http,
        QualityService q,
        CatalogueService c,
        CancellationToken ct
    ) => q.SurveysAsync(http.Current(), year ?? c.Today.Year, ct);

    private static async Task<IResult> AddSurveyAsync(SatisfactionSurvey input, HttpContext http, QualityService q, CancellationToken ct) =>
        Results.Created($"{SocialServicesApi.Prefix}/surveys", await q.AddSurveyAsync(http.Current(), input, ct));

    private static Task<List<QualityComplaint>> ComplaintsAsync(
        int? year,
        HttpContext http,
        QualityService q,
        CatalogueService c,
        CancellationToken ct
    ) => q.ComplaintsAsync(http.Current(), year ?? c.Today.Year, ct);

    private static async Task<IResult> AddComplaintAsync(QualityComplaint input, HttpContext http, QualityService q, CancellationToken ct) =>
        Results.Created($"{SocialServicesApi.Prefix}/complaints", await q.AddComplaintAsync(http.Current(), input, ct));

    private static Task<QualityComplaint> ExamineComplaintAsync(
        int id, QualityComplaintExamination input, HttpContext http, QualityService q, CancellationToken ct) =>
        q.ExamineComplaintAsync(http.Current(), id, input, ct);

    private static Task<List<ExternalInspection>> InspectionsAsync(
        int? year,
        HttpContext http,
        QualityService q,
        CatalogueService c,
        CancellationToken ct
    ) => q.InspectionsAsync(http.Current(), year ?? c.Today.Year, ct);

    private static async Task<IResult> AddInspectionAsync(ExternalInspection input, HttpContext http, QualityService q, CancellationToken ct) =>
        Results.Created($"{SocialServicesApi.Prefix}/inspections", await q.AddInspectionAsync(http.Current(), input, ct));

    private static async Task<IEnumerable<object>> WorksAsync(
        int? year,
        HttpContext http,
        QualityService q,
        CatalogueService c,
        CancellationToken ct
    ) =>
        (await q.WorksAsync(http.Current(), year ?? c.Today.Year, ct)).Select(w => new
        {
            w.Id,
            w.AssignmentSectionId,
            section = w.AssignmentSection?.Number,
            sectionName = w.AssignmentSection?.Name,
            w.PerformedOn,
            w.Quantity,
            w.DistanceKm,
            w.Note,
        });

    private static async Task<IResult> AddWorkAsync(WorkEntry input, HttpContext http, QualityService q, CancellationToken ct)
    {
        var w = await q.AddWorkAsync(http.Current(), input, ct);
        return Results.Created($"{SocialServicesApi.Prefix}/works", new { w.Id, w.AssignmentSectionId, w.PerformedOn, w.Quantity, w.DistanceKm });
    }
}
