using Sobes.Domain.SocialServices;
using Sobes.Infrastructure.SocialServices;
using Sobes.Web.Auth;

namespace Sobes.Web.Areas.SocialServices.Api;

internal static class QualityApi
{
    public static void MapQualityApi(this RouteGroupBuilder root)
    {
        var g = root.MapGroup("").WithTags("Социальное обслуживание: опросы, жалобы, проверки, журнал работ");
        g.MapGet("/surveys", async (int? year, HttpContext http, QualityService q, CatalogueService c, CancellationToken ct) => await q.SurveysAsync(http.Current(), year ?? c.Today.Year, ct))
            .WithSummary("Опросы удовлетворённости (Оу, О) за год");
        g.MapPost("/surveys", async (SatisfactionSurvey input, HttpContext http, QualityService q, CancellationToken ct) =>
                Results.Created($"{SocialServicesApi.Prefix}/surveys", await q.AddSurveyAsync(http.Current(), input, ct)))
            .WithSummary("Внести акт опроса удовлетворённости").Writes();

        g.MapGet("/complaints", async (int? year, HttpContext http, QualityService q, CatalogueService c, CancellationToken ct) => await q.ComplaintsAsync(http.Current(), year ?? c.Today.Year, ct))
            .WithSummary("Жалобы получателей услуг за год (просмотр записывается в журнал аудита)");
        g.MapPost("/complaints", async (QualityComplaint input, HttpContext http, QualityService q, CancellationToken ct) =>
                Results.Created($"{SocialServicesApi.Prefix}/complaints", await q.AddComplaintAsync(http.Current(), input, ct)))
            .WithSummary("Зарегистрировать жалобу (ответ в 30 дней, 59-ФЗ)").Writes();
        g.MapPost("/complaints/{id:int}/examination", async (int id, QualityComplaintExamination input, HttpContext http, QualityService q, CancellationToken ct) =>
                await q.ExamineComplaintAsync(http.Current(), id, input, ct))
            .WithSummary("Результат рассмотрения жалобы: обоснованная или нет, дата ответа").Writes();

        g.MapGet("/inspections", async (int? year, HttpContext http, QualityService q, CatalogueService c, CancellationToken ct) => await q.InspectionsAsync(http.Current(), year ?? c.Today.Year, ct))
            .WithSummary("Проверки органов надзора (Роспотребнадзор, Росздравнадзор, Госпожнадзор) за год");
        g.MapPost("/inspections", async (ExternalInspection input, HttpContext http, QualityService q, CancellationToken ct) =>
                Results.Created($"{SocialServicesApi.Prefix}/inspections", await q.AddInspectionAsync(http.Current(), input, ct)))
            .WithSummary("Внести результат проверки органа надзора").Writes();

        g.MapGet("/works", async (int? year, HttpContext http, QualityService q, CatalogueService c, CancellationToken ct) =>
                (await q.WorksAsync(http.Current(), year ?? c.Today.Year, ct)).Select(w => new
                    { w.Id, w.AssignmentSectionId, section = w.AssignmentSection?.Number, sectionName = w.AssignmentSection?.Name, w.PerformedOn, w.Quantity, w.DistanceKm, w.Note }))
            .WithSummary("Журнал работ (часть 2 задания) за год");
        g.MapPost("/works", async (WorkEntry input, HttpContext http, QualityService q, CancellationToken ct) =>
            {
                var w = await q.AddWorkAsync(http.Current(), input, ct);
                return Results.Created($"{SocialServicesApi.Prefix}/works", new { w.Id, w.AssignmentSectionId, w.PerformedOn, w.Quantity, w.DistanceKm });
            })
            .WithSummary("Внести выполненную работу: раздел части 2, дата, количество, пробег").Writes();
    }
}
