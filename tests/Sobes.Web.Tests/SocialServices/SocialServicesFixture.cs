using System.Reflection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Sobes.Domain.Common;
using Sobes.Domain.Organisations;
using Sobes.Infrastructure.Audit;
using Sobes.Infrastructure.Calendar;
using Sobes.Infrastructure.Persistence;
using Sobes.Infrastructure.SocialServices;
using Sobes.Web.Tests.Hosting;
using Xunit.Sdk;

namespace Sobes.Web.Tests.SocialServices;

/// <summary>A clock that says what the test wants it to say.</summary>
public sealed class FixedTime(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;
    public override DateTimeOffset GetUtcNow() => Now;
}

/// <summary>
/// The module's view of the shared test host of one database (SQLite or PostgreSQL), seeded as the application seeds it
/// (organisations, demo citizens, the social services catalogue, assignment № 148045 for the Kasli centre and its demo quarter).
/// The module's services are built directly on a fresh context per call, configured as the host configures its own.
/// </summary>
public sealed class SocialServicesFixture(SobesHost host)
{
    public SobesHost Host { get; } = host;

    public SobesDbContext NewContext()
    {
        var options = new DbContextOptionsBuilder<SobesDbContext>();
        Host.Service<DatabaseOptions>().Configure(options);
        return new SobesDbContext(options.Options);
    }

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
        var org = new Organisation
        {
            Name = $"Тестовый КЦСОН «{name}»",
            ShortName = name,
            Kind = OrganisationKind.SocialServiceCentre,
            TerritoryId = kasli.Id,
        };
        db.Organisations.Add(org);
        await db.SaveChangesAsync();
        var user = new User
        {
            Login = $"test-{Guid.NewGuid():N}",
            FullName = "Проверяющая Анна Сергеевна",
            Position = "Специалист",
            Role = Role.Specialist,
            OrganisationId = org.Id,
            PasswordHash = "-",
        };
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

/// <summary>Base of the module's web tests: every test takes the database it runs on and calls <see cref="OnAsync"/> first.</summary>
public abstract class SocialServicesTest(Hosts hosts) : WebTest(hosts)
{
    /// <summary>The module's data and services on the host of the database of the current test case.</summary>
    protected SocialServicesFixture Fx { get; private set; } = null!;

    protected async Task OnAsync(Db db) => Fx = new SocialServicesFixture(await HostAsync(db));
}

/// <summary>Like <see cref="InlineDataAttribute"/>, once per database of <see cref="AllDatabases"/>; the test's first parameter is the <see
/// cref="Db"/>.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class InlineDataOnAllDatabasesAttribute(params object?[] data) : DataAttribute
{
    public override IEnumerable<object?[]> GetData(MethodInfo testMethod) =>
        ((IEnumerable<object?[]>)new AllDatabases()).Select(row => new[] { row[0] }.Concat(data).ToArray());
}
