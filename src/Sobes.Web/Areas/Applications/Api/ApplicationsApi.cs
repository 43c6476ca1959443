using Sobes.Domain.Applications;
using Sobes.Infrastructure.Applications;
using Sobes.Web.Auth;
using Sobes.Web.Infrastructure;

namespace Sobes.Web.Areas.Applications.Api;

/// <summary>Applications for measures under /api/v1/applications.</summary>
internal static class ApplicationsApi
{
    public const string Prefix = "/api/v1/applications";

    public static void MapMeasureApplicationsApi(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup(Prefix).WithTags("Заявления о мерах социальной поддержки (административный регламент)");

        g.MapGet(
                "/",
                async (
                    string? status,
                    bool? overdue,
                    int? measureId,
                    string? q,
                    int? page,
                    int? pageSize,
                    HttpContext http,
                    MeasureApplicationService s,
                    CancellationToken ct
                ) => await s.ListAsync(http.Current(), Filter(status, overdue, measureId, q, page, pageSize), ct)
            )
            .WithSummary(
                "Журнал заявлений управления (министерство — всех): фильтр по состоянию, просрочке, мере, номеру или фамилии; срок " +
                    "решения и рабочие дни до него"
            );
        g.MapGet(
                "/journal.xlsx",
                async (
                    string? status,
                    bool? overdue,
                    int? measureId,
                    string? q,
                    HttpContext http,
                    MeasureApplicationService s,
                    CancellationToken ct
                ) => File(await s.JournalXlsxAsync(http.Current(), Filter(status, overdue, measureId, q, 1, 200), ct))
            )
            .WithSummary("Журнал регистрации заявлений (.xlsx, приложение 7 регламента)");
        g.MapGet("/queue", async (HttpContext http, MeasureApplicationService s, CancellationToken ct) =>
                await s.QueueAsync(http.Current(), ct)
            )
            .WithSummary(
                "Очередь начальника: проекты решений на подписи и заявления, срок решения по которым истёк или истекает в ближайшие 2 рабочих дня"
            );
        g.MapGet("/refusals", async (int? year, HttpContext http, MeasureApplicationService s, CancellationToken ct) =>
                await s.RefusalsAsync(http.Current(), year, ct)
            )
            .WithSummary("Журнал решений об отказе — один для всех видов выплат, хранится 5 лет (п. 17.4–17.6 регламента)");
        g.MapGet("/refusals.xlsx", async (int? year, HttpContext http, MeasureApplicationService s, CancellationToken ct) =>
                File(await s.RefusalJournalXlsxAsync(http.Current(), year, ct)))
            .WithSummary("Журнал решений об отказе (.xlsx, приложение 13 регламента)");
        g.MapGet(
                "/journal.docx",
                async (
                    string? status,
                    bool? overdue,
                    int? measureId,
                    string? q,
                    HttpContext http,
                    MeasureApplicationService s,
                    CancellationToken ct
                ) => File(await s.JournalDocxAsync(http.Current(), Filter(status, overdue, measureId, q, 1, 200), ct))
            )
            .WithSummary("Журнал регистрации заявлений о назначении денежных средств (приложение 7 регламента), .docx, альбомная таблица");
        g.MapGet("/refusals.docx", async (int? year, HttpContext http, MeasureApplicationService s, CancellationToken ct) =>
                File(await s.RefusalJournalDocxAsync(http.Current(), year, ct))
            )
            .WithSummary(
                "Журнал регистрации решений об отказе (приложение 13, п. 17.4–17.6: один для всех видов выплат, ведётся пять лет), " +
                    ".docx, альбомная таблица"
            );
        g.MapGet("/refusal-checks", async (HttpContext http, MeasureApplicationService s, CancellationToken ct) =>
                await s.RefusalChecksAsync(http.Current(), ct)
            )
            .WithSummary(
                "Отказы на проверке обоснованности Министерством (п. 17.2) и возвращённые с замечанием: министерство видит все, управление — свои"
            );
        g.MapGet("/forms/{appendix:int}.docx", async (int appendix, HttpContext http, MeasureApplicationService s, CancellationToken ct) =>
                File(await s.BlankFormAsync(http.Current(), appendix, ct)))
            .WithSummary("Бланк заявления (приложения 2–5 регламента) для заполнения от руки, .docx").ProducesProblem(404);
        g.MapGet("/oral-appeals", async (int? year, HttpContext http, MeasureApplicationService s, CancellationToken ct) =>
                await s.OralAppealsAsync(http.Current(), year, ct)
            )
            .WithSummary(
                "Журнал регистрации устных обращений (приложение 6, п. 14.2 подп. 5): обратившийся, недостатки документов, возврат документов"
            );
        g.MapGet("/oral-appeals.docx", async (int? year, HttpContext http, MeasureApplicationService s, CancellationToken ct) =>
                File(await s.OralAppealJournalDocxAsync(http.Current(), year, ct)))
            .WithSummary("Журнал регистрации устных обращений (приложение 6), .docx, альбомная таблица");
        g.MapPost("/oral-appeals", async (OralAppealInput input, HttpContext http, MeasureApplicationService s, CancellationToken ct) =>
            {
                var a = await s.RecordOralAppealAsync(http.Current(), input, ct);
                return Results.Created(
                    $"{Prefix}/oral-appeals",
                    new
                    {
                        a.Id,
                        a.AppealedOn,
                        a.CitizenName,
                        a.CitizenId,
                        a.Shortcomings,
                        a.DocumentsReturned,
                    }
                );
            })
            .WithSummary("Записать устное обращение (п. 14.2 подп. 5): документов не хватает или они не отвечают требованиям — " +
                "недостатки разъяснены, документы возвращены")
            .Writes();
        g.MapGet("/regulations", async (MeasureApplicationService s, CancellationToken ct) =>
                (await s.RegulationsAsync(ct)).Select(x => new
                {
                    x.Regulation.Id, x.Regulation.Code, x.Regulation.Name,
                    measures = x.Measures.Select(m => new { m.Id, m.Code, m.ShortName, m.Name, m.Kind, forChild = m.Eligibility.ForChild }),
                }))
            .WithSummary("Действующие административные регламенты и меры, которые по ним предоставляются (для приёма заявления)");
        g.MapGet("/children/{citizenId:long}", async (long citizenId, HttpContext http, MeasureApplicationService s, CancellationToken ct) =>
                await s.ChildrenOfAsync(http.Current(), citizenId, ct))
            .WithSummary("Дети и подопечные заявителя по родственным связям реестра — кандидаты в получатели мер на ребёнка").ProducesProblem(404);

        g.MapPost("/", async (RegisterApplicationInput input, HttpContext http, MeasureApplicationService s, CancellationToken ct) =>
            {
                var user = http.Current();
                var r = await s.RegisterAsync(user, input, ct);
                return Results.Created(
                    $"{Prefix}/{r.Application.Id}",
                    new { application = ApplicationDto.From(await s.GetAsync(user, r.Application.Id, ct)), warnings = r.Warnings }
                );
            })
            .WithSummary("Зарегистрировать заявление (п. 13.1, 14.3): заявитель, регламент, меры и дети, способ выплаты; номер " +
                "«З-год-номер»; предупреждение о двойной выплате (п. 14.2 подп. 3)")
            .Writes();
        g.MapGet("/{id:long}", async (long id, HttpContext http, MeasureApplicationService s, CancellationToken ct) =>
                ApplicationDto.From(await s.GetAsync(http.Current(), id, ct))
            )
            .WithSummary(
                "Карточка заявления: перечень документов с отметками, запросы, проект решения с расчётом и проверкой права, срок " +
                    "решения (чтение записывается в журнал аудита)"
            )
            .ProducesProblem(404);
        g.MapPost(
                "/{id:long}/documents",
                async (long id, ReceiveDocumentInput input, HttpContext http, MeasureApplicationService s, CancellationToken ct) =>
                    await Card(s, http, id, () => s.ReceiveDocumentAsync(http.Current(), id, input, ct), ct, created: true)
            )
            .WithSummary(
                "Принять документ из перечня регламента (п. 10): не сверх перечня (п. 10.6), не повторно (п. 10.3), в срок " +
                    "действия (п. 10.5); с последним документом начинается срок решения (п. 7.1)"
            )
            .Writes();
        g.MapPost(
                "/{id:long}/requests",
                async (long id, SendRequestInput input, HttpContext http, MeasureApplicationService s, CancellationToken ct) =>
                    await Card(s, http, id, () => s.SendRequestAsync(http.Current(), id, input, ct), ct, created: true)
            )
            .WithSummary("Направить межведомственный запрос: орган, сведения, документ перечня; срок ответа — 5 рабочих дней")
            .Writes();
        g.MapPost(
                "/{id:long}/requests/{requestId:long}/answer",
                async (
                    long id,
                    long requestId,
                    RequestAnswerInput input,
                    HttpContext http,
                    MeasureApplicationService s,
                    CancellationToken ct
                ) => await Card(s, http, id, () => s.AnswerRequestAsync(http.Current(), id, requestId, input, ct), ct)
            )
            .WithSummary("Ответ на межведомственный запрос: подтверждающий ответ отмечает документ полученным по запросу")
            .Writes();
        g.MapPut(
                "/{id:long}/draft",
                async (long id, DraftDecisionInput input, HttpContext http, MeasureApplicationService s, CancellationToken ct) =>
                    await Card(s, http, id, () => s.DraftAsync(http.Current(), id, input, ct), ct)
            )
            .WithSummary(
                "Проект решения (п. 14.4): по каждой мере — назначить (размер считается по правилам меры, период) или отказать (основание регламента)"
            )
            .Writes();
        g.MapPost("/{id:long}/visa", async (long id, StepInput input, HttpContext http, MeasureApplicationService s, CancellationToken ct) =>
                await Card(s, http, id, () => s.VisaAsync(http.Current(), id, input, ct), ct))
            .WithSummary("Контрольная проверка и виза проекта решения (п. 15.2–15.3) — специалист или начальник отдела; проект передаётся на подпись")
            .Writes();
        g.MapPost(
                "/{id:long}/sign",
                async (long id, StepInput input, HttpContext http, MeasureApplicationService s, CancellationToken ct) =>
                    await Card(s, http, id, () => s.SignAsync(http.Current(), id, input, ct), ct)
            )
            .WithSummary(
                "Подписать решение (п. 16.2) — только начальник управления: номер и дата решения, назначения по назначенным мерам, " +
                    "отказы — в журнал отказов"
            )
            .Writes();
        g.MapPost("/{id:long}/return", async (long id, StepInput input, HttpContext http, MeasureApplicationService s, CancellationToken ct) =>
                await Card(s, http, id, () => s.ReturnAsync(http.Current(), id, input, ct), ct))
            .WithSummary("Вернуть проект решения специалисту с замечанием (начальник управления)")
            .Writes();
        g.MapPost("/{id:long}/withdraw", async (long id, StepInput input, HttpContext http, MeasureApplicationService s, CancellationToken ct) =>
                await Card(s, http, id, () => s.WithdrawAsync(http.Current(), id, input, ct), ct))
            .WithSummary("Отзыв заявления заявителем до подписания решения; документы возвращаются")
            .Writes();

        g.MapPost("/{id:long}/notice", async (long id, NoticeInput input, HttpContext http, MeasureApplicationService s, CancellationToken ct) =>
                await Card(s, http, id, () => s.RecordNoticeAsync(http.Current(), id, input, ct), ct))
            .WithSummary("Отметить уведомление заявителя о размере и сроках выплаты (п. 18.1): дата и способ — лично, почтой, в электронной форме")
            .Writes();
        g.MapPost(
                "/{id:long}/refusal-check",
                async (long id, RefusalCheckInput input, HttpContext http, MeasureApplicationService s, CancellationToken ct) =>
                    await Card(s, http, id, () => s.CheckRefusalAsync(http.Current(), id, input, ct), ct)
            )
            .WithSummary(
                "Проверка обоснованности отказа Министерством (п. 17.2): подтвердить или вернуть с замечанием — инспектор или " +
                    "руководитель министерства"
            )
            .RequireAuthorization(Policies.RefusalCheck)
            .ProducesValidationProblem()
            .ProducesProblem(403)
            .ProducesProblem(404)
            .ProducesProblem(409);
        g.MapPost(
                "/{id:long}/refusal-resubmit",
                async (long id, StepInput input, HttpContext http, MeasureApplicationService s, CancellationToken ct) =>
                    await Card(s, http, id, () => s.ResubmitRefusalAsync(http.Current(), id, input, ct), ct)
            )
            .WithSummary("Повторно направить в Министерство отказ, возвращённый с замечанием")
            .Writes();
        g.MapPost(
                "/{id:long}/refusal-sent",
                async (long id, RefusalSentInput input, HttpContext http, MeasureApplicationService s, CancellationToken ct) =>
                    await Card(s, http, id, () => s.RefusalSentAsync(http.Current(), id, input, ct), ct)
            )
            .WithSummary(
                "Решение об отказе направлено заявителю со всеми представленными документами (п. 17.2–17.3) — после проверки " +
                    "Министерством, если регламент её требует"
            )
            .Writes();
        g.MapGet(
                "/{id:long}/application-form.docx",
                async (long id, int appendix, HttpContext http, MeasureApplicationService s, CancellationToken ct) =>
                    File(await s.ApplicationFormAsync(http.Current(), id, appendix, ct))
            )
            .WithSummary(
                "Заявление по форме приложений 2–5 регламента, заполненное по данным заявления (заявитель, паспорт, адрес, " +
                    "договор, дети, способ выплаты, документы), .docx"
            )
            .ProducesProblem(404);
        g.MapGet("/{id:long}/notice.docx", async (long id, HttpContext http, MeasureApplicationService s, CancellationToken ct) =>
                File(await s.NoticeAsync(http.Current(), id, ct))
            )
            .WithSummary("Уведомление заявителю о назначении: размер и сроки выплаты по каждой мере (п. 18.1), .docx")
            .ProducesProblem(404)
            .ProducesProblem(409);
        g.MapGet("/{id:long}/decision.docx", async (long id, HttpContext http, MeasureApplicationService s, CancellationToken ct) =>
                File(await s.DecisionAsync(http.Current(), id, ct))
            )
            .WithSummary("Решение (протокол) о предоставлении мер, до подписи — проект, .docx")
            .ProducesProblem(404)
            .ProducesProblem(409);
        g.MapGet(
                "/{id:long}/refusal.docx",
                async (long id, long? itemId, HttpContext http, MeasureApplicationService s, CancellationToken ct) =>
                    File(await s.RefusalAsync(http.Current(), id, itemId, ct))
            )
            .WithSummary(
                "Решение об отказе со всеми сведениями п. 17.3 (номер, заявитель, адрес, вид выплаты, ребёнок, заявление, причина " +
                    "со ссылкой на акт, обжалование, документы и отметка о возврате), .docx"
            )
            .ProducesProblem(404)
            .ProducesProblem(409);
    }

    private static ApplicationFilter Filter(string? status, bool? overdue, int? measureId, string? q, int? page, int? pageSize) => new()
    {
        Status = QueryEnum.Parse<ApplicationStatus>(status, "status"), Overdue = overdue ?? false, MeasureId = measureId, Q = q,
        Page = page ?? 1, PageSize = pageSize ?? 25,
    };

    private static async Task<IResult> Card(
        MeasureApplicationService s,
        HttpContext http,
        long id,
        Func<Task> action,
        CancellationToken ct,
        bool created = false
    )
    {
        await action();
        var card = ApplicationDto.From(await s.GetAsync(http.Current(), id, ct));
        return created ? Results.Created($"{Prefix}/{id}", card) : Results.Ok(card);
    }

    private static IResult File(MeasureApplicationService.FileResult f) => Results.File(f.Content, f.ContentType, f.FileName);

    private static RouteHandlerBuilder Writes(this RouteHandlerBuilder b) =>
        b.RequireAuthorization(Policies.MeasuresWrite).ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
}
