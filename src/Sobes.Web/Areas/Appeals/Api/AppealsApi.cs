using Sobes.Domain.Appeals;
using Sobes.Infrastructure.Appeals;
using Sobes.Web.Auth;
using Sobes.Web.Infrastructure;
using Docs = Sobes.Web.Areas.Appeals.Api.AppealsApiDocs;

namespace Sobes.Web.Areas.Appeals.Api;

/// <summary>Complaints under /api/v1/appeals.</summary>
internal static class AppealsApi
{
    public const string Prefix = "/api/v1/appeals";

    public static void MapAppealsEndpoints(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup(Prefix).WithTags(Docs.Tag);
        g.MapGet("/", ListAsync).WithSummary(Docs.List).ProducesValidationProblem();
        g.MapGet("/journal.docx", JournalDocxAsync).WithSummary(Docs.JournalDocx).ProducesValidationProblem();
        g.MapGet("/journal.xlsx", JournalXlsxAsync).WithSummary(Docs.JournalXlsx).ProducesValidationProblem();
        g.MapGet("/counts", CountsAsync).WithSummary(Docs.Counts);
        g.MapGet("/regulations", RegulationsAsync).WithSummary(Docs.Regulations);
        g.MapPost("/", RegisterAsync).WithSummary(Docs.Register).Writes();
        g.MapGet("/{id:long}", GetAsync).WithSummary(Docs.Get).ProducesProblem(404);
        g.MapPost("/{id:long}/extend", ExtendAsync).WithSummary(Docs.Extend).Writes();
        g.MapPost("/{id:long}/answer", AnswerAsync).WithSummary(Docs.Answer).Writes();
        g.MapGet("/{id:long}/extension.docx", ExtensionNoticeAsync).WithSummary(Docs.ExtensionNotice).ProducesProblem(404).ProducesProblem(409);
        g.MapGet("/{id:long}/answer.docx", AnswerLetterAsync).WithSummary(Docs.AnswerLetter).ProducesProblem(404).ProducesProblem(409);
    }

    private static async Task<IReadOnlyList<ComplaintListItem>> ListAsync(int? year, string? status, HttpContext http, ComplaintJournal s,
        CancellationToken ct) => await s.ListAsync(http.Current(), Filter(year, status), ct);

    private static async Task<IResult> JournalDocxAsync(int? year, string? status, HttpContext http, ComplaintLetters s, CancellationToken ct) =>
        File(await s.JournalDocxAsync(http.Current(), Filter(year, status), ct));

    private static async Task<IResult> JournalXlsxAsync(int? year, string? status, HttpContext http, ComplaintLetters s, CancellationToken ct) =>
        File(await s.JournalXlsxAsync(http.Current(), Filter(year, status), ct));

    private static async Task<ComplaintCounts> CountsAsync(HttpContext http, ComplaintJournal s, CancellationToken ct) =>
        await s.CountsAsync(http.Current(), ct);

    private static async Task<IReadOnlyList<RegulationOption>> RegulationsAsync(ComplaintRegistration s, CancellationToken ct) =>
        await s.RegulationsAsync(ct);

    private static async Task<IResult> RegisterAsync(
        RegisterComplaintInput input,
        HttpContext http,
        ComplaintRegistration s,
        ComplaintJournal journal,
        CancellationToken ct
    )
    {
        var user = http.Current();
        var c = await s.RegisterAsync(user, input, ct);
        return Results.Created($"{Prefix}/{c.Id}", ComplaintDto.From(await journal.GetAsync(user, c.Id, ct)));
    }

    private static async Task<ComplaintDto> GetAsync(long id, HttpContext http, ComplaintJournal s, CancellationToken ct) =>
        ComplaintDto.From(await s.GetAsync(http.Current(), id, ct));

    private static async Task<ComplaintDto> ExtendAsync(
        long id,
        ExtendComplaintInput input,
        HttpContext http,
        ComplaintReview s,
        ComplaintJournal journal,
        CancellationToken ct
    )
    {
        await s.ExtendAsync(http.Current(), id, input, ct);
        return ComplaintDto.From(await journal.GetAsync(http.Current(), id, ct));
    }

    private static async Task<ComplaintDto> AnswerAsync(
        long id,
        AnswerComplaintInput input,
        HttpContext http,
        ComplaintReview s,
        ComplaintJournal journal,
        CancellationToken ct
    )
    {
        await s.AnswerAsync(http.Current(), id, input, ct);
        return ComplaintDto.From(await journal.GetAsync(http.Current(), id, ct));
    }

    private static async Task<IResult> ExtensionNoticeAsync(long id, HttpContext http, ComplaintLetters s, CancellationToken ct) =>
        File(await s.ExtensionNoticeAsync(http.Current(), id, ct));

    private static async Task<IResult> AnswerLetterAsync(long id, HttpContext http, ComplaintLetters s, CancellationToken ct) =>
        File(await s.AnswerLetterAsync(http.Current(), id, ct));

    private static ComplaintFilter Filter(int? year, string? status) =>
        new() { Year = year, Status = QueryEnum.Parse<ComplaintStatus>(status, "status") };

    private static IResult File(ComplaintLetters.FileResult f) => Results.File(f.Content, f.ContentType, f.FileName);

    private static RouteHandlerBuilder Writes(this RouteHandlerBuilder b) =>
        b.RequireAuthorization(Policies.MeasuresWrite).ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
}
