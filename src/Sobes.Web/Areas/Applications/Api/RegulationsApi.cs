using Sobes.Infrastructure.Applications;
using Sobes.Web.Auth;
using Sobes.Web.Infrastructure;

namespace Sobes.Web.Areas.Applications.Api;

/// <summary>Administrative regulations, kept under the catalogue's prefix (/api/v1/measures/regulations), where clients know
/// them.</summary>
internal static class RegulationsApi
{
    public const string Prefix = "/api/v1/measures";

    public static void MapRegulationsApi(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup(Prefix).WithTags("Меры поддержки: каталог, размеры, регламенты");
        g.MapGet("/regulations", ListAsync).WithSummary(ApplicationsApiDocs.RegulationList);
        g.MapGet("/regulations/{id:int}", GetAsync).WithSummary(ApplicationsApiDocs.RegulationCard);
        g.MapPut("/regulations/{id:int}/deadline", SetDeadlineAsync).WithSummary(ApplicationsApiDocs.RegulationDeadline).Writes();
        g.MapPost("/regulations/{id:int}/documents", AddDocumentAsync).WithSummary(ApplicationsApiDocs.RegulationAddDocument).Writes();
        g.MapDelete("/regulations/{id:int}/documents/{documentId:int}", RemoveDocumentAsync)
            .WithSummary(ApplicationsApiDocs.RegulationRemoveDocument)
            .Writes();
        g.MapPost("/regulations/{id:int}/refusal-grounds", AddGroundAsync).WithSummary(ApplicationsApiDocs.RegulationAddGround).Writes();
        g.MapDelete("/regulations/{id:int}/refusal-grounds/{groundId:int}", RemoveGroundAsync)
            .WithSummary(ApplicationsApiDocs.RegulationRemoveGround)
            .Writes();
    }

    private static async Task<IEnumerable<RegulationListDto>> ListAsync(RegulationService regulations, CancellationToken ct) =>
        (await regulations.RegulationsAsync(ct)).Select(x => new RegulationListDto(x.Regulation.Id, x.Regulation.Code, x.Regulation.Name,
            DurationDto.From(x.Regulation.DecisionDeadline), x.Measures));

    private static async Task<RegulationDto> GetAsync(int id, RegulationService regulations, CancellationToken ct) =>
        RegulationDto.From(await regulations.RegulationAsync(id, ct));

    private static async Task<RegulationDto> SetDeadlineAsync(int id, DeadlineInput input, HttpContext http, RegulationService regulations,
        CancellationToken ct)
    {
        await regulations.SetDeadlineAsync(http.Current(), id, input, ct);
        return RegulationDto.From(await regulations.RegulationAsync(id, ct));
    }

    private static async Task<IResult> AddDocumentAsync(int id, RegulationDocumentInput input, HttpContext http, RegulationService regulations,
        CancellationToken ct) =>
        Results.Created($"{Prefix}/regulations/{id}", RegulationDocumentDto.From(await regulations.AddDocumentAsync(http.Current(), id, input, ct)));

    private static async Task<IResult> RemoveDocumentAsync(
        int id,
        int documentId,
        HttpContext http,
        RegulationService regulations,
        CancellationToken ct
    )
    {
        await regulations.RemoveDocumentAsync(http.Current(), id, documentId, ct);
        return Results.NoContent();
    }

    private static async Task<IResult> AddGroundAsync(int id, RefusalGroundInput input, HttpContext http, RegulationService regulations,
        CancellationToken ct) =>
        Results.Created($"{Prefix}/regulations/{id}", RefusalGroundDto.From(await regulations.AddRefusalGroundAsync(http.Current(), id, input, ct)));

    private static async Task<IResult> RemoveGroundAsync(int id, int groundId, HttpContext http, RegulationService regulations, CancellationToken ct)
    {
        await regulations.RemoveRefusalGroundAsync(http.Current(), id, groundId, ct);
        return Results.NoContent();
    }

    /// <summary>Writes need a role of the catalogue's write policy; the service lets only catalogue editors through.</summary>
    private static RouteHandlerBuilder Writes(this RouteHandlerBuilder b) =>
        b.RequireAuthorization(Policies.MeasuresWrite).ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
}
