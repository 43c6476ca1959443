using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Sobes.Domain.Calendar;
using Sobes.Domain.Organisations;
using Sobes.Infrastructure.Persistence;
using Sobes.Infrastructure.Registry.Seed;

namespace Sobes.Infrastructure.Seeding;

public sealed class SeedOptions
{
    /// <summary>Load demo organisations' citizens (the district's personal files).</summary>
    public bool Demo { get; set; } = true;
    public string? AdminPassword { get; set; }
    public string? DemoPassword { get; set; }

    /// <summary>Recreate a database made by an earlier build (see DatabaseSeeder); by default only the demo database is.</summary>
    public bool? RecreateEarlierBuild { get; set; }

    public const string DefaultAdminPassword = "Admin-2026";
    public const string DefaultDemoPassword = "Demo-2026";
}

/// <summary>Applies migrations and loads reference data, organisations, users and (optionally) the demo population. Safe to run at every
/// start.</summary>
public sealed class DatabaseSeeder(
    SobesDbContext db, IPasswordHasher<User> hasher, IEnumerable<IModuleSeeder> seeders, ILogger<DatabaseSeeder> log)
{
    public async Task RunAsync(SeedOptions options, CancellationToken ct = default)
    {
        await RecreateIfMadeByAnEarlierBuildAsync(options, ct);
        await db.Database.MigrateAsync(ct);
        await SeedCalendarAsync(ct);
        if (!await db.Territories.AnyAsync(ct))
        {
            db.Territories.AddRange(ReferenceData.Territories());
            db.CategoryKinds.AddRange(ReferenceData.Categories());
            await db.SaveChangesAsync(ct);
        }
        if (!await db.Organisations.AnyAsync(ct)) await SeedOrganisationsAsync(options, ct);
        await SyncAdminPasswordAsync(options, ct);
        foreach (var seeder in seeders.OrderBy(s => s.Order))
        {
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            await seeder.SeedAsync(new SeedContext(options.Demo), ct);
            log.LogDebug("{Seeder} ran in {Elapsed} ms", seeder.GetType().Name,
                (int)System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }

    /// <summary>
    /// The migration history was folded into one baseline while nothing was deployed: a database made by an earlier build carries
    /// migrations this build does not know, and migrating it would leave it half-made. A demo database is recreated; any other is refused.
    /// </summary>
    private async Task RecreateIfMadeByAnEarlierBuildAsync(SeedOptions options, CancellationToken ct)
    {
        var known = db.Database.GetMigrations().ToHashSet();
        var unknown = (await db.Database.GetAppliedMigrationsAsync(ct)).Where(m => !known.Contains(m)).ToList();
        if (unknown.Count == 0) return;
        var list = string.Join(", ", unknown);
        if (!(options.RecreateEarlierBuild ?? options.Demo))
            throw new InvalidOperationException($"База данных создана прежней сборкой Собеса (миграции {list}) и не может быть обновлена "
                + "этой сборкой. Создайте новую базу и перенесите в неё данные.");
        log.LogWarning("База данных создана прежней сборкой Собеса (миграции {Migrations}): демонстрационная база удаляется и создаётся заново.",
            list);
        await db.Database.EnsureDeletedAsync(ct);
    }

    private async Task SeedCalendarAsync(CancellationToken ct)
    {
        var known = (await db.CalendarDays.Select(d => d.Date).ToListAsync(ct)).ToHashSet();
        var missing = RussianCalendarData.All.Where(d => !known.Contains(d.Date)).ToList();
        if (missing.Count == 0) return;
        db.CalendarDays.AddRange(missing.Select(d => new CalendarDay { Date = d.Date, Kind = d.Kind, Note = d.Note }));
        await db.SaveChangesAsync(ct);
    }

    private async Task SeedOrganisationsAsync(SeedOptions options, CancellationToken ct)
    {
        var t = await db.Territories.ToDictionaryAsync(x => x.Code, ct);
        var ministry = new Organisation
        {
            Name = "Министерство социальных отношений Челябинской области",
            ShortName = "Минсоцотношений",
            Kind = OrganisationKind.Ministry,
            Inn = "7451208600",
            Address = "454048, г. Челябинск, ул. Воровского, 30",
        };
        db.Organisations.Add(ministry);
        await db.SaveChangesAsync(ct);
        var kasli = new Organisation
        {
            Name = "Управление социальной защиты населения администрации Каслинского муниципального района",
            ShortName = "УСЗН Каслинского района",
            Kind = OrganisationKind.SocialProtectionDepartment,
            TerritoryId = t["75629000"].Id,
            ParentId = ministry.Id,
            Inn = "7409001340",
            Address = "456830, Челябинская область, г. Касли, ул. Ретнёва, 4",
        };
        var kcson = new Organisation
        {
            Name = "Муниципальное учреждение «Комплексный центр социального обслуживания населения» Каслинского муниципального района",
            ShortName = "КЦСОН Каслинского района",
            Kind = OrganisationKind.SocialServiceCentre,
            TerritoryId = t["75629000"].Id,
            ParentId = ministry.Id,
            Address = "456830, Челябинская область, г. Касли, ул. Советская, 29",
        };
        var varna = new Organisation
        {
            Name = "Управление социальной защиты населения администрации Варненского муниципального района",
            ShortName = "УСЗН Варненского района",
            Kind = OrganisationKind.SocialProtectionDepartment,
            TerritoryId = t["75617000"].Id,
            ParentId = ministry.Id,
            Address = "457200, Челябинская область, с. Варна, ул. Советская, 135",
        };
        db.Organisations.AddRange(kasli, kcson, varna);
        await db.SaveChangesAsync(ct);
        await SeedUsersAsync(options, ministry, kasli, kcson, varna, ct);
    }

    private async Task SeedUsersAsync(SeedOptions options, Organisation ministry, Organisation kasli, Organisation kcson, Organisation varna,
        CancellationToken ct)
    {
        var demo = options.DemoPassword ?? SeedOptions.DefaultDemoPassword;
        User U(string login, string name, string position, Role role, Organisation org) =>
            new() { Login = login, FullName = name, Position = position, Role = role, OrganisationId = org.Id };
        var users = new[]
        {
            U("admin", "Администратор системы", "Администратор", Role.Administrator, ministry),
            U("inspector", "Климова Ирина Викторовна", "Главный специалист отдела контроля", Role.Inspector, ministry),
            U("specialist", "Лаптева Светлана Николаевна", "Специалист отдела льгот и социальной реабилитации", Role.Specialist, kasli),
            U("head", "Горбунова Елена Александровна", "Начальник управления", Role.Head, kasli),
            U("accountant", "Шарипова Гульнара Рашитовна", "Главный бухгалтер", Role.Accountant, kasli),
            U("auditor", "Никитина Ольга Павловна", "Специалист по защите информации", Role.Auditor, kasli),
            U("kcson", "Белова Татьяна Юрьевна", "Заведующая отделением социального обслуживания на дому", Role.Specialist, kcson),
            U("varna", "Ахметова Альфия Ринатовна", "Специалист отдела опеки и попечительства", Role.Specialist, varna),
            U("varna.head", "Зайцев Олег Игоревич", "Начальник управления", Role.Head, varna),
            // Appended last so that the ids of the users above stay as they were.
            U("varna.buh", "Мухаметова Лилия Фаритовна", "Главный бухгалтер", Role.Accountant, varna),
        };
        foreach (var u in users)
            u.PasswordHash = hasher.HashPassword(u, u.Login == "admin" ? options.AdminPassword ?? SeedOptions.DefaultAdminPassword : demo);
        db.Users.AddRange(users);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>SOBES_ADMIN_PASSWORD, when set, is the admin's password at every start, so deployments can rotate it.</summary>
    private async Task SyncAdminPasswordAsync(SeedOptions options, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(options.AdminPassword)) return;
        var admin = await db.Users.FirstOrDefaultAsync(u => u.Login == "admin", ct);
        if (
            admin is null
            || hasher.VerifyHashedPassword(admin, admin.PasswordHash, options.AdminPassword) != PasswordVerificationResult.Failed
        )
            return;
        admin.PasswordHash = hasher.HashPassword(admin, options.AdminPassword);
        await db.SaveChangesAsync(ct);
    }
}
