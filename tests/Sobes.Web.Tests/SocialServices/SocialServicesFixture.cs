using Sobes.Web.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Sobes.Domain.Common;
using Sobes.Domain.Organisations;
using Sobes.Infrastructure.Audit;
using Sobes.Infrastructure.Calendar;
using Sobes.Infrastructure.Persistence;
using Sobes.Infrastructure.Seeding;
using Sobes.Infrastructure.SocialServices;

namespace Sobes.Web.Tests.SocialServices;

/// <summary>A clock that says what the test wants it to say.</summary>
public sealed class FixedTime(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;
    public override DateTimeOffset GetUtcNow() => Now;
}

/// <summary>
/// A migrated SQLite database in a temp file, seeded as the application seeds it (organisations, demo citizens,
/// the social services catalogue, assignment № 148045 for the Kasli centre and its demo quarter).
/// The module's services are built directly on a fresh context per call.
/// </summary>
public sealed class SocialServicesFixture : IAsyncLifetime
{
    private readonly TempSqliteDatabase _db = new("sobes-social");
    public string ConnectionString => _db.ConnectionString;

    public async Task InitializeAsync()
    {
        await TestSeeding.SeedSqliteAsync(_db.ConnectionString, new SeedOptions { Demo = true });
    }

    public Task DisposeAsync()
    {
        _db.Dispose();
        return Task.CompletedTask;
    }

    public SobesDbContext NewContext() => _db.NewContext();

    public async Task<UserContext> UserAsync(string login)
    {
        await using var db = NewContext();
        var u = await db.Users.Include(x => x.Organisation).SingleAsync(x => x.Login == login);
        return new UserContext(u.Id, u.Login, u.FullName, u.Role, u.OrganisationId, u.Organisation!.TerritoryId);
    }

    /// <summary>
    /// A new social services centre in the Kasli district with a specialist, so a test records its own data
    /// without touching the demo centre's figures (actuals are counted per provider).
    /// </summary>
    public async Task<UserContext> NewCentreAsync(string name)
    {
        await using var db = NewContext();
        var kasli = await db.Territories.SingleAsync(t => t.Code == "75629000");
        var org = new Organisation { Name = $"Тестовый КЦСОН «{name}»", ShortName = name, Kind = OrganisationKind.SocialServiceCentre, TerritoryId = kasli.Id };
        db.Organisations.Add(org);
        await db.SaveChangesAsync();
        var user = new User { Login = $"test-{Guid.NewGuid():N}", FullName = "Проверяющая Анна Сергеевна", Position = "Специалист", Role = Role.Specialist, OrganisationId = org.Id, PasswordHash = "-" };
        db.Users.Add(user);
        await db.SaveChangesAsync();
        return new UserContext(user.Id, user.Login, user.FullName, user.Role, org.Id, kasli.Id);
    }

    /// <summary>All services of the module over one context, with the given clock (today by default).</summary>
    public Services Build(SobesDbContext db, TimeProvider? time = null)
    {
        time ??= TimeProvider.System;
        var clock = new RegionClock(time, TimeZoneInfo.FindSystemTimeZoneById("Asia/Yekaterinburg"));
        var audit = new AuditLog(db, time);
        var calendar = new CalendarService(db, audit);
        var options = new SocialServicesOptions();
        var assignments = new StateAssignmentService(db, audit);
        return new Services(
            new CatalogueService(db, audit, clock),
            new RecipientPathService(db, audit, clock, calendar),
            new DeliveryService(db, audit, clock),
            new ServiceActService(db, audit, clock),
            assignments,
            new ReportService(db, audit, clock, assignments, new ActualsCalculator(db), options),
            new DeadlineService(db, clock, options),
            new QualityService(db, audit, clock));
    }

    public sealed record Services(CatalogueService Catalogue, RecipientPathService Path, DeliveryService Delivery, ServiceActService Acts,
        StateAssignmentService Assignments, ReportService Reports, DeadlineService Deadlines, QualityService Quality);
}

[CollectionDefinition(Name)]
public sealed class SocialServicesCollection : ICollectionFixture<SocialServicesFixture>
{
    public const string Name = "Социальное обслуживание: общая база";
}
