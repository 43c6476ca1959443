using Microsoft.EntityFrameworkCore;
using Sobes.Domain.Audit;
using Sobes.Domain.Calendar;
using Sobes.Infrastructure.Audit;
using Sobes.Infrastructure.Calendar;
using Sobes.Infrastructure.Persistence;
using Sobes.Web.Auth;
using Sobes.Web.Infrastructure;

namespace Sobes.Web.Areas.Admin.Api;

public sealed record CalendarDayInput(DateOnly Date, CalendarDayKind? Kind, string? Note);

public static class AdminApi
{
    public static void MapAdminApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/audit", async (AuditQuery audit, string? login, long? citizenId, DateOnly? from, DateOnly? to, string? action, int? page, int? pageSize, CancellationToken ct) =>
        {
            var result = await audit.FindAsync(
                new AuditFilter(login, citizenId, from, to, QueryEnum.Parse<AuditAction>(action, "action"), page ?? 1, pageSize ?? 50),
                ct
            );
            return new
            {
                items = result.Items.Select(a => new
                {
                    a.Id,
                    a.AtUtc,
                    a.UserLogin,
                    action = a.Action.ToString(),
                    a.EntityType,
                    a.EntityId,
                    a.CitizenId,
                    a.Summary,
                    changes = AuditLog.ParseChanges(a.Changes),
                }),
                result.Total,
                result.Page,
                result.PageSize,
            };
        }).WithTags("Журнал аудита").WithSummary("Журнал аудита с отбором по пользователю, гражданину и датам").RequireAuthorization(Policies.AuditRead);

        var cal = app.MapGroup("/api/v1/calendar").WithTags("Производственный календарь");
        cal.MapGet("/{year:int}", async (int year, CalendarService calendar, CancellationToken ct) =>
        {
            var pc = await calendar.LoadAsync(ct);
            var days = await calendar.DaysOfYearAsync(year, ct);
            return new { year, workingDays = pc.CountWorkingDays(new(year, 1, 1), new(year, 12, 31)), exceptions = days };
        }).WithSummary("Исключения года и число рабочих дней");
        cal.MapGet("/add-working-days", async (DateOnly from, int days, CalendarService calendar, CancellationToken ct) =>
            days < 0 || days > 3660
                ? Results.ValidationProblem(new Dictionary<string, string[]> { ["days"] = ["Число рабочих дней — от 0 до 3660."] })
                : Results.Ok(new { from, days, date = (await calendar.LoadAsync(ct)).AddWorkingDays(from, days) }))
            .WithSummary("Дата через N рабочих дней");
        cal.MapGet("/working-days", async (DateOnly from, DateOnly to, CalendarService calendar, CancellationToken ct) =>
            new { from, to, workingDays = (await calendar.LoadAsync(ct)).CountWorkingDays(from, to) })
            .WithSummary("Число рабочих дней между датами включительно");
        cal.MapPut("/days", async (CalendarDayInput input, HttpContext http, CalendarService calendar, CancellationToken ct) =>
        {
            await calendar.SetDayAsync(http.Current(), input.Date, input.Kind, input.Note, ct);
            return Results.NoContent();
        }).WithSummary("Задать или снять особый день (администратор)").RequireAuthorization(Policies.Administration);

        var refs = app.MapGroup("/api/v1/reference").WithTags("Справочники");
        refs.MapGet("/categories", (SobesDbContext db) => db.CategoryKinds.AsNoTracking().OrderBy(k => k.Name).ToListAsync())
            .WithSummary("Льготные категории");
        refs.MapGet("/territories", (SobesDbContext db) => db.Territories.AsNoTracking().OrderBy(k => k.Name).ToListAsync())
            .WithSummary("Территории");
    }
}

public static class UsersApi
{
    public static void MapUsersApi(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/v1/admin/users").WithTags("Пользователи").RequireAuthorization(Policies.Administration);
        g.MapGet("/", async (Sobes.Infrastructure.Organisations.UserAdminService users, CancellationToken ct) => (
                    await users.ListAsync(ct)
                ).Select(u => new
                {
                    u.Id,
                    u.Login,
                    u.FullName,
                    u.Position,
                    role = u.Role.ToString(),
                    u.OrganisationId,
                    organisation = u.Organisation?.ShortName,
                    u.IsActive,
                }))
            .WithSummary("Учётные записи");
        g.MapPost("/", async (Sobes.Infrastructure.Organisations.UserInput input, HttpContext http, Sobes.Infrastructure.Organisations.UserAdminService users, CancellationToken ct) =>
        {
            var u = await users.CreateAsync(http.Current(), input, ct);
            return Results.Created($"/api/v1/admin/users/{u.Id}", new { u.Id, u.Login });
        }).WithSummary("Создать пользователя");
        g.MapPut("/{id:int}", async (int id, Sobes.Infrastructure.Organisations.UserInput input, HttpContext http, Sobes.Infrastructure.Organisations.UserAdminService users, Microsoft.Extensions.Caching.Memory.IMemoryCache cache, CancellationToken ct) =>
        {
            var u = await users.UpdateAsync(http.Current(), id, input, ct);
            ActiveUserCheck.Forget(cache, id);
            return Results.Ok(new { u.Id, u.Login });
        }).WithSummary("Изменить пользователя (роль, организация, блокировка, пароль)");
    }
}
