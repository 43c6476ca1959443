using Sobes.Infrastructure.Guardianship;
using Sobes.Web.Auth;
using Sobes.Web.Infrastructure;
using Docs = Sobes.Web.Areas.Guardianship.Api.GuardianshipApiDocs;

namespace Sobes.Web.Areas.Guardianship.Api;

/// <summary>A foster family's material support (seed 002): the plan of the six payments, the application from the contract, the draft
/// from the contract.</summary>
internal static class FosterPaymentsApi
{
    public static void MapFosterPaymentsEndpoints(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup(GuardianshipApi.Prefix).WithTags(Docs.Tag);
        g.MapGet("/contracts/{id:long}/payments", GetPaymentsAsync).WithSummary(Docs.FamilyPayments).ProducesValidationProblem().ProducesProblem(404);
        g.MapPost("/contracts/{id:long}/applications", ApplyAsync).WithSummary(Docs.FamilyApply).Writes();
        app.MapPost("/api/v1/applications/{id:long}/draft-from-contract", DraftAsync)
            .WithTags("Заявления")
            .WithSummary(Docs.DraftFromContract)
            .Writes();
    }

    private static async Task<FamilyPayments> GetPaymentsAsync(long id, int? year, int? month, HttpContext http, FosterFamilyOverview overview,
        CancellationToken ct) => await overview.GetAsync(http.Current(), id, year, month, ct);

    private static async Task<IResult> ApplyAsync(
        long id,
        FosterApplyInput input,
        HttpContext http,
        FosterApplications applications,
        CancellationToken ct
    )
    {
        var result = await applications.ApplyAsync(http.Current(), id, input, ct);
        var application = result.Application;
        return Results.Created($"/api/v1/applications/{application.Id}",
            new { id = application.Id, number = application.Number, items = application.Items.Count, warnings = result.Warnings });
    }

    private static async Task<IResult> DraftAsync(long id, int? version, HttpContext http, FosterApplications applications, CancellationToken ct)
    {
        await applications.DraftAsync(http.Current(), id, version, ct);
        return Results.Ok(new { id, drafted = true });
    }

    private static RouteHandlerBuilder Writes(this RouteHandlerBuilder b) =>
        b.RequireAuthorization(Policies.MeasuresWrite).ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
}
