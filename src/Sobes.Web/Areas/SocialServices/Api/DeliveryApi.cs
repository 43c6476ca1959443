using Sobes.Infrastructure.SocialServices;
using Sobes.Web.Auth;

namespace Sobes.Web.Areas.SocialServices.Api;

internal static class DeliveryApi
{
    public static void MapDeliveryApi(this RouteGroupBuilder root)
    {
        var g = root.MapGroup("").WithTags("Социальное обслуживание: оказанные услуги и акты");
        g.MapGet("/recipients", async (DateOnly? on, HttpContext http, DeliveryService delivery, CatalogueService catalogue, CancellationToken ct) =>
                (await delivery.RecipientsAsync(http.Current(), on ?? catalogue.Today, ct)).Select(r => new
                {
                    r.ContractId, r.ContractNumber, r.CitizenId, r.CitizenName, r.Form,
                    services = r.Services.Select(s => new { s.Id, s.Code, s.Name, s.Unit, s.TimeNormMinutes }),
                }))
            .WithSummary("Получатели с действующим договором вашей организации и услуги их программ — для отметки услуг");
        g.MapGet("/delivered-services", async (DateOnly? from, DateOnly? to, long? citizenId, HttpContext http, DeliveryService delivery, CatalogueService catalogue, CancellationToken ct) =>
            {
                var today = catalogue.Today;
                return await delivery.ListAsync(http.Current(), from ?? today.AddDays(-30), to ?? today, citizenId, ct: ct);
            })
            .WithSummary("Журнал оказанных услуг за период");
        g.MapPost("/delivered-services", async (DeliveryInput input, HttpContext http, DeliveryService delivery, CancellationToken ct) =>
            {
                var d = await delivery.RecordAsync(http.Current(), input, ct);
                return Results.Created($"{SocialServicesApi.Prefix}/delivered-services/{d.Id}", new { d.Id, d.CitizenId, d.SocialServiceId, d.DeliveredOn, d.Quantity, d.Minutes });
            })
            .WithSummary("Отметить оказанную услугу: получатель (договор), услуга программы, дата, количество, минуты").Writes();
        g.MapDelete("/delivered-services/{id:long}", async (long id, HttpContext http, DeliveryService delivery, CancellationToken ct) =>
            {
                await delivery.DeleteAsync(http.Current(), id, ct);
                return Results.NoContent();
            })
            .WithSummary("Удалить ошибочную отметку (пока акт за месяц не подписан)").Writes();

        g.MapGet("/acts", async (int year, int? month, HttpContext http, ServiceActService acts, CancellationToken ct) => await acts.ListAsync(http.Current(), year, month, ct))
            .WithSummary("Акты о предоставленных услугах за месяц или год");
        g.MapPost("/acts/generate", async (GenerateActsInput input, HttpContext http, ServiceActService acts, CancellationToken ct) =>
                await acts.GenerateMonthAsync(http.Current(), input.Year, input.Month, ct))
            .WithSummary("Составить акты за месяц по всем договорам с оказанными услугами (подписанные не изменяются)").Writes();
        g.MapGet("/acts/{id:long}", async (long id, HttpContext http, ServiceActService acts, CancellationToken ct) => ServiceActDto.From(await acts.GetAsync(http.Current(), id, ct)))
            .WithSummary("Акт с расчётом платы (ст. 31–32 442-ФЗ) и его пояснением").ProducesProblem(404);
        g.MapPost("/acts/{id:long}/sign", async (long id, SignInput input, HttpContext http, ServiceActService acts, CancellationToken ct) =>
            {
                var user = http.Current();
                await acts.SignAsync(user, id, input.SignedOn, ct);
                return ServiceActDto.From(await acts.GetAsync(user, id, ct));
            })
            .WithSummary("Подписать акт; подписанный акт и услуги его месяца больше не меняются").Writes();
    }
}
