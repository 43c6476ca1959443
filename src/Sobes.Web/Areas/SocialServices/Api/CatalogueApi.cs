using Sobes.Domain.SocialServices;
using Sobes.Infrastructure.SocialServices;
using Sobes.Web.Auth;
using Docs = Sobes.Web.Areas.SocialServices.Api.SocialServicesApiDocs;

namespace Sobes.Web.Areas.SocialServices.Api;

internal static class CatalogueApi
{
    public static void MapCatalogueApi(this RouteGroupBuilder root)
    {
        var g = root.MapGroup("").WithTags(Docs.CatalogueTag);
        g.MapGet("/catalogue", ListAsync).WithSummary(Docs.Catalogue);
        g.MapPost("/catalogue", AddServiceAsync).WithSummary(Docs.AddService).Writes();
        g.MapGet("/tariffs", TariffsAsync).WithSummary(Docs.Tariffs);
        g.MapPost("/tariffs", AddTariffAsync).WithSummary(Docs.AddTariff).Writes();
        g.MapGet("/subsistence-minimums", SubsistenceMinimumsAsync).WithSummary(Docs.SubsistenceMinimums);
        g.MapPost("/subsistence-minimums", AddSubsistenceMinimumAsync).WithSummary(Docs.AddSubsistenceMinimum).Writes();
        g.MapGet("/fee-rules", FeeRulesAsync).WithSummary(Docs.FeeRules);
    }

    private static async Task<IEnumerable<CatalogueItemDto>> ListAsync(DateOnly? on, CatalogueService catalogue, CancellationToken ct) =>
        (await catalogue.ListAsync(on ?? catalogue.Today, ct: ct)).Select(CatalogueItemDto.From);

    private static async Task<IResult> AddServiceAsync(SocialServiceInput input, HttpContext http, CatalogueService catalogue, CancellationToken ct)
    {
        var s = await catalogue.AddServiceAsync(http.Current(), input, ct);
        return Results.Created($"{SocialServicesApi.Prefix}/catalogue", new { s.Id, s.Code });
    }

    private static async Task<IEnumerable<TariffDto?>> TariffsAsync(CatalogueService catalogue, CancellationToken ct) =>
        (await catalogue.TariffsAsync(ct)).Select(t => TariffDto.From(t));

    private static async Task<IResult> AddTariffAsync(TariffInput input, HttpContext http, CatalogueService catalogue, CancellationToken ct) =>
        Results.Created($"{SocialServicesApi.Prefix}/tariffs", TariffDto.From(await catalogue.AddTariffAsync(http.Current(), input, ct)));

    private static async Task<IEnumerable<object>> SubsistenceMinimumsAsync(CatalogueService catalogue, CancellationToken ct) =>
        (await catalogue.SubsistenceMinimumsAsync(ct)).Select(Minimum);

    private static async Task<IResult> AddSubsistenceMinimumAsync(
        SubsistenceMinimumInput input,
        HttpContext http,
        CatalogueService catalogue,
        CancellationToken ct
    ) =>
        Results.Created(
            $"{SocialServicesApi.Prefix}/subsistence-minimums",
            Minimum(await catalogue.AddSubsistenceMinimumAsync(http.Current(), input, ct))
        );

    private static object Minimum(SubsistenceMinimum m) => new { m.Id, m.Region, m.Group, m.ValidFrom, m.Amount, m.LegalAct };

    private static Task<List<FeeRule>> FeeRulesAsync(CatalogueService catalogue, CancellationToken ct) => catalogue.FeeRulesAsync(ct);
}
