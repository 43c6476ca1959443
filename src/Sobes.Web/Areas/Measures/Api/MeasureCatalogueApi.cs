using Sobes.Domain.Measures;
using Sobes.Infrastructure.Measures;
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
        g.MapGet("/", ListMeasuresAsync).WithSummary(MeasuresApiDocs.ListMeasures);
        g.MapGet("/{id:int}", GetMeasureAsync).WithSummary(MeasuresApiDocs.GetMeasure);
        g.MapPost("/", CreateMeasureAsync).WithSummary(MeasuresApiDocs.CreateMeasure).Writes();
        g.MapPut("/{id:int}", UpdateMeasureAsync).WithSummary(MeasuresApiDocs.UpdateMeasure).Writes();
        g.MapPost("/{id:int}/amounts", AddAmountAsync).WithSummary(MeasuresApiDocs.AddAmount).Writes();

        g.MapGet("/parameters", ListParametersAsync).WithSummary(MeasuresApiDocs.ListParameters);
        g.MapPost("/parameters", AddParameterAsync).WithSummary(MeasuresApiDocs.AddParameter).Writes();

        g.MapGet("/legal-acts", ListLegalActsAsync).WithSummary(MeasuresApiDocs.ListLegalActs);
        g.MapPost("/legal-acts", CreateLegalActAsync).WithSummary(MeasuresApiDocs.CreateLegalAct).Writes();
    }

    private static async Task<IEnumerable<MeasureListDto>> ListMeasuresAsync(
        string? q,
        string? kind,
        string? funding,
        string? category,
        bool? active,
        MeasureCatalogueService catalogue,
        CancellationToken ct
    )
    {
        var filter = new MeasureFilter
        {
            Q = q,
            Kind = QueryEnum.Parse<MeasureKind>(kind, "kind"),
            Funding = QueryEnum.Parse<FundingLevel>(funding, "funding"),
            Category = category,
            Active = active,
        };
        return (await catalogue.ListAsync(filter, ct)).Select(MeasureListDto.From);
    }

    private static async Task<MeasureDto> GetMeasureAsync(int id, MeasureCatalogueService catalogue, CancellationToken ct) =>
        MeasureDto.From(await catalogue.GetAsync(id, ct));

    private static async Task<IResult> CreateMeasureAsync(
        MeasureInput input,
        HttpContext http,
        MeasureCatalogueService catalogue,
        CancellationToken ct
    )
    {
        var m = await catalogue.CreateAsync(http.Current(), input, ct);
        return Results.Created($"{Prefix}/{m.Id}", MeasureDto.From(await catalogue.GetAsync(m.Id, ct)));
    }

    private static async Task<MeasureDto> UpdateMeasureAsync(
        int id,
        MeasureInput input,
        HttpContext http,
        MeasureCatalogueService catalogue,
        CancellationToken ct
    )
    {
        await catalogue.UpdateAsync(http.Current(), id, input, ct);
        return MeasureDto.From(await catalogue.GetAsync(id, ct));
    }

    private static async Task<IResult> AddAmountAsync(
        int id,
        AmountInput input,
        HttpContext http,
        MeasureCatalogueService catalogue,
        CancellationToken ct
    )
    {
        var added = await catalogue.AddAmountAsync(http.Current(), id, input, ct);
        var card = await catalogue.GetAsync(id, ct);
        return Results.Created(
            $"{Prefix}/{id}",
            new AmountAddedDto(AmountDto.From(card.Measure, card.Measure.Amounts.Single(a => a.Id == added.Amount.Id))!, added.Recalculated)
        );
    }

    private static async Task<IEnumerable<ParameterDto>> ListParametersAsync(MeasureParameters parameters, CancellationToken ct) =>
        (await parameters.ParametersAsync(ct)).Select(ParameterDto.From);

    private static async Task<IResult> AddParameterAsync(
        ParameterInput input,
        HttpContext http,
        MeasureParameters parameters,
        CancellationToken ct
    )
    {
        var added = await parameters.AddParameterAsync(http.Current(), input, ct);
        return Results.Created(
            $"{Prefix}/parameters",
            new ParameterAddedDto(ParameterDto.From(added.Parameter), added.Recalculated, added.Measures)
        );
    }

    private static async Task<IEnumerable<LegalActDto>> ListLegalActsAsync(MeasureLegalActs acts, CancellationToken ct) =>
        (await acts.LegalActsAsync(ct)).Select(a => LegalActDto.From(a));

    private static async Task<IResult> CreateLegalActAsync(
        LegalActInput input,
        HttpContext http,
        MeasureLegalActs acts,
        CancellationToken ct
    )
    {
        var act = await acts.CreateLegalActAsync(http.Current(), input, ct);
        return Results.Created($"{Prefix}/legal-acts", LegalActDto.From(act));
    }

    /// <summary>Writes need a role of the module's write policy; the service lets only catalogue editors through.</summary>
    private static RouteHandlerBuilder Writes(this RouteHandlerBuilder b) =>
        b.RequireAuthorization(Policies.MeasuresWrite).ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
}
