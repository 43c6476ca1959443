using Sobes.Domain.Applications;
using Sobes.Infrastructure.Applications;
using Sobes.Web.Auth;
using Sobes.Web.Infrastructure;
using Docs = Sobes.Web.Areas.Applications.Api.ApplicationsApiDocs;

namespace Sobes.Web.Areas.Applications.Api;

/// <summary>Applications for measures under /api/v1/applications.</summary>
internal static class ApplicationsApi
{
    public const string Prefix = "/api/v1/applications";

    public static void MapMeasureApplicationsApi(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup(Prefix).WithTags(Docs.Tag);
        g.MapGet("/", ListAsync).WithSummary(Docs.List);
        g.MapGet("/journal.xlsx", JournalXlsxAsync).WithSummary(Docs.JournalXlsx);
        g.MapGet("/queue", QueueAsync).WithSummary(Docs.Queue);
        g.MapGet("/refusals", RefusalsAsync).WithSummary(Docs.Refusals);
        g.MapGet("/refusals.xlsx", RefusalsXlsxAsync).WithSummary(Docs.RefusalsXlsx);
        g.MapGet("/journal.docx", JournalDocxAsync).WithSummary(Docs.JournalDocx);
        g.MapGet("/refusals.docx", RefusalsDocxAsync).WithSummary(Docs.RefusalsDocx);
        g.MapGet("/refusal-checks", RefusalChecksAsync).WithSummary(Docs.RefusalChecks);
        g.MapGet("/forms/{appendix:int}.docx", BlankFormAsync).WithSummary(Docs.BlankForm).ProducesProblem(404);
        g.MapGet("/oral-appeals", OralAppealsAsync).WithSummary(Docs.OralAppeals);
        g.MapGet("/oral-appeals.docx", OralAppealsDocxAsync).WithSummary(Docs.OralAppealsDocx);
        g.MapPost("/oral-appeals", RecordOralAppealAsync).WithSummary(Docs.RecordOralAppeal).Writes();
        g.MapGet("/regulations", RegulationsAsync).WithSummary(Docs.Regulations);
        g.MapGet("/children/{citizenId:long}", ChildrenAsync).WithSummary(Docs.Children).ProducesProblem(404);
        g.MapPost("/", RegisterAsync).WithSummary(Docs.Register).Writes();
        g.MapGet("/{id:long}", GetAsync).WithSummary(Docs.Card).ProducesProblem(404);
        g.MapPost("/{id:long}/documents", ReceiveDocumentAsync).WithSummary(Docs.ReceiveDocument).Writes();
        g.MapPost("/{id:long}/requests", SendRequestAsync).WithSummary(Docs.SendRequest).Writes();
        g.MapPost("/{id:long}/requests/{requestId:long}/answer", AnswerRequestAsync).WithSummary(Docs.AnswerRequest).Writes();
        g.MapPut("/{id:long}/draft", DraftAsync).WithSummary(Docs.Draft).Writes();
        g.MapPost("/{id:long}/visa", VisaAsync).WithSummary(Docs.Visa).Writes();
        g.MapPost("/{id:long}/sign", SignAsync).WithSummary(Docs.Sign).Writes();
        g.MapPost("/{id:long}/return", ReturnAsync).WithSummary(Docs.Return).Writes();
        g.MapPost("/{id:long}/withdraw", WithdrawAsync).WithSummary(Docs.Withdraw).Writes();
        g.MapPost("/{id:long}/notice", NoticeAsync).WithSummary(Docs.Notice).Writes();
        g.MapPost("/{id:long}/refusal-check", CheckRefusalAsync).WithSummary(Docs.RefusalCheck).ChecksRefusals();
        g.MapPost("/{id:long}/refusal-resubmit", ResubmitRefusalAsync).WithSummary(Docs.RefusalResubmit).Writes();
        g.MapPost("/{id:long}/refusal-sent", RefusalSentAsync).WithSummary(Docs.RefusalSent).Writes();
        g.MapGet("/{id:long}/application-form.docx", ApplicationFormAsync).WithSummary(Docs.ApplicationForm).ProducesProblem(404);
        g.MapGet("/{id:long}/notice.docx", NoticeDocxAsync).WithSummary(Docs.NoticeDocx).ProducesProblem(404).ProducesProblem(409);
        g.MapGet("/{id:long}/decision.docx", DecisionDocxAsync).WithSummary(Docs.DecisionDocx).ProducesProblem(404).ProducesProblem(409);
        g.MapGet("/{id:long}/refusal.docx", RefusalDocxAsync).WithSummary(Docs.RefusalDocx).ProducesProblem(404).ProducesProblem(409);
    }

    // Journals and lists.

    private static Task<ApplicationPage> ListAsync(
        string? status,
        bool? overdue,
        int? measureId,
        string? q,
        int? page,
        int? pageSize,
        HttpContext http,
        ApplicationReading s,
        CancellationToken ct
    ) => s.ListAsync(http.Current(), Filter(status, overdue, measureId, q, page, pageSize), ct);

    private static async Task<IResult> JournalXlsxAsync(
        string? status,
        bool? overdue,
        int? measureId,
        string? q,
        HttpContext http,
        ApplicationJournals s,
        CancellationToken ct
    ) => File(await s.JournalXlsxAsync(http.Current(), Filter(status, overdue, measureId, q, 1, 200), ct));

    private static async Task<IResult> JournalDocxAsync(
        string? status,
        bool? overdue,
        int? measureId,
        string? q,
        HttpContext http,
        ApplicationJournals s,
        CancellationToken ct
    ) => File(await s.JournalDocxAsync(http.Current(), Filter(status, overdue, measureId, q, 1, 200), ct));

    private static Task<HeadQueue> QueueAsync(HttpContext http, ApplicationReading s, CancellationToken ct) =>
        s.QueueAsync(http.Current(), ct);

    private static Task<IReadOnlyList<RefusalJournalItem>> RefusalsAsync(int? year, HttpContext http, ApplicationReading s, CancellationToken ct) =>
        s.RefusalsAsync(http.Current(), year, ct);

    private static async Task<IResult> RefusalsXlsxAsync(int? year, HttpContext http, ApplicationJournals s, CancellationToken ct) =>
        File(await s.RefusalJournalXlsxAsync(http.Current(), year, ct));

    private static async Task<IResult> RefusalsDocxAsync(int? year, HttpContext http, ApplicationJournals s, CancellationToken ct) =>
        File(await s.RefusalJournalDocxAsync(http.Current(), year, ct));

    private static Task<IReadOnlyList<RefusalCheckItem>> RefusalChecksAsync(HttpContext http, ApplicationProcedure s, CancellationToken ct) =>
        s.RefusalChecksAsync(http.Current(), ct);

    private static async Task<IResult> BlankFormAsync(int appendix, HttpContext http, ApplicationPrints s, CancellationToken ct) =>
        File(await s.BlankFormAsync(http.Current(), appendix, ct));

    private static Task<IReadOnlyList<OralAppealRow>> OralAppealsAsync(int? year, HttpContext http, OralAppealJournal s, CancellationToken ct) =>
        s.OralAppealsAsync(http.Current(), year, ct);

    private static async Task<IResult> OralAppealsDocxAsync(int? year, HttpContext http, OralAppealJournal s, CancellationToken ct) =>
        File(await s.OralAppealJournalDocxAsync(http.Current(), year, ct));

    private static async Task<IResult> RecordOralAppealAsync(OralAppealInput input, HttpContext http, OralAppealJournal s, CancellationToken ct)
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
    }

    // Intake.

    private static async Task<IResult> RegulationsAsync(ApplicationIntake s, CancellationToken ct) =>
        Results.Ok(
            (await s.RegulationsAsync(ct)).Select(x => new
            {
                x.Regulation.Id, x.Regulation.Code, x.Regulation.Name,
                measures = x.Measures.Select(m => new { m.Id, m.Code, m.ShortName, m.Name, m.Kind, forChild = m.Eligibility.ForChild }),
            })
        );

    private static Task<IReadOnlyList<ChildOption>> ChildrenAsync(long citizenId, HttpContext http, ApplicationIntake s, CancellationToken ct) =>
        s.ChildrenOfAsync(http.Current(), citizenId, ct);

    private static async Task<IResult> RegisterAsync(
        RegisterApplicationInput input,
        HttpContext http,
        ApplicationIntake s,
        ApplicationReading reading,
        CancellationToken ct
    )
    {
        var user = http.Current();
        var r = await s.RegisterAsync(user, input, ct);
        return Results.Created(
            $"{Prefix}/{r.Application.Id}",
            new { application = ApplicationDto.From(await reading.GetAsync(user, r.Application.Id, ct)), warnings = r.Warnings }
        );
    }

    private static async Task<object> GetAsync(long id, HttpContext http, ApplicationReading s, CancellationToken ct) =>
        ApplicationDto.From(await s.GetAsync(http.Current(), id, ct));

    // Documents and interagency requests.

    private static Task<IResult> ReceiveDocumentAsync(
        long id,
        ReceiveDocumentInput input,
        HttpContext http,
        ApplicationDocuments s,
        ApplicationReading reading,
        CancellationToken ct
    ) => Card(reading, http, id, () => s.ReceiveDocumentAsync(http.Current(), id, input, ct), ct, created: true);

    private static Task<IResult> SendRequestAsync(
        long id,
        SendRequestInput input,
        HttpContext http,
        ApplicationDocuments s,
        ApplicationReading reading,
        CancellationToken ct
    ) => Card(reading, http, id, () => s.SendRequestAsync(http.Current(), id, input, ct), ct, created: true);

    private static Task<IResult> AnswerRequestAsync(
        long id,
        long requestId,
        RequestAnswerInput input,
        HttpContext http,
        ApplicationDocuments s,
        ApplicationReading reading,
        CancellationToken ct
    ) => Card(reading, http, id, () => s.AnswerRequestAsync(http.Current(), id, requestId, input, ct), ct);

    // The decision.

    private static Task<IResult> DraftAsync(
        long id,
        DraftDecisionInput input,
        HttpContext http,
        DecisionDrafting s,
        ApplicationReading reading,
        CancellationToken ct
    ) => Card(reading, http, id, () => s.DraftAsync(http.Current(), id, input, ct), ct);

    private static Task<IResult> VisaAsync(
        long id,
        StepInput input,
        HttpContext http,
        DecisionSigning s,
        ApplicationReading reading,
        CancellationToken ct
    ) => Card(reading, http, id, () => s.VisaAsync(http.Current(), id, input, ct), ct);

    private static Task<IResult> SignAsync(
        long id,
        StepInput input,
        HttpContext http,
        DecisionSigning s,
        ApplicationReading reading,
        CancellationToken ct
    ) => Card(reading, http, id, () => s.SignAsync(http.Current(), id, input, ct), ct);

    private static Task<IResult> ReturnAsync(
        long id,
        StepInput input,
        HttpContext http,
        DecisionSigning s,
        ApplicationReading reading,
        CancellationToken ct
    ) => Card(reading, http, id, () => s.ReturnAsync(http.Current(), id, input, ct), ct);

    private static Task<IResult> WithdrawAsync(
        long id,
        StepInput input,
        HttpContext http,
        DecisionSigning s,
        ApplicationReading reading,
        CancellationToken ct
    ) => Card(reading, http, id, () => s.WithdrawAsync(http.Current(), id, input, ct), ct);

    // The procedure after the signature.

    private static Task<IResult> NoticeAsync(
        long id,
        NoticeInput input,
        HttpContext http,
        ApplicationProcedure s,
        ApplicationReading reading,
        CancellationToken ct
    ) => Card(reading, http, id, () => s.RecordNoticeAsync(http.Current(), id, input, ct), ct);

    private static Task<IResult> CheckRefusalAsync(
        long id,
        RefusalCheckInput input,
        HttpContext http,
        ApplicationProcedure s,
        ApplicationReading reading,
        CancellationToken ct
    ) => Card(reading, http, id, () => s.CheckRefusalAsync(http.Current(), id, input, ct), ct);

    private static Task<IResult> ResubmitRefusalAsync(
        long id,
        StepInput input,
        HttpContext http,
        ApplicationProcedure s,
        ApplicationReading reading,
        CancellationToken ct
    ) => Card(reading, http, id, () => s.ResubmitRefusalAsync(http.Current(), id, input, ct), ct);

    private static Task<IResult> RefusalSentAsync(
        long id,
        RefusalSentInput input,
        HttpContext http,
        ApplicationProcedure s,
        ApplicationReading reading,
        CancellationToken ct
    ) => Card(reading, http, id, () => s.RefusalSentAsync(http.Current(), id, input, ct), ct);

    // Printed forms.

    private static async Task<IResult> ApplicationFormAsync(long id, int appendix, HttpContext http, ApplicationPrints s, CancellationToken ct) =>
        File(await s.ApplicationFormAsync(http.Current(), id, appendix, ct));

    private static async Task<IResult> NoticeDocxAsync(long id, HttpContext http, ApplicationPrints s, CancellationToken ct) =>
        File(await s.NoticeAsync(http.Current(), id, ct));

    private static async Task<IResult> DecisionDocxAsync(long id, HttpContext http, ApplicationPrints s, CancellationToken ct) =>
        File(await s.DecisionAsync(http.Current(), id, ct));

    private static async Task<IResult> RefusalDocxAsync(long id, long? itemId, HttpContext http, ApplicationPrints s, CancellationToken ct) =>
        File(await s.RefusalAsync(http.Current(), id, itemId, ct));

    private static ApplicationFilter Filter(string? status, bool? overdue, int? measureId, string? q, int? page, int? pageSize) => new()
    {
        Status = QueryEnum.Parse<ApplicationStatus>(status, "status"), Overdue = overdue ?? false, MeasureId = measureId, Q = q,
        Page = page ?? 1, PageSize = pageSize ?? 25,
    };

    private static async Task<IResult> Card(
        ApplicationReading s,
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

    private static IResult File(ApplicationFile f) => Results.File(f.Content, f.ContentType, f.FileName);

    private static RouteHandlerBuilder Writes(this RouteHandlerBuilder b) =>
        b.RequireAuthorization(Policies.MeasuresWrite).ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);

    /// <summary>The Ministry's check of a refusal: its own policy instead of the department's write policy.</summary>
    private static RouteHandlerBuilder ChecksRefusals(this RouteHandlerBuilder b) =>
        b.RequireAuthorization(Policies.RefusalCheck).ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
}
