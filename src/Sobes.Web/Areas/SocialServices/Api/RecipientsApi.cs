using Sobes.Domain.SocialServices;
using Sobes.Infrastructure.SocialServices;
using Sobes.Web.Auth;
using Sobes.Web.Infrastructure;

namespace Sobes.Web.Areas.SocialServices.Api;

internal static class RecipientsApi
{
    public static void MapRecipientsApi(this RouteGroupBuilder root)
    {
        var g = root.MapGroup("").WithTags("Социальное обслуживание: получатели услуг (442-ФЗ)");
        g.MapGet("/applications", async (string? outcome, HttpContext http, RecipientPathService path, CancellationToken ct) =>
                await path.ListAsync(http.Current(), QueryEnum.Parse<NeedRecognitionOutcome>(outcome, "outcome"), ct))
            .WithSummary("Заявления о социальном обслуживании вашей территории, с решением и сроком (5 рабочих дней)");
        g.MapPost("/applications", async (ServiceApplicationInput input, HttpContext http, RecipientPathService path, CancellationToken ct) =>
            {
                var user = http.Current();
                var a = await path.CreateAsync(user, input, ct);
                return Results.Created($"{SocialServicesApi.Prefix}/applications/{a.Id}", ServiceApplicationDto.From(await path.GetAsync(user, a.Id, ct)));
            })
            .WithSummary("Зарегистрировать заявление: семья и доходы за 12 месяцев; срок решения по производственному календарю").Writes();
        g.MapGet("/applications/{id:long}", async (long id, HttpContext http, RecipientPathService path, CancellationToken ct) =>
                ServiceApplicationDto.From(await path.GetAsync(http.Current(), id, ct)))
            .WithSummary("Заявление с решением, ИППСУ и договором (чтение записывается в журнал аудита)").ProducesProblem(404);
        g.MapPost("/applications/{id:long}/decision", async (long id, DecisionInput input, HttpContext http, RecipientPathService path, CancellationToken ct) =>
            {
                var user = http.Current();
                await path.DecideAsync(user, id, input, ct);
                return ServiceApplicationDto.From(await path.GetAsync(user, id, ct));
            })
            .WithSummary("Решение: признать нуждающимся (с формой обслуживания) или отказать (с причиной)").Writes();
        g.MapPost("/applications/{id:long}/programmes", async (long id, ProgrammeInput input, HttpContext http, RecipientPathService path, CancellationToken ct) =>
            {
                var p = await path.CreateProgrammeAsync(http.Current(), id, input, ct);
                return Results.Created($"{SocialServicesApi.Prefix}/applications/{id}", new { p.Id, p.Number, p.NextReviewOn });
            })
            .WithSummary("Составить индивидуальную программу (ИППСУ): услуги, объёмы, сроки; пересмотр не реже раза в 3 года").Writes();
        g.MapPost("/programmes/{id:long}/contract", async (long id, ServiceContractInput input, HttpContext http, RecipientPathService path, CancellationToken ct) =>
                Results.Created($"{SocialServicesApi.Prefix}/programmes/{id}", ServiceContractDto.From(await path.ConcludeContractAsync(http.Current(), id, input, ct))))
            .WithSummary("Заключить договор о предоставлении социальных услуг (в течение суток с представления программы)").Writes();
        g.MapGet("/programmes/due-for-review", async (int? days, HttpContext http, RecipientPathService path, CancellationToken ct) =>
                await path.DueForReviewAsync(http.Current(), days ?? Sobes.Domain.SocialServices.IndividualProgrammeRules.ReviewNoticeDays, ct))
            .WithSummary("Программы к пересмотру: срок пересмотра в ближайшие 60 дней (days=) или пропущен (ст. 16 ч. 5 442-ФЗ)");
        g.MapPost("/programmes/{id:long}/review", async (long id, ProgrammeReviewInput input, HttpContext http, RecipientPathService path, CancellationToken ct) =>
            {
                var p = await path.ReviewProgrammeAsync(http.Current(), id, input, ct);
                return Results.Created($"{SocialServicesApi.Prefix}/programmes/{p.Id}", new { p.Id, p.Number, p.StartsOn, p.NextReviewOn, p.PreviousProgrammeId });
            })
            .WithSummary("Пересмотреть программу: новая редакция с теми же услугами с новой даты, прежняя закрывается; договор следует новой редакции").Writes();
        g.MapPost("/contracts/{id:long}/terminate", async (long id, TerminationInput input, HttpContext http, RecipientPathService path, CancellationToken ct) =>
                ServiceContractDto.From(await path.TerminateContractAsync(http.Current(), id, input, ct)))
            .WithSummary("Прекратить обслуживание по договору: дата (последний день) и основание ст. 18 442-ФЗ; после неё услуги не отмечаются").Writes();

        g.MapGet("/urgent-acts", async (HttpContext http, RecipientPathService path, CancellationToken ct) =>
                (await path.UrgentActsAsync(http.Current(), ct)).Select(x => new
                {
                    x.Act.Id, x.Act.Number, x.Act.CitizenId, x.CitizenName, x.Act.Basis, x.Act.ProvidedFrom, x.Act.ProvidedTo, x.Act.DrawnUpOn, x.Act.RecipientSignedOn,
                    lines = x.Act.Lines.Select(l => new { l.SocialServiceId, code = l.SocialService?.Code, name = l.SocialService?.Name, l.Quantity }),
                }))
            .WithSummary("Акты о предоставлении срочных социальных услуг");
        g.MapPost("/urgent-acts", async (UrgentActInput input, HttpContext http, RecipientPathService path, CancellationToken ct) =>
            {
                var a = await path.CreateUrgentActAsync(http.Current(), input, ct);
                return Results.Created($"{SocialServicesApi.Prefix}/urgent-acts", new { a.Id, a.Number });
            })
            .WithSummary("Срочные услуги без программы, подтверждённые актом с подписью получателя (ст. 21 442-ФЗ)").Writes();
    }
}
