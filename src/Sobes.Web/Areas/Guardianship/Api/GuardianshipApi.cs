using Sobes.Domain.Guardianship;
using Sobes.Infrastructure.Guardianship;
using Sobes.Web.Auth;
using Sobes.Web.Infrastructure;
using Docs = Sobes.Web.Areas.Guardianship.Api.GuardianshipApiDocs;

namespace Sobes.Web.Areas.Guardianship.Api;

/// <summary>The guardianship register under /api/v1/guardianship: children in care, schooling, placements, foster contracts, leaving,
/// end.</summary>
internal static class GuardianshipApi
{
    public const string Prefix = "/api/v1/guardianship";

    public static void MapGuardianshipEndpoints(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup(Prefix).WithTags(Docs.Tag);
        g.MapGet("/children", ListChildrenAsync).WithSummary(Docs.ListChildren).ProducesValidationProblem();
        g.MapGet("/children/{id:long}", GetChildAsync).WithSummary(Docs.GetChild).ProducesProblem(404);
        g.MapPost("/children", RegisterChildAsync).WithSummary(Docs.RegisterChild).Writes();
        g.MapPut("/children/{id:long}", UpdateChildAsync).WithSummary(Docs.UpdateChild).Writes();
        g.MapPost("/children/{id:long}/schooling", AddSchoolingAsync).WithSummary(Docs.AddSchooling).Writes();
        g.MapPost("/children/{id:long}/schooling/{schoolingId:long}/end", EndSchoolingAsync).WithSummary(Docs.EndSchooling).Writes();
        g.MapPost("/children/{id:long}/placements", AddPlacementAsync).WithSummary(Docs.AddPlacement).Writes();
        g.MapGet("/contracts", ListContractsAsync).WithSummary(Docs.ListContracts);
        g.MapGet("/contracts/{id:long}", GetContractAsync).WithSummary(Docs.GetContract).ProducesProblem(404);
        g.MapPost("/contracts", CreateContractAsync).WithSummary(Docs.CreateContract).Writes();
        g.MapPost("/contracts/{id:long}/children", AddChildAsync).WithSummary(Docs.AddChild).Writes();
        g.MapPost("/contracts/{id:long}/leave", LeaveAsync).WithSummary(Docs.Leave).Writes();
        g.MapPost("/contracts/{id:long}/end", EndContractAsync).WithSummary(Docs.EndContract).Writes();
        g.MapGet("/grounds", GroundsAsync).WithSummary(Docs.Grounds);
    }

    private static async Task<IReadOnlyList<ChildListItem>> ListChildrenAsync(string? q, string? status, HttpContext http, ChildRegister s,
        CancellationToken ct) => await s.ListChildrenAsync(http.Current(), q, QueryEnum.Parse<ChildCareStatus>(status, "status"), ct);

    private static async Task<ChildDto> GetChildAsync(long id, HttpContext http, ChildRegister s, CancellationToken ct) =>
        ChildDto.Of(await s.GetChildAsync(http.Current(), id, ct));

    private static async Task<IResult> RegisterChildAsync(ChildInCareInput input, HttpContext http, ChildRegister s, CancellationToken ct)
    {
        var c = await s.RegisterChildAsync(http.Current(), input, ct);
        return Results.Created($"{Prefix}/children/{c.Id}", ChildDto.Of(c));
    }

    private static async Task<ChildDto> UpdateChildAsync(long id, ChildInCareInput input, HttpContext http, ChildRegister s, CancellationToken ct) =>
        ChildDto.Of(await s.UpdateChildAsync(http.Current(), id, input, ct));

    private static async Task<IResult> AddSchoolingAsync(long id, SchoolingInput input, HttpContext http, ChildSchooling s, CancellationToken ct)
    {
        var x = await s.AddSchoolingAsync(http.Current(), id, input, ct);
        return Results.Created($"{Prefix}/children/{id}", SchoolingDto.Of(x));
    }

    private static async Task<SchoolingDto> EndSchoolingAsync(long id, long schoolingId, SchoolingEndInput input, HttpContext http, ChildSchooling s,
        CancellationToken ct) => SchoolingDto.Of(await s.EndSchoolingAsync(http.Current(), id, schoolingId, input, ct));

    private static async Task<IResult> AddPlacementAsync(long id, PlacementInput input, HttpContext http, ChildPlacements s, CancellationToken ct)
    {
        var p = await s.AddPlacementAsync(http.Current(), id, input, ct);
        return Results.Created($"{Prefix}/children/{id}", PlacementDto.Of(p));
    }

    private static async Task<IReadOnlyList<FosterContractListItem>> ListContractsAsync(bool? active, string? q, HttpContext http,
        FosterContractRegister s, CancellationToken ct) => await s.ListContractsAsync(http.Current(), active, q, ct);

    private static async Task<FosterContractDto> GetContractAsync(long id, HttpContext http, FosterContractRegister s, CancellationToken ct) =>
        FosterContractDto.Of(await s.GetContractAsync(http.Current(), id, ct));

    private static async Task<IResult> CreateContractAsync(
        FosterContractInput input,
        HttpContext http,
        FosterContractConclusion s,
        CancellationToken ct
    )
    {
        var c = await s.CreateContractAsync(http.Current(), input, ct);
        return Results.Created($"{Prefix}/contracts/{c.Id}", FosterContractDto.Of(c));
    }

    private static async Task<FosterContractDto> AddChildAsync(long id, AddContractChildInput input, HttpContext http, FosterContractConclusion s,
        CancellationToken ct) => FosterContractDto.Of(await s.AddChildAsync(http.Current(), id, input, ct));

    private static async Task<FosterContractDto> LeaveAsync(
        long id,
        LeaveInput input,
        HttpContext http,
        FosterFamilyLeaving s,
        CancellationToken ct
    ) => FosterContractDto.Of(await s.RegisterLeavingAsync(http.Current(), id, input, ct));

    private static async Task<FosterContractDto> EndContractAsync(long id, EndContractInput input, HttpContext http, FosterFamilyLeaving s,
        CancellationToken ct) => FosterContractDto.Of(await s.EndContractAsync(http.Current(), id, input, ct));

    private static async Task<FosterEndGrounds> GroundsAsync(FosterFamilyLeaving s, CancellationToken ct) => await s.GroundsAsync(ct);

    private static RouteHandlerBuilder Writes(this RouteHandlerBuilder b) =>
        b.RequireAuthorization(Policies.GuardianshipWrite).ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
}
