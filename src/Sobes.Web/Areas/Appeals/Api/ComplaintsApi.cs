using Sobes.Domain.Appeals;
using Sobes.Infrastructure.Appeals;
using Sobes.Web.Auth;
using Sobes.Web.Infrastructure;

namespace Sobes.Web.Areas.Appeals.Api;

/// <summary>Complaints under /api/v1/appeals.</summary>
internal static class ComplaintsApi
{
    public const string Prefix = "/api/v1/appeals";

    public static void MapComplaintsApi(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup(Prefix).WithTags("Жалобы (досудебное обжалование, раздел V регламента)");

        g.MapGet("/", async (int? year, string? status, HttpContext http, ComplaintService s, CancellationToken ct) =>
                await s.ListAsync(http.Current(), Filter(year, status), ct))
            .WithSummary("Журнал жалоб управления (министерство — всех): фильтр по году поступления и состоянию (underReview, extended, answered, overdue); срок ответа и рабочие дни до него")
            .ProducesValidationProblem();
        g.MapGet("/journal.docx", async (int? year, string? status, HttpContext http, ComplaintService s, CancellationToken ct) =>
                File(await s.JournalDocxAsync(http.Current(), Filter(year, status), ct)))
            .WithSummary("Журнал регистрации жалоб (.docx, альбомный): номер, дата поступления, заявитель и адрес, предмет по п. 23.1, срок, продление, дата и результат ответа")
            .ProducesValidationProblem();
        g.MapGet("/journal.xlsx", async (int? year, string? status, HttpContext http, ComplaintService s, CancellationToken ct) =>
                File(await s.JournalXlsxAsync(http.Current(), Filter(year, status), ct)))
            .WithSummary("Журнал регистрации жалоб (.xlsx)")
            .ProducesValidationProblem();
        g.MapGet("/counts", async (HttpContext http, ComplaintService s, CancellationToken ct) => await s.CountsAsync(http.Current(), ct))
            .WithSummary("Жалобы на рассмотрении и из них просроченные (для главной страницы)");
        g.MapGet("/regulations", async (ComplaintService s, CancellationToken ct) => await s.RegulationsAsync(ct))
            .WithSummary("Действующие административные регламенты, по которым может быть подана жалоба");

        g.MapPost("/", async (RegisterComplaintInput input, HttpContext http, ComplaintService s, CancellationToken ct) =>
            {
                var user = http.Current();
                var c = await s.RegisterAsync(user, input, ct);
                return Results.Created($"{Prefix}/{c.Id}", ComplaintDto.From(await s.GetAsync(user, c.Id, ct)));
            })
            .WithSummary("Зарегистрировать жалобу (п. 23.7): заявитель из регистра, способ поступления, регламент, заявление или назначение, предмет по п. 23.1, суть; номер «Ж-год-номер», срок ответа — 30 дней (п. 23.9)")
            .Writes();
        g.MapGet("/{id:long}", async (long id, HttpContext http, ComplaintService s, CancellationToken ct) => ComplaintDto.From(await s.GetAsync(http.Current(), id, ct)))
            .WithSummary("Карточка жалобы: предмет, срок, продление, ответ (чтение записывается в журнал аудита)")
            .ProducesProblem(404);
        g.MapPost("/{id:long}/extend", async (long id, ExtendComplaintInput input, HttpContext http, ComplaintService s, CancellationToken ct) =>
                await Card(s, http, id, () => s.ExtendAsync(http.Current(), id, input, ct), ct))
            .WithSummary("Продлить срок рассмотрения (п. 23.9) — только начальник управления, один раз, на 1–15 дней, с причиной и датой письменного уведомления заявителя; новый срок — 30 + N дней от поступления")
            .Writes();
        g.MapPost("/{id:long}/answer", async (long id, AnswerComplaintInput input, HttpContext http, ComplaintService s, CancellationToken ct) =>
                await Card(s, http, id, () => s.AnswerAsync(http.Current(), id, input, ct), ct))
            .WithSummary("Ответ на жалобу (п. 23.8): удовлетворить, отказать или оставить без ответа по существу по п. 23.7.3–23.7.6; ответ после срока отмечается «с нарушением срока»")
            .Writes();
        g.MapGet("/{id:long}/extension.docx", async (long id, HttpContext http, ComplaintService s, CancellationToken ct) =>
                File(await s.ExtensionNoticeAsync(http.Current(), id, ct)))
            .WithSummary("Уведомление заявителю о продлении срока рассмотрения жалобы с причинами и новым сроком (п. 23.9), .docx").ProducesProblem(404).ProducesProblem(409);
        g.MapGet("/{id:long}/answer.docx", async (long id, HttpContext http, ComplaintService s, CancellationToken ct) =>
                File(await s.AnswerLetterAsync(http.Current(), id, ct)))
            .WithSummary("Письменный ответ заявителю с результатами рассмотрения (п. 23.8) и порядком обжалования в суд (п. 23.10), .docx").ProducesProblem(404).ProducesProblem(409);
    }

    private static ComplaintFilter Filter(int? year, string? status) => new() { Year = year, Status = QueryEnum.Parse<ComplaintStatus>(status, "status") };

    private static async Task<IResult> Card(ComplaintService s, HttpContext http, long id, Func<Task> action, CancellationToken ct)
    {
        await action();
        return Results.Ok(ComplaintDto.From(await s.GetAsync(http.Current(), id, ct)));
    }

    private static IResult File(ComplaintService.FileResult f) => Results.File(f.Content, f.ContentType, f.FileName);

    private static RouteHandlerBuilder Writes(this RouteHandlerBuilder b) =>
        b.RequireAuthorization(Policies.MeasuresWrite).ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
}
