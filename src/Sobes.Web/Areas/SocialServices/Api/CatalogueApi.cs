using Sobes.Infrastructure.SocialServices;
using Sobes.Web.Auth;

namespace Sobes.Web.Areas.SocialServices.Api;

internal static class CatalogueApi
{
    public static void MapCatalogueApi(this RouteGroupBuilder root)
    {
        var g = root.MapGroup("").WithTags("Социальное обслуживание: перечень услуг и тарифы");
        g.MapGet("/catalogue", async (DateOnly? on, CatalogueService catalogue, CancellationToken ct) =>
                (await catalogue.ListAsync(on ?? catalogue.Today, ct: ct)).Select(CatalogueItemDto.From))
            .WithSummary("Перечень социальных услуг по формам и видам: единица, норма времени, тариф и предельный тариф на дату");
        g.MapPost("/catalogue", async (SocialServiceInput input, HttpContext http, CatalogueService catalogue, CancellationToken ct) =>
        {
            var s = await catalogue.AddServiceAsync(http.Current(), input, ct);
            return Results.Created($"{SocialServicesApi.Prefix}/catalogue", new { s.Id, s.Code });
        }).WithSummary("Добавить услугу в перечень (администратор, руководитель)").Writes();

        g.MapGet("/tariffs", async (CatalogueService catalogue, CancellationToken ct) => (await catalogue.TariffsAsync(ct)).Select(t => TariffDto.From(t)))
            .WithSummary("Тарифы (датированные): на услугу или на форму обслуживания, предельные тарифы на платные услуги");
        g.MapPost("/tariffs", async (TariffInput input, HttpContext http, CatalogueService catalogue, CancellationToken ct) =>
                Results.Created($"{SocialServicesApi.Prefix}/tariffs", TariffDto.From(await catalogue.AddTariffAsync(http.Current(), input, ct))))
            .WithSummary("Установить тариф с даты (администратор, руководитель)").Writes();

        g.MapGet("/subsistence-minimums", async (CatalogueService catalogue, CancellationToken ct) =>
                (await catalogue.SubsistenceMinimumsAsync(ct)).Select(m => new { m.Id, m.Region, m.Group, m.ValidFrom, m.Amount, m.LegalAct }))
            .WithSummary("Величины прожиточного минимума региона по группам населения, с датами и актами");
        g.MapPost("/subsistence-minimums", async (SubsistenceMinimumInput input, HttpContext http, CatalogueService catalogue, CancellationToken ct) =>
            {
                var m = await catalogue.AddSubsistenceMinimumAsync(http.Current(), input, ct);
                return Results.Created($"{SocialServicesApi.Prefix}/subsistence-minimums", new { m.Id, m.Region, m.Group, m.ValidFrom, m.Amount, m.LegalAct });
            })
            .WithSummary("Внести величину прожиточного минимума (администратор, руководитель)").Writes();
        g.MapGet("/fee-rules", async (CatalogueService catalogue, CancellationToken ct) => await catalogue.FeeRulesAsync(ct))
            .WithSummary("Правила расчёта платы: множитель предельной величины дохода (1,5), доли 50 % и 75 % (ст. 31–32 442-ФЗ)");
    }
}
