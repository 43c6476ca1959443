using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Sobes.Domain.Common;
using Sobes.Domain.Organisations;
using Sobes.Infrastructure.Audit;
using Sobes.Infrastructure.Organisations;
using Sobes.Infrastructure.Persistence;
using Sobes.Infrastructure.Seeding;
using Sobes.Web.Tests.Support;

namespace Sobes.Web.Tests.Organisations;

/// <summary>Organisations decide who sees which citizens, so their territory rules are guarded.</summary>
public sealed class OrganisationAdminTests : IAsyncLifetime
{
    private readonly TempSqliteDatabase _db = new("sobes-org");
    private static readonly UserContext Admin = new(1, "admin", "Администратор", Role.Administrator, 1, null);

    private SobesDbContext Context() => _db.NewContext();

    private OrganisationAdminService Service(SobesDbContext db) => new(db, new AuditLog(db, TimeProvider.System));

    public async Task InitializeAsync()
    {
        await TestSeeding.SeedSqliteAsync(_db.ConnectionString, new SeedOptions { Demo = false });
    }

    [Fact]
    public async Task A_new_district_department_needs_a_territory_and_gets_the_ministry_as_parent()
    {
        await using var db = Context();
        var territory = await db.Territories.FirstAsync(t => t.Code == "75638000");
        var noTerritory = await Assert.ThrowsAsync<DomainValidationException>(() =>
            Service(db)
                .SaveAsync(
                    Admin,
                    null,
                    new OrganisationInput(
                        "Управление социальной защиты населения Кунашакского района",
                        "УСЗН Кунашакского района",
                        OrganisationKind.SocialProtectionDepartment,
                        null,
                        null,
                        null
                    )
                )
        );
        Assert.Contains(noTerritory.Errors, e => e.Field == "territoryId");

        var created = await Service(db)
            .SaveAsync(
                Admin,
                null,
                new OrganisationInput(
                    "Управление социальной защиты населения Кунашакского района",
                    "УСЗН Кунашакского района",
                    OrganisationKind.SocialProtectionDepartment,
                    territory.Id,
                    "7433001234",
                    null
                )
            );
        var ministry = await db.Organisations.SingleAsync(o => o.Kind == OrganisationKind.Ministry);
        Assert.Equal(ministry.Id, created.ParentId);
        Assert.Equal(territory.Id, created.TerritoryId);
    }

    [Fact]
    public async Task Moving_an_organisation_with_users_to_another_territory_is_refused()
    {
        await using var db = Context();
        var kasli = await db.Organisations.SingleAsync(o => o.ShortName == "УСЗН Каслинского района");
        var varna = await db.Territories.SingleAsync(t => t.Code == "75617000");
        await Assert.ThrowsAsync<ConflictException>(() => Service(db).SaveAsync(Admin, kasli.Id,
            new OrganisationInput(kasli.Name, kasli.ShortName, kasli.Kind, varna.Id, kasli.Inn, kasli.Address)));
    }

    [Fact]
    public async Task Only_the_administrator_keeps_organisations()
    {
        await using var db = Context();
        var head = new UserContext(4, "head", "Руководитель", Role.Head, 2, 1);
        await Assert.ThrowsAsync<ForbiddenException>(() => Service(db).SaveAsync(head, null,
            new OrganisationInput("Х", "Х", OrganisationKind.Ministry, null, null, null)));
    }

    public Task DisposeAsync()
    {
        _db.Dispose();
        return Task.CompletedTask;
    }
}
