using Sobes.Infrastructure.Guardianship;
using Sobes.Web.Auth;
using Sobes.Web.Infrastructure;

namespace Sobes.Web.Areas.Guardianship.Api;

/// <summary>A foster family's material support (seed 002): the plan of the six payments, the application from the contract, the draft from the contract.</summary>
internal static class FosterPaymentsApi
{
    public static void MapFosterPaymentsEndpoints(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/v1/guardianship").WithTags("Опека и приёмные семьи");
        g.MapGet("/contracts/{id:long}/payments", async (long id, int? year, int? month, HttpContext http, FosterFamilyOverview overview, CancellationToken ct) =>
                await overview.GetAsync(http.Current(), id, year, month, ct))
            .WithSummary("Материальное обеспечение приёмной семьи (п. 4 регламента): какие выплаты положены на каждого ребёнка и на семью, заявления, назначения и сумма за месяц")
            .ProducesValidationProblem().ProducesProblem(404);
        g.MapPost("/contracts/{id:long}/applications", async (long id, FosterApplyInput input, HttpContext http, FosterApplications applications, CancellationToken ct) =>
            {
                var result = await applications.ApplyAsync(http.Current(), id, input, ct);
                return Results.Created($"/api/v1/applications/{result.Application.Id}",
                    new { id = result.Application.Id, number = result.Application.Number, items = result.Application.Items.Count, warnings = result.Warnings });
            })
            .WithSummary("Зарегистрировать заявление приёмного родителя на все ещё не назначенные выплаты семьи по договору (п. 10.1 подп. 2, 14.3 регламента)")
            .RequireAuthorization(Policies.MeasuresWrite).ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        app.MapPost("/api/v1/applications/{id:long}/draft-from-contract", async (long id, int? version, HttpContext http, FosterApplications applications,
                CancellationToken ct) =>
            {
                await applications.DraftAsync(http.Current(), id, version, ct);
                return Results.Ok(new { id, drafted = true });
            })
            .WithTags("Заявления").WithSummary("Заполнить проект решения по договору о приёмной семье (п. 14.4): даты передачи детей, срок договора, состав семьи")
            .RequireAuthorization(Policies.MeasuresWrite).ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
    }
}
