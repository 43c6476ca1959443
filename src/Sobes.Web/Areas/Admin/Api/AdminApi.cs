using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Sobes.Domain.Audit;
using Sobes.Domain.Calendar;
using Sobes.Domain.Organisations;
using Sobes.Domain.Registry;
using Sobes.Infrastructure.Audit;
using Sobes.Infrastructure.Calendar;
using Sobes.Infrastructure.Organisations;
using Sobes.Infrastructure.Persistence;
using Sobes.Web.Auth;
using Sobes.Web.Infrastructure;

namespace Sobes.Web.Areas.Admin.Api;

public sealed record CalendarDayInput(DateOnly Date, CalendarDayKind? Kind, string? Note);

public static class AdminApi
{
    public static void MapAdminApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/audit", AuditAsync).WithTags("Журнал аудита").WithSummary(AdminApiDocs.Audit).RequireAuthorization(Policies.AuditRead);

        var cal = app.MapGroup("/api/v1/calendar").WithTags("Производственный календарь");
        cal.MapGet("/{year:int}", CalendarYearAsync).WithSummary(AdminApiDocs.CalendarYear);
        cal.MapGet("/add-working-days", AddWorkingDaysAsync).WithSummary(AdminApiDocs.AddWorkingDays);
        cal.MapGet("/working-days", WorkingDaysAsync).WithSummary(AdminApiDocs.WorkingDays);
        cal.MapPut("/days", SetDayAsync).WithSummary(AdminApiDocs.SetDay).RequireAuthorization(Policies.Administration);

        var refs = app.MapGroup("/api/v1/reference").WithTags("Справочники");
        refs.MapGet("/categories", CategoriesAsync).WithSummary(AdminApiDocs.Categories);
        refs.MapGet("/territories", TerritoriesAsync).WithSummary(AdminApiDocs.Territories);
    }

    private static async Task<object> AuditAsync(
        AuditQuery audit,
        string? login,
        long? citizenId,
        DateOnly? from,
        DateOnly? to,
        string? action,
        int? page,
        int? pageSize,
        CancellationToken ct
    )
    {
        var filter = new AuditFilter(login, citizenId, from, to, QueryEnum.Parse<AuditAction>(action, "action"), page ?? 1, pageSize ?? 50);
        var result = await audit.FindAsync(filter, ct);
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
    }

    private static async Task<object> CalendarYearAsync(int year, CalendarService calendar, CancellationToken ct)
    {
        var pc = await calendar.LoadAsync(ct);
        var days = await calendar.DaysOfYearAsync(year, ct);
        return new { year, workingDays = pc.CountWorkingDays(new(year, 1, 1), new(year, 12, 31)), exceptions = days };
    }

    private static async Task<IResult> AddWorkingDaysAsync(DateOnly from, int days, CalendarService calendar, CancellationToken ct) =>
        days < 0 || days > 3660
            ? Results.ValidationProblem(new Dictionary<string, string[]> { ["days"] = ["Число рабочих дней — от 0 до 3660."] })
            : Results.Ok(new { from, days, date = (await calendar.LoadAsync(ct)).AddWorkingDays(from, days) });

    private static async Task<object> WorkingDaysAsync(DateOnly from, DateOnly to, CalendarService calendar, CancellationToken ct) =>
        new { from, to, workingDays = (await calendar.LoadAsync(ct)).CountWorkingDays(from, to) };

    private static async Task<IResult> SetDayAsync(CalendarDayInput input, HttpContext http, CalendarService calendar, CancellationToken ct)
    {
        await calendar.SetDayAsync(http.Current(), input.Date, input.Kind, input.Note, ct);
        return Results.NoContent();
    }

    private static Task<List<CategoryKind>> CategoriesAsync(SobesDbContext db) =>
        db.CategoryKinds.AsNoTracking().OrderBy(k => k.Name).ToListAsync();

    private static Task<List<Territory>> TerritoriesAsync(SobesDbContext db) => db.Territories.AsNoTracking().OrderBy(k => k.Name).ToListAsync();
}

public static class UsersApi
{
    public static void MapUsersApi(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/v1/admin/users").WithTags("Пользователи").RequireAuthorization(Policies.Administration);
        g.MapGet("/", ListUsersAsync).WithSummary(AdminApiDocs.ListUsers);
        g.MapPost("/", CreateUserAsync).WithSummary(AdminApiDocs.CreateUser);
        g.MapPut("/{id:int}", UpdateUserAsync).WithSummary(AdminApiDocs.UpdateUser);
    }

    private static async Task<IEnumerable<object>> ListUsersAsync(UserAdminService users, CancellationToken ct) =>
        (await users.ListAsync(ct)).Select(u => new
        {
            u.Id,
            u.Login,
            u.FullName,
            u.Position,
            role = u.Role.ToString(),
            u.OrganisationId,
            organisation = u.Organisation?.ShortName,
            u.IsActive,
        });

    private static async Task<IResult> CreateUserAsync(UserInput input, HttpContext http, UserAdminService users, CancellationToken ct)
    {
        var u = await users.CreateAsync(http.Current(), input, ct);
        return Results.Created($"/api/v1/admin/users/{u.Id}", new { u.Id, u.Login });
    }

    private static async Task<IResult> UpdateUserAsync(
        int id,
        UserInput input,
        HttpContext http,
        UserAdminService users,
        IMemoryCache cache,
        CancellationToken ct
    )
    {
        var u = await users.UpdateAsync(http.Current(), id, input, ct);
        ActiveUserCheck.Forget(cache, id);
        return Results.Ok(new { u.Id, u.Login });
    }
}
