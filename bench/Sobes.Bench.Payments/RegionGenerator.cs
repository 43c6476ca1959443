using System.Diagnostics;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Sobes.Domain.Measures;
using Sobes.Domain.Organisations;
using Sobes.Domain.Registry;
using Sobes.Infrastructure.Payments.Seed;
using Sobes.Infrastructure.Persistence;
using Sobes.Infrastructure.Seeding;

/// <summary>
/// A region's registry and its active monthly assignments, generated deterministically and streamed into the database below EF Core.
/// Every row is a function of its number (a hash, not a shared random sequence), so the three assignment tables are written in three
/// passes without holding 1.5 million assignments in memory, and every run of the bench produces the same region.
/// </summary>
sealed class RegionGenerator(BenchOptions opts, Region region)
{
    public static async Task<Region> CreateSchemaAsync(BenchOptions opts)
    {
        await using var db = opts.CreateContext();
        await db.Database.EnsureDeletedAsync();
        // The seeders the app registers that a region without demo data needs: the measures catalogue and the payments reference data.
        await using var seeders = new ServiceCollection().AddSingleton(db).AddSingleton(typeof(ILogger<>), typeof(NullLogger<>))
            .AddScoped<IModuleSeeder, Sobes.Infrastructure.Measures.Seed.MeasuresCatalogueSeeder>()
            .AddScoped<IModuleSeeder, Sobes.Infrastructure.Applications.Seed.RegulationsSeeder>()
            .AddScoped<IModuleSeeder, PaymentsReferenceSeeder>().BuildServiceProvider();
        await new DatabaseSeeder(db, new PasswordHasher<User>(), seeders.GetServices<IModuleSeeder>(), NullLogger<DatabaseSeeder>.Instance)
            .RunAsync(new SeedOptions { Demo = false });
        await EnsureDepartmentsAsync(db);
        return await Region.LoadAsync(db, opts.Month, opts.Citizens);
    }

    /// <summary>One district department (УСЗН) per territory, each with a payment specialist, a head and a chief accountant.</summary>
    private static async Task EnsureDepartmentsAsync(SobesDbContext db)
    {
        var ministry = await db.Organisations.FirstAsync(o => o.Kind == OrganisationKind.Ministry);
        foreach (var t in await db.Territories.OrderBy(t => t.Id).ToListAsync())
        {
            var org = await db.Organisations.FirstOrDefaultAsync(o => o.TerritoryId == t.Id && o.Kind == OrganisationKind.SocialProtectionDepartment);
            if (org is null)
            {
                org = new Organisation
                {
                    Name = $"Управление социальной защиты населения ({t.Name})", ShortName = $"УСЗН: {t.Name}",
                    Kind = OrganisationKind.SocialProtectionDepartment, TerritoryId = t.Id, ParentId = ministry.Id,
                };
                db.Organisations.Add(org);
                await db.SaveChangesAsync();
            }
            foreach (var (role, login) in new[] { (Role.Specialist, "spec"), (Role.Head, "head"), (Role.Accountant, "acc") })
                db.Users.Add(
                    new User
                    {
                        Login = $"bench.{login}.{org.Id}",
                        FullName = $"Бенчмарк {login} {org.Id}",
                        Position = login,
                        Role = role,
                        OrganisationId = org.Id,
                        PasswordHash = "-",
                    }
                );
        }
        await db.SaveChangesAsync();
    }

    public async Task LoadAsync()
    {
        await Timed("citizens", opts.Citizens, () => WriteAsync("Citizens", CitizenColumns, opts.Citizens));
        await Timed("assignments", opts.Assignments, () => WriteAsync("MeasureAssignments", AssignmentColumns, opts.Assignments));
        await Timed("assignment periods", opts.Assignments, () => WriteAsync("AssignmentPeriods", PeriodColumns, opts.Assignments));
        await Timed("assignment changes", opts.Assignments, () => WriteAsync("AssignmentChanges", ChangeColumns, opts.Assignments));
        var sw = Stopwatch.StartNew();
        await using var db = opts.CreateContext();
        if (opts.Provider == DatabaseProvider.Postgres)
        {
            foreach (var table in new[] { "Citizens", "MeasureAssignments", "AssignmentPeriods", "AssignmentChanges" })
                await db.Database.ExecuteSqlRawAsync(
                    $"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'Id'), (SELECT max(\"Id\") FROM \"{table}\"))"
                );
            // What autovacuum would have done long before a real region's first payment run.
            await db.Database.ExecuteSqlRawAsync("VACUUM ANALYZE");
            Console.WriteLine($"  load: sequences + VACUUM ANALYZE {sw.ElapsedMilliseconds,8:N0} ms");
        }
        else
        {
            await db.Database.OpenConnectionAsync();
            await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE)");
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=DELETE");
            Console.WriteLine($"  load: back to the application's journal mode {sw.ElapsedMilliseconds,8:N0} ms");
        }
    }

    private static async Task Timed(string what, int rows, Func<Task> load)
    {
        var sw = Stopwatch.StartNew();
        await load();
        Console.WriteLine($"  load: {what,-22} {rows,10:N0} rows {sw.ElapsedMilliseconds,8:N0} ms {rows / sw.Elapsed.TotalSeconds,10:N0} rows/s");
    }

    private async Task WriteAsync<T>(string table, (string Column, Func<T, object?> Value)[] columns, int count) where T : ISpec<T>
    {
        await using var model = opts.CreateContext();
        await using var w = await BulkWriter.OpenAsync(opts, model, table, columns.Select(c => c.Column).ToArray());
        var row = new object?[columns.Length];
        for (var i = 1; i <= count; i++)
        {
            var spec = T.Of(i, region);
            for (var c = 0; c < columns.Length; c++) row[c] = columns[c].Value(spec);
            w.Write(row);
        }
        await w.CompleteAsync();
    }

    private static readonly DateTime CreatedAt = DateTime.UtcNow;

    private static readonly (string, Func<CitizenSpec, object?>)[] CitizenColumns =
    [
        ("Id", c => c.Id), ("Surname", c => c.Surname), ("Name", c => c.Name), ("Patronymic", c => c.Patronymic),
        ("SurnameKey", c => Citizen.KeyOf(c.Surname)), ("NameKey", c => Citizen.KeyOf(c.Name)), ("PatronymicKey", c => Citizen.KeyOf(c.Patronymic)),
        ("BirthDate", c => c.BirthDate), ("Sex", c => c.Sex), ("Snils", c => c.Snils), ("TerritoryId", c => c.TerritoryId),
        ("RegSettlement", c => c.Settlement), ("RegStreet", c => c.Street), ("RegHouse", c => c.House), ("RegPostalCode", c => c.PostIndex),
        ("ActSettlement", c => c.Settlement), ("ActStreet", c => c.Street), ("ActHouse", c => c.House), ("ActPostalCode", c => c.PostIndex),
        ("PayMethod", c => c.Method), ("PayBik", c => c.Bank?.Bik), ("PayBankName", c => c.Bank?.Name), ("PayAccount", c => c.Account),
        ("PayPostIndex", c => c.Method == PaymentMethod.Post ? c.PostIndex : null),
        ("CreatedAtUtc", _ => CreatedAt), ("UpdatedAtUtc", _ => CreatedAt), ("Version", _ => 1),
    ];

    private static readonly (string, Func<AssignmentSpec, object?>)[] AssignmentColumns =
    [
        ("Id", a => a.Id),
        ("Number", a => a.Number),
        ("CitizenId", a => a.CitizenId),
        ("MeasureId", a => a.Measure.Id),
        ("OrganisationId", a => a.OrganisationId),
        ("TerritoryId", a => a.TerritoryId),
        ("DecidedOn", a => a.DecidedOn),
        ("StartsOn", a => a.StartsOn),
        ("EndsOn", a => a.EndsOn),
        ("Status", _ => AssignmentStatus.Active),
        ("PaymentMethod", a => a.Method),
        ("Children", a => a.Children),
        ("ChildrenWithIncrement", a => a.ChildrenWithIncrement),
        ("DocumentedSum", a => a.DocumentedSum),
        ("Version", _ => 1),
    ];

    private static readonly (string, Func<AssignmentSpec, object?>)[] PeriodColumns =
    [
        ("Id", a => a.Id),
        ("AssignmentId", a => a.Id),
        ("From", a => a.StartsOn),
        ("To", a => a.EndsOn),
        ("Amount", a => a.Amount.Amount),
        ("Basis", a => a.Amount.Basis),
    ];

    private static readonly (string, Func<AssignmentSpec, object?>)[] ChangeColumns =
    [
        ("Id", a => a.Id), ("AssignmentId", a => a.Id), ("Kind", _ => AssignmentChangeKind.Granted), ("EffectiveFrom", a => a.StartsOn),
        ("NewAmount", a => a.Amount.Amount), ("Reason", a => $"Решение № {a.Id} от {a.DecidedOn:dd.MM.yyyy}"), ("AtUtc", _ => CreatedAt),
    ];
}

interface ISpec<T> { static abstract T Of(int i, Region region); }

/// <summary>A deterministic pseudo-random stream for row number i (SplitMix64).</summary>
struct Hash(ulong seed)
{
    private ulong state = seed * 0x9E3779B97F4A7C15UL + 0x632BE59BD9B4E019UL;

    public int Next(int max)
    {
        state += 0x9E3779B97F4A7C15UL;
        var z = state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return (int)((z ^ (z >> 31)) % (ulong)max);
    }

    public T Pick<T>(T[] items) => items[Next(items.Length)];
}
