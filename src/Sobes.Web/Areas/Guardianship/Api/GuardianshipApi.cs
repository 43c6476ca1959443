using Sobes.Domain.Guardianship;
using Sobes.Infrastructure.Guardianship;
using Sobes.Web.Auth;
using Sobes.Web.Infrastructure;

namespace Sobes.Web.Areas.Guardianship.Api;

/// <summary>The guardianship register under /api/v1/guardianship: children in care, schooling, placements, foster contracts, leaving, end.</summary>
internal static class GuardianshipApi
{
    public const string Prefix = "/api/v1/guardianship";

    public static void MapGuardianshipEndpoints(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup(Prefix).WithTags("Опека и приёмные семьи");
        g.MapGet("/children", async (string? q, string? status, HttpContext http, GuardianshipService s, CancellationToken ct) =>
                await s.ListChildrenAsync(http.Current(), q, QueryEnum.Parse<ChildCareStatus>(status, "status"), ct))
            .WithSummary("Дети, оставшиеся без попечения родителей, на учёте района: фильтр по началу фамилии и по устройству (в учреждении, в приёмной семье, под опекой, не устроен)")
            .ProducesValidationProblem();
        g.MapGet("/children/{id:long}", async (long id, HttpContext http, GuardianshipService s, CancellationToken ct) =>
                ChildDto.Of(await s.GetChildAsync(http.Current(), id, ct)))
            .WithSummary("Учётная карточка ребёнка: документ об отсутствии родительского попечения, здоровье, обучение, история устройства").ProducesProblem(404);
        g.MapPost("/children", async (ChildInCareInput input, HttpContext http, GuardianshipService s, CancellationToken ct) =>
            {
                var c = await s.RegisterChildAsync(http.Current(), input, ct);
                return Results.Created($"{Prefix}/children/{c.Id}", ChildDto.Of(c));
            })
            .WithSummary("Поставить на учёт ребёнка из регистра граждан (до 18 лет; один учёт в области) с документом п. 10.1 подп. 7 регламента").Writes();
        g.MapPut("/children/{id:long}", async (long id, ChildInCareInput input, HttpContext http, GuardianshipService s, CancellationToken ct) =>
                ChildDto.Of(await s.UpdateChildAsync(http.Current(), id, input, ct)))
            .WithSummary("Изменить учётные данные ребёнка: документ, инвалидность, ОВЗ, примечание (с версией записи)").Writes();
        g.MapPost("/children/{id:long}/schooling", async (long id, SchoolingInput input, HttpContext http, GuardianshipService s, CancellationToken ct) =>
            {
                var x = await s.AddSchoolingAsync(http.Current(), id, input, ct);
                return Results.Created($"{Prefix}/children/{id}", SchoolingDto.Of(x));
            })
            .WithSummary("Добавить обучение ребёнка: организация, в чьём ведении (бесплатный проезд — областные и муниципальные), период, справка").Writes();
        g.MapPost("/children/{id:long}/schooling/{schoolingId:long}/end", async (long id, long schoolingId, SchoolingEndInput input, HttpContext http,
                GuardianshipService s, CancellationToken ct) => SchoolingDto.Of(await s.EndSchoolingAsync(http.Current(), id, schoolingId, input, ct)))
            .WithSummary("Окончить обучение: последний день обучения").Writes();
        g.MapPost("/children/{id:long}/placements", async (long id, PlacementInput input, HttpContext http, GuardianshipService s, CancellationToken ct) =>
            {
                var p = await s.AddPlacementAsync(http.Current(), id, input, ct);
                return Results.Created($"{Prefix}/children/{id}", PlacementDto.Of(p));
            })
            .WithSummary("Устройство ребёнка в учреждение или под опеку (попечительство): с какой даты, на какой срок; открытое пребывание в учреждении закрывается").Writes();

        g.MapGet("/contracts", async (bool? active, string? q, HttpContext http, GuardianshipService s, CancellationToken ct) =>
                await s.ListContractsAsync(http.Current(), active, q, ct))
            .WithSummary("Договоры о приёмной семье района: действующие или прекращённые, по началу фамилии приёмного родителя");
        g.MapGet("/contracts/{id:long}", async (long id, HttpContext http, GuardianshipService s, CancellationToken ct) =>
                ContractDto.Of(await s.GetContractAsync(http.Current(), id, ct)))
            .WithSummary("Договор о приёмной семье: стороны, срок, дети с возрастом, сроком пребывания и статусом в семье").ProducesProblem(404);
        g.MapPost("/contracts", async (FosterContractInput input, HttpContext http, GuardianshipService s, CancellationToken ct) =>
            {
                var c = await s.CreateContractAsync(http.Current(), input, ct);
                return Results.Created($"{Prefix}/contracts/{c.Id}", ContractDto.Of(c));
            })
            .WithSummary("Зарегистрировать договор о приёмной семье с детьми (ребёнок не может быть в двух семьях — п. 14.2 подп. 3); приёмному родителю — категория «Приёмный родитель»").Writes();
        g.MapPost("/contracts/{id:long}/children", async (long id, AddContractChildInput input, HttpContext http, GuardianshipService s, CancellationToken ct) =>
                ContractDto.Of(await s.AddChildAsync(http.Current(), id, input, ct)))
            .WithSummary("Передать в семью по действующему договору ещё одного ребёнка").Writes();
        g.MapPost("/contracts/{id:long}/leave", async (long id, LeaveInput input, HttpContext http, GuardianshipService s, CancellationToken ct) =>
                ContractDto.Of(await s.RegisterLeavingAsync(http.Current(), id, input, ct)))
            .WithSummary("Выбытие ребёнка из семьи по основанию п. 8.1 регламента с даты события; при устройстве на полное государственное обеспечение — в учреждение").Writes();
        g.MapPost("/contracts/{id:long}/end", async (long id, EndContractInput input, HttpContext http, GuardianshipService s, CancellationToken ct) =>
                ContractDto.Of(await s.EndContractAsync(http.Current(), id, input, ct)))
            .WithSummary("Прекращение договора о приёмной семье с даты события (п. 8.1 подп. 4, 8, 11, расторжение, истечение срока): все дети выбывают").Writes();
        g.MapGet("/grounds", async (GuardianshipService s, CancellationToken ct) =>
                new { child = await s.ChildGroundsAsync(ct), contract = await s.EndGroundsAsync(ct) })
            .WithSummary("Основания выбытия ребёнка и прекращения договора (п. 8.1 регламента, СК РФ ст. 153.2)");
    }

    private static RouteHandlerBuilder Writes(this RouteHandlerBuilder b) =>
        b.RequireAuthorization(Policies.GuardianshipWrite).ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
}
