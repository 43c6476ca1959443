using Microsoft.EntityFrameworkCore;
using Sobes.Domain.Applications;
using Sobes.Domain.Calendar;
using Sobes.Domain.Common;
using Sobes.Domain.Organisations;
using Sobes.Infrastructure.Calendar;
using Sobes.Infrastructure.Common;
using Sobes.Infrastructure.Measures;
using Sobes.Infrastructure.Persistence;

namespace Sobes.Infrastructure.Applications;

/// <summary>
/// What every use case of an application shares: the department's scope, loading the case with its regulation, the casework rights,
/// the optimistic version and the one save. Records belong to the department that registered them (the ministry reads all).
/// </summary>
public sealed class ApplicationCases(SobesDbContext db, CalendarService calendar)
{
    public const string Entity = nameof(MeasureApplication);

    /// <summary>The head's queue shows applications due within this many working days.</summary>
    public const int DueSoonWorkingDays = 2;

    public static readonly ApplicationStatus[] Open =
    [
        ApplicationStatus.Registered,
        ApplicationStatus.UnderReview,
        ApplicationStatus.AwaitingSignature,
    ];

    public IQueryable<MeasureApplication> Scoped(UserContext user) => db.MeasureApplications.VisibleTo(user);

    public async Task<MeasureApplication> LoadAsync(UserContext user, long id, bool tracking, CancellationToken ct)
    {
        var q = tracking ? Scoped(user) : Scoped(user).AsNoTracking();
        return await q.AsSplitQuery()
                   .Include(a => a.Regulation!).ThenInclude(r => r.Documents)
                   .Include(a => a.Regulation!).ThenInclude(r => r.Steps)
                   .Include(a => a.Regulation!).ThenInclude(r => r.RefusalGrounds)
                   .Include(a => a.Regulation!).ThenInclude(r => r.LegalAct)
                   .Include(a => a.Items).ThenInclude(i => i.Measure!).ThenInclude(m => m.Amounts)
                   .Include(a => a.Items).ThenInclude(i => i.Measure!).ThenInclude(m => m.Bases).ThenInclude(b => b.LegalAct)
                   .Include(a => a.Items).ThenInclude(i => i.RefusalGround)
                   .Include(a => a.Items).ThenInclude(i => i.Assignment)
                   .Include(a => a.Documents).ThenInclude(d => d.RegulationDocument)
                   .Include(a => a.Requests)
                   .FirstOrDefaultAsync(a => a.Id == id, ct)
               ?? throw new NotFoundException($"Заявление № {id} не найдено.");
    }

    /// <summary>Loads the case for a change: casework rights, the case with its regulation, the version the user saw.</summary>
    public async Task<MeasureApplication> ForChangeAsync(UserContext user, long id, int? version, CancellationToken ct)
    {
        await RequireCaseWorkerAsync(user, ct);
        var app = await LoadAsync(user, id, tracking: true, ct);
        RequireVersion(app, version);
        return app;
    }

    /// <summary>Casework is the department's (УСЗН): a specialist or head of an organisation of that kind.</summary>
    public async Task RequireCaseWorkerAsync(UserContext user, CancellationToken ct)
    {
        MeasuresAccess.RequireCaseWorker(user);
        await RequireDepartmentAsync(user, ct);
    }

    public async Task RequireDepartmentAsync(UserContext user, CancellationToken ct)
    {
        if (
            !await db
                .Organisations.AsNoTracking()
                .AnyAsync(o => o.Id == user.OrganisationId && o.Kind == OrganisationKind.SocialProtectionDepartment, ct)
        )
            throw new ForbiddenException(
                "Заявления о мерах социальной поддержки принимает и рассматривает управление социальной защиты населения."
            );
    }

    public static void RequireVersion(MeasureApplication app, int? version)
    {
        if (version is { } v && v != app.Version)
            throw new ConflictException("Заявление изменил другой пользователь. Обновите страницу и повторите действие.", "version");
    }

    public static void RequireStatus(MeasureApplication app, string message, params ApplicationStatus[] allowed)
    {
        if (!allowed.Contains(app.Status)) throw new ConflictException(message);
    }

    public async Task SaveAsync(MeasureApplication app, CancellationToken ct)
    {
        app.Version++;
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConflictException("Заявление изменил другой пользователь. Обновите страницу и повторите действие.", "version");
        }
    }

    public Task<ProductionCalendar> CalendarAsync(CancellationToken ct) => calendar.LoadAsync(ct);

    public Task<string> DepartmentNameAsync(UserContext user, CancellationToken ct) =>
        db.Organisations.Where(o => o.Id == user.OrganisationId).Select(o => o.Name).FirstAsync(ct);

    /// <summary>A time without a zone is taken as UTC, as the field's name says.</summary>
    public static DateTime Utc(DateTime t) =>
        t.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(t, DateTimeKind.Utc) : t.ToUniversalTime();
}
