using Sobes.Domain.Registry;
using Sobes.Infrastructure.Audit;
using Sobes.Infrastructure.Registry;
using Sobes.Web.Auth;

namespace Sobes.Web.Areas.Registry.Api;

public static class CitizensApi
{
    public static void MapCitizensApi(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/v1/citizens").WithTags("Регистр граждан");

        g.MapGet(
                "/",
                async (
                    HttpContext http,
                    RegistryService registry,
                    string? snils,
                    string? q,
                    DateOnly? birthDate,
                    string? address,
                    int? page,
                    int? pageSize,
                    CancellationToken ct
                ) =>
                    await registry.SearchAsync(
                        http.Current(),
                        new CitizenSearch(snils, q, birthDate, address, page ?? 1, pageSize ?? 20),
                        ct
                    )
            )
            .WithSummary("Поиск личных дел: по СНИЛС, по фамилии с началом имени и отчества, по дате рождения, по адресу");

        g.MapGet("/{id:long}", async (long id, HttpContext http, RegistryService registry, CancellationToken ct) =>
        {
            var user = http.Current();
            var c = await registry.GetAsync(user, id, ct);
            return CitizenDto.From(c, await registry.InverseTiesAsync(user, id, ct));
        }).WithSummary("Личное дело (чтение записывается в журнал аудита)").ProducesProblem(404);

        g.MapPost("/", async (CitizenInput input, bool? confirmDuplicate, HttpContext http, RegistryService registry, CancellationToken ct) =>
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
            return Results.Created($"/api/v1/citizens/{result.Citizen.Id}", CitizenDto.From(result.Citizen, warnings: result.ProbableDuplicates));
        }).WithSummary("Создать личное дело").RequireAuthorization(Policies.RegistryWrite)
          .Produces<CitizenDto>(201).ProducesValidationProblem().ProducesProblem(409);

        g.MapPut("/{id:long}", async (long id, CitizenUpdateRequest input, HttpContext http, RegistryService registry, CancellationToken ct) =>
        {
            var user = http.Current();
            var c = await registry.UpdateAsync(user, id, input, input.Version, ct);
            return CitizenDto.From(c, await registry.InverseTiesAsync(user, id, ct));
        }).WithSummary("Изменить личное дело").RequireAuthorization(Policies.RegistryWrite)
          .ProducesValidationProblem().ProducesProblem(404).ProducesProblem(409);

        g.MapGet("/{id:long}/history", async (long id, HttpContext http, RegistryService registry, AuditQuery audit, CancellationToken ct) =>
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
        }).WithSummary("История изменений личного дела");

        MapDetails(g);
    }

    private static void MapDetails(RouteGroupBuilder g)
    {
        g.MapPost("/{id:long}/family-ties", async (long id, FamilyTieInput input, HttpContext http, CitizenDetailsService details, CancellationToken ct) =>
        {
            var tie = await details.AddFamilyTieAsync(http.Current(), id, input, ct);
            return Results.Created($"/api/v1/citizens/{id}", new { tie.Id, tie.RelativeId, tie.Relation });
        }).WithSummary("Добавить родственную связь").RequireAuthorization(Policies.RegistryWrite);
        g.MapDelete("/{id:long}/family-ties/{tieId:long}", async (long id, long tieId, HttpContext http, CitizenDetailsService details, CancellationToken ct) =>
        {
            await details.RemoveFamilyTieAsync(http.Current(), id, tieId, ct);
            return Results.NoContent();
        }).WithSummary("Удалить родственную связь").RequireAuthorization(Policies.RegistryWrite);

        g.MapPost("/{id:long}/categories", async (long id, CategoryInput input, HttpContext http, CitizenDetailsService details, CancellationToken ct) =>
        {
            var cat = await details.AddCategoryAsync(http.Current(), id, input, ct);
            return Results.Created($"/api/v1/citizens/{id}", new { cat.Id, cat.CategoryKindId });
        }).WithSummary("Добавить категорию с подтверждающим документом").RequireAuthorization(Policies.RegistryWrite);
        g.MapDelete("/{id:long}/categories/{categoryId:long}", async (long id, long categoryId, HttpContext http, CitizenDetailsService details, CancellationToken ct) =>
        {
            await details.RemoveCategoryAsync(http.Current(), id, categoryId, ct);
            return Results.NoContent();
        }).WithSummary("Удалить категорию").RequireAuthorization(Policies.RegistryWrite);

        g.MapPost("/{id:long}/documents", async (long id, DocumentInput input, HttpContext http, CitizenDetailsService details, CancellationToken ct) =>
        {
            var doc = await details.AddDocumentAsync(http.Current(), id, input, ct);
            return Results.Created($"/api/v1/citizens/{id}", new { doc.Id, doc.Type });
        }).WithSummary("Добавить документ в личное дело").RequireAuthorization(Policies.RegistryWrite);
        g.MapDelete("/{id:long}/documents/{documentId:long}", async (long id, long documentId, HttpContext http, CitizenDetailsService details, CancellationToken ct) =>
        {
            await details.RemoveDocumentAsync(http.Current(), id, documentId, ct);
            return Results.NoContent();
        }).WithSummary("Удалить документ").RequireAuthorization(Policies.RegistryWrite);
    }
}
