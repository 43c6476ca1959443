using Sobes.Domain.SocialServices;
using Sobes.Infrastructure.SocialServices;
using Sobes.Web.Auth;
using Sobes.Web.Infrastructure;
using Docs = Sobes.Web.Areas.SocialServices.Api.SocialServicesApiDocs;

namespace Sobes.Web.Areas.SocialServices.Api;

internal static class RecipientsApi
{
    public static void MapRecipientsApi(this RouteGroupBuilder root)
    {
        var g = root.MapGroup("").WithTags(Docs.RecipientsTag);
        g.MapGet("/applications", ListAsync).WithSummary(Docs.Applications);
        g.MapPost("/applications", CreateAsync).WithSummary(Docs.CreateApplication).Writes();
        g.MapGet("/applications/{id:long}", GetAsync).WithSummary(Docs.Application).ProducesProblem(404);
        g.MapPost("/applications/{id:long}/decision", DecideAsync).WithSummary(Docs.Decide).Writes();
        g.MapPost("/applications/{id:long}/programmes", CreateProgrammeAsync).WithSummary(Docs.CreateProgramme).Writes();
        g.MapPost("/programmes/{id:long}/contract", ConcludeContractAsync).WithSummary(Docs.ConcludeContract).Writes();
        g.MapGet("/programmes/due-for-review", DueForReviewAsync).WithSummary(Docs.DueForReview);
        g.MapPost("/programmes/{id:long}/review", ReviewProgrammeAsync).WithSummary(Docs.ReviewProgramme).Writes();
        g.MapPost("/contracts/{id:long}/terminate", TerminateContractAsync).WithSummary(Docs.TerminateContract).Writes();
        g.MapGet("/urgent-acts", UrgentActsAsync).WithSummary(Docs.UrgentActs);
        g.MapPost("/urgent-acts", CreateUrgentActAsync).WithSummary(Docs.CreateUrgentAct).Writes();
    }

    private static Task<IReadOnlyList<ServiceApplicationListItem>> ListAsync(
        string? outcome, HttpContext http, RecipientPathService path, CancellationToken ct) =>
        path.ListAsync(http.Current(), QueryEnum.Parse<NeedRecognitionOutcome>(outcome, "outcome"), ct);

    private static async Task<IResult> CreateAsync(ServiceApplicationInput input, HttpContext http, RecipientPathService path, CancellationToken ct)
    {
        var user = http.Current();
        var a = await path.CreateAsync(user, input, ct);
        return Results.Created($"{SocialServicesApi.Prefix}/applications/{a.Id}", ServiceApplicationDto.From(await path.GetAsync(user, a.Id, ct)));
    }

    private static async Task<ServiceApplicationDto> GetAsync(long id, HttpContext http, RecipientPathService path, CancellationToken ct) =>
        ServiceApplicationDto.From(await path.GetAsync(http.Current(), id, ct));

    private static async Task<ServiceApplicationDto> DecideAsync(
        long id, DecisionInput input, HttpContext http, RecipientPathService path, CancellationToken ct)
    {
        var user = http.Current();
        await path.DecideAsync(user, id, input, ct);
        return ServiceApplicationDto.From(await path.GetAsync(user, id, ct));
    }

    private static async Task<IResult> CreateProgrammeAsync(
        long id, ProgrammeInput input, HttpContext http, RecipientPathService path, CancellationToken ct)
    {
        var p = await path.CreateProgrammeAsync(http.Current(), id, input, ct);
        return Results.Created($"{SocialServicesApi.Prefix}/applications/{id}", new { p.Id, p.Number, p.NextReviewOn });
    }

    private static async Task<IResult> ConcludeContractAsync(
        long id, ServiceContractInput input, HttpContext http, RecipientPathService path, CancellationToken ct) =>
        Results.Created($"{SocialServicesApi.Prefix}/programmes/{id}",
            ServiceContractDto.From(await path.ConcludeContractAsync(http.Current(), id, input, ct)));

    private static Task<IReadOnlyList<ProgrammeReviewItem>> DueForReviewAsync(
        int? days, HttpContext http, RecipientPathService path, CancellationToken ct) =>
        path.DueForReviewAsync(http.Current(), days ?? IndividualProgrammeRules.ReviewNoticeDays, ct);

    private static async Task<IResult> ReviewProgrammeAsync(
        long id, ProgrammeReviewInput input, HttpContext http, RecipientPathService path, CancellationToken ct)
    {
        var p = await path.ReviewProgrammeAsync(http.Current(), id, input, ct);
        return Results.Created($"{SocialServicesApi.Prefix}/programmes/{p.Id}",
            new { p.Id, p.Number, p.StartsOn, p.NextReviewOn, p.PreviousProgrammeId });
    }

    private static async Task<ServiceContractDto> TerminateContractAsync(
        long id, TerminationInput input, HttpContext http, RecipientPathService path, CancellationToken ct) =>
        ServiceContractDto.From(await path.TerminateContractAsync(http.Current(), id, input, ct));

    private static async Task<IEnumerable<object>> UrgentActsAsync(HttpContext http, RecipientPathService path, CancellationToken ct) =>
        (await path.UrgentActsAsync(http.Current(), ct)).Select(x => new
        {
            x.Act.Id, x.Act.Number, x.Act.CitizenId, x.CitizenName, x.Act.Basis, x.Act.ProvidedFrom, x.Act.ProvidedTo, x.Act.DrawnUpOn,
            x.Act.RecipientSignedOn,
            lines = x.Act.Lines.Select(l => new { l.SocialServiceId, code = l.SocialService?.Code, name = l.SocialService?.Name, l.Quantity }),
        });

    private static async Task<IResult> CreateUrgentActAsync(UrgentActInput input, HttpContext http, RecipientPathService path, CancellationToken ct)
    {
        var a = await path.CreateUrgentActAsync(http.Current(), input, ct);
        return Results.Created($"{SocialServicesApi.Prefix}/urgent-acts", new { a.Id, a.Number });
    }
}
