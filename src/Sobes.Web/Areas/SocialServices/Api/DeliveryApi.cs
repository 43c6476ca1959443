using Sobes.Infrastructure.SocialServices;
using Sobes.Web.Auth;
using Docs = Sobes.Web.Areas.SocialServices.Api.SocialServicesApiDocs;

namespace Sobes.Web.Areas.SocialServices.Api;

internal static class DeliveryApi
{
    public static void MapDeliveryApi(this RouteGroupBuilder root)
    {
        var g = root.MapGroup("").WithTags(Docs.DeliveryTag);
        g.MapGet("/recipients", RecipientsAsync).WithSummary(Docs.Recipients);
        g.MapGet("/delivered-services", DeliveredAsync).WithSummary(Docs.Delivered);
        g.MapPost("/delivered-services", RecordAsync).WithSummary(Docs.RecordDelivered).Writes();
        g.MapDelete("/delivered-services/{id:long}", DeleteAsync).WithSummary(Docs.DeleteDelivered).Writes();
        g.MapGet("/acts", ActsAsync).WithSummary(Docs.Acts);
        g.MapPost("/acts/generate", GenerateAsync).WithSummary(Docs.GenerateActs).Writes();
        g.MapGet("/acts/{id:long}", ActAsync).WithSummary(Docs.Act).ProducesProblem(404);
        g.MapPost("/acts/{id:long}/sign", SignAsync).WithSummary(Docs.SignAct).Writes();
    }

    private static async Task<IEnumerable<object>> RecipientsAsync(
        DateOnly? on, HttpContext http, DeliveryService delivery, CatalogueService catalogue, CancellationToken ct) =>
        (await delivery.RecipientsAsync(http.Current(), on ?? catalogue.Today, ct)).Select(r => new
        {
            r.ContractId, r.ContractNumber, r.CitizenId, r.CitizenName, r.Form,
            services = r.Services.Select(s => new { s.Id, s.Code, s.Name, s.Unit, s.TimeNormMinutes }),
        });

    private static Task<IReadOnlyList<DeliveredListItem>> DeliveredAsync(DateOnly? from, DateOnly? to, long? citizenId, HttpContext http,
        DeliveryService delivery, CatalogueService catalogue, CancellationToken ct)
    {
        var today = catalogue.Today;
        return delivery.ListAsync(http.Current(), from ?? today.AddDays(-30), to ?? today, citizenId, ct: ct);
    }

    private static async Task<IResult> RecordAsync(DeliveryInput input, HttpContext http, DeliveryService delivery, CancellationToken ct)
    {
        var d = await delivery.RecordAsync(http.Current(), input, ct);
        return Results.Created($"{SocialServicesApi.Prefix}/delivered-services/{d.Id}",
            new { d.Id, d.CitizenId, d.SocialServiceId, d.DeliveredOn, d.Quantity, d.Minutes });
    }

    private static async Task<IResult> DeleteAsync(long id, HttpContext http, DeliveryService delivery, CancellationToken ct)
    {
        await delivery.DeleteAsync(http.Current(), id, ct);
        return Results.NoContent();
    }

    private static Task<IReadOnlyList<ServiceActListItem>> ActsAsync(
        int year,
        int? month,
        HttpContext http,
        ServiceActService acts,
        CancellationToken ct
    ) => acts.ListAsync(http.Current(), year, month, ct);

    private static Task<ServiceActGenerationResult> GenerateAsync(
        GenerateActsInput input,
        HttpContext http,
        ServiceActService acts,
        CancellationToken ct
    ) => acts.GenerateMonthAsync(http.Current(), input.Year, input.Month, ct);

    private static async Task<ServiceActDto> ActAsync(long id, HttpContext http, ServiceActService acts, CancellationToken ct) =>
        ServiceActDto.From(await acts.GetAsync(http.Current(), id, ct));

    private static async Task<ServiceActDto> SignAsync(long id, SignInput input, HttpContext http, ServiceActService acts, CancellationToken ct)
    {
        var user = http.Current();
        await acts.SignAsync(user, id, input.SignedOn, ct);
        return ServiceActDto.From(await acts.GetAsync(user, id, ct));
    }
}
