using Sobes.Domain.Common;
using Sobes.Domain.Registry;
using Sobes.Infrastructure.Audit;
using Sobes.Infrastructure.Registry;
using Sobes.Web.Auth;

namespace Sobes.Web.Areas.Registry.Api;

public static class CitizensApi
{
    private const string Prefix = "/api/v1/citizens";

    public static void MapCitizensApi(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup(Prefix).WithTags("Регистр граждан");
        g.MapGet("/", SearchAsync).WithSummary(RegistryApiDocs.Search);
        g.MapGet("/{id:long}", GetAsync).WithSummary(RegistryApiDocs.Get).ProducesProblem(404);
        g.MapPost("/", CreateAsync).WithSummary(RegistryApiDocs.Create).Writes().Produces<CitizenDto>(201).Refusals();
        g.MapPut("/{id:long}", UpdateAsync).WithSummary(RegistryApiDocs.Update).Writes().ProducesProblem(404).Refusals();
        g.MapGet("/{id:long}/history", HistoryAsync).WithSummary(RegistryApiDocs.History);

        g.MapPost("/{id:long}/family-ties", AddFamilyTieAsync).WithSummary(RegistryApiDocs.AddFamilyTie).Writes();
        g.MapDelete("/{id:long}/family-ties/{tieId:long}", RemoveFamilyTieAsync).WithSummary(RegistryApiDocs.RemoveFamilyTie).Writes();
        g.MapPost("/{id:long}/categories", AddCategoryAsync).WithSummary(RegistryApiDocs.AddCategory).Writes();
        g.MapDelete("/{id:long}/categories/{categoryId:long}", RemoveCategoryAsync).WithSummary(RegistryApiDocs.RemoveCategory).Writes();
        g.MapPost("/{id:long}/documents", AddDocumentAsync).WithSummary(RegistryApiDocs.AddDocument).Writes();
        g.MapDelete("/{id:long}/documents/{documentId:long}", RemoveDocumentAsync).WithSummary(RegistryApiDocs.RemoveDocument).Writes();
    }

    private static async Task<Paged<CitizenListItem>> SearchAsync(
        HttpContext http,
        RegistryService registry,
        string? snils,
        string? q,
        DateOnly? birthDate,
        string? address,
        int? page,
        int? pageSize,
        CancellationToken ct
    ) => await registry.SearchAsync(http.Current(), new CitizenSearch(snils, q, birthDate, address, page ?? 1, pageSize ?? 20), ct);

    private static async Task<CitizenDto> GetAsync(long id, HttpContext http, RegistryService registry, CancellationToken ct)
    {
        var user = http.Current();
        var c = await registry.GetAsync(user, id, ct);
        return CitizenDto.From(c, await registry.InverseTiesAsync(user, id, ct));
    }

    private static async Task<IResult> CreateAsync(
        CitizenInput input,
        bool? confirmDuplicate,
        HttpContext http,
        RegistryService registry,
        CancellationToken ct
    )
    {
        // The API creates a probable duplicate (same name and birth date) and returns it as a warning;
        // the UI asks the user first. A duplicate СНИЛС is always refused with 409.
        var result = await registry.CreateAsync(http.Current(), input, confirmProbableDuplicate: confirmDuplicate ?? true, ct);
        if (result.Citizen is null)
            return Results.Problem(
                statusCode: 409,
                title: "Возможный дубликат.",
                detail: "Найдены личные дела с теми же ФИО и датой рождения: "
                    + string.Join(", ", result.ProbableDuplicates.Select(d => $"№ {d.CitizenId} {d.FullName}"))
            );
        return Results.Created($"{Prefix}/{result.Citizen.Id}", CitizenDto.From(result.Citizen, warnings: result.ProbableDuplicates));
    }

    private static async Task<CitizenDto> UpdateAsync(
        long id,
        CitizenUpdateRequest input,
        HttpContext http,
        RegistryService registry,
        CancellationToken ct
    )
    {
        var user = http.Current();
        var c = await registry.UpdateAsync(user, id, input, input.Version, ct);
        return CitizenDto.From(c, await registry.InverseTiesAsync(user, id, ct));
    }

    private static async Task<IEnumerable<object>> HistoryAsync(
        long id,
        HttpContext http,
        RegistryService registry,
        AuditQuery audit,
        CancellationToken ct
    )
    {
        await registry.GetAsync(http.Current(), id, ct);
        var rows = await audit.HistoryOfAsync(id, ct);
        return rows.Select(a => new
        {
            a.Id,
            a.AtUtc,
            a.UserLogin,
            action = a.Action.ToString(),
            a.EntityType,
            a.Summary,
            changes = AuditLog.ParseChanges(a.Changes),
        });
    }

    private static async Task<IResult> AddFamilyTieAsync(
        long id,
        FamilyTieInput input,
        HttpContext http,
        CitizenDetailsService details,
        CancellationToken ct
    )
    {
        var tie = await details.AddFamilyTieAsync(http.Current(), id, input, ct);
        return Results.Created($"{Prefix}/{id}", new { tie.Id, tie.RelativeId, tie.Relation });
    }

    private static async Task<IResult> RemoveFamilyTieAsync(
        long id,
        long tieId,
        HttpContext http,
        CitizenDetailsService details,
        CancellationToken ct
    )
    {
        await details.RemoveFamilyTieAsync(http.Current(), id, tieId, ct);
        return Results.NoContent();
    }

    private static async Task<IResult> AddCategoryAsync(
        long id,
        CategoryInput input,
        HttpContext http,
        CitizenDetailsService details,
        CancellationToken ct
    )
    {
        var cat = await details.AddCategoryAsync(http.Current(), id, input, ct);
        return Results.Created($"{Prefix}/{id}", new { cat.Id, cat.CategoryKindId });
    }

    private static async Task<IResult> RemoveCategoryAsync(
        long id,
        long categoryId,
        HttpContext http,
        CitizenDetailsService details,
        CancellationToken ct
    )
    {
        await details.RemoveCategoryAsync(http.Current(), id, categoryId, ct);
        return Results.NoContent();
    }

    private static async Task<IResult> AddDocumentAsync(
        long id,
        DocumentInput input,
        HttpContext http,
        CitizenDetailsService details,
        CancellationToken ct
    )
    {
        var doc = await details.AddDocumentAsync(http.Current(), id, input, ct);
        return Results.Created($"{Prefix}/{id}", new { doc.Id, doc.Type });
    }

    private static async Task<IResult> RemoveDocumentAsync(
        long id,
        long documentId,
        HttpContext http,
        CitizenDetailsService details,
        CancellationToken ct
    )
    {
        await details.RemoveDocumentAsync(http.Current(), id, documentId, ct);
        return Results.NoContent();
    }

    private static RouteHandlerBuilder Writes(this RouteHandlerBuilder b) => b.RequireAuthorization(Policies.RegistryWrite);

    private static RouteHandlerBuilder Refusals(this RouteHandlerBuilder b) => b.ProducesValidationProblem().ProducesProblem(409);
}
