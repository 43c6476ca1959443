using Sobes.Infrastructure.Measures;
using Sobes.Domain.Measures;
using Sobes.Web.Auth;
using Sobes.Web.Infrastructure;

namespace Sobes.Web.Areas.Measures.Api;

/// <summary>The catalogue of measures under /api/v1/measures: measures, dated amounts, parameters, legal acts and regulations.</summary>
internal static class MeasureCatalogueApi
{
    public const string Prefix = "/api/v1/measures";

    public static void MapMeasureCatalogueApi(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup(Prefix).WithTags("Меры поддержки: каталог, размеры, регламенты");

        g.MapGet(
                "/",
                async (
                    string? q,
                    string? kind,
                    string? funding,
                    string? category,
                    bool? active,
                    MeasureCatalogueService catalogue,
                    CancellationToken ct
                ) =>
                    (
                        await catalogue.ListAsync(
                            new MeasureFilter
                            {
                                Q = q,
                                Kind = QueryEnum.Parse<MeasureKind>(kind, "kind"),
                                Funding = QueryEnum.Parse<FundingLevel>(funding, "funding"),
                                Category = category,
                                Active = active,
                            },
                            ct
                        )
                    ).Select(MeasureListDto.From)
            )
            .WithSummary(
                "Каталог мер поддержки с размером, действующим сегодня; фильтры: q (код, наименование), kind, funding, category " +
                    "(код категории), active"
            );
        g.MapGet("/{id:int}", async (int id, MeasureCatalogueService catalogue, CancellationToken ct) =>
                MeasureDto.From(await catalogue.GetAsync(id, ct))
            )
            .WithSummary(
                "Мера: основания, условия права, правило размера, история датированных размеров с актами, основания прекращения, " +
                    "регламент, итоги 2023 года по сиду 000"
            );
        g.MapPost("/", async (MeasureInput input, HttpContext http, MeasureCatalogueService catalogue, CancellationToken ct) =>
            {
                var m = await catalogue.CreateAsync(http.Current(), input, ct);
                return Results.Created($"{Prefix}/{m.Id}", MeasureDto.From(await catalogue.GetAsync(m.Id, ct)));
            })
            .WithSummary("Добавить меру в каталог (администратор или руководитель министерства)").Writes();
        g.MapPut("/{id:int}", async (int id, MeasureInput input, HttpContext http, MeasureCatalogueService catalogue, CancellationToken ct) =>
            {
                await catalogue.UpdateAsync(http.Current(), id, input, ct);
                return MeasureDto.From(await catalogue.GetAsync(id, ct));
            })
            .WithSummary("Изменить меру: наименование, условия права, правило размера, сроки, основания прекращения (администратор " +
                "или руководитель министерства)").Writes();
        g.MapPost("/{id:int}/amounts", async (int id, AmountInput input, HttpContext http, MeasureCatalogueService catalogue, CancellationToken ct) =>
            {
                var added = await catalogue.AddAmountAsync(http.Current(), id, input, ct);
                var card = await catalogue.GetAsync(id, ct);
                return Results.Created(
                    $"{Prefix}/{id}",
                    new AmountAddedDto(
                        AmountDto.From(card.Measure, card.Measure.Amounts.Single(a => a.Id == added.Amount.Id))!,
                        added.Recalculated
                    )
                );
            })
            .WithSummary("Новый размер меры с даты (индексация) по акту — из перечня или новому; действующие назначения " +
                "пересчитываются с этой даты, в ответе — их число").Writes();

        g.MapGet("/parameters", async (MeasureCatalogueService catalogue, CancellationToken ct) =>
                (await catalogue.ParametersAsync(ct)).Select(ParameterDto.From)
            )
            .WithSummary(
                "Параметры формул размеров (районный коэффициент РК, стандарт ЖКУ, прожиточный минимум ПМд) по территориям и датам"
            );
        g.MapPost("/parameters", async (ParameterInput input, HttpContext http, MeasureCatalogueService catalogue, CancellationToken ct) =>
            {
                var added = await catalogue.AddParameterAsync(http.Current(), input, ct);
                return Results.Created(
                    $"{Prefix}/parameters",
                    new ParameterAddedDto(ParameterDto.From(added.Parameter), added.Recalculated, added.Measures)
                );
            })
            .WithSummary("Новое значение параметра с даты; назначения мер, формула или процент которых использует параметр, " +
                "пересчитываются").Writes();

        g.MapGet("/legal-acts", async (MeasureCatalogueService catalogue, CancellationToken ct) =>
                (await catalogue.LegalActsAsync(ct)).Select(a => LegalActDto.From(a))
            )
            .WithSummary("Нормативные акты, на которых основаны меры, размеры и регламенты");
        g.MapPost("/legal-acts", async (LegalActInput input, HttpContext http, MeasureCatalogueService catalogue, CancellationToken ct) =>
            {
                var act = await catalogue.CreateLegalActAsync(http.Current(), input, ct);
                return Results.Created($"{Prefix}/legal-acts", LegalActDto.From(act));
            })
            .WithSummary("Внести нормативный акт: вид, номер, дата, название (администратор или руководитель министерства)").Writes();
    }

    /// <summary>Writes need a role of the module's write policy; the service lets only catalogue editors through.</summary>
    private static RouteHandlerBuilder Writes(this RouteHandlerBuilder b) =>
        b.RequireAuthorization(Policies.MeasuresWrite).ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
}
