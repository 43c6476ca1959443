using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sobes.Domain.Measures;
using Sobes.Domain.Organisations;
using Sobes.Domain.Registry;
using Sobes.Infrastructure.Payments;
using Sobes.Infrastructure.Persistence;
using Sobes.Web.Tests.Hosting;
using Sobes.Web.Tests.Measures;
using Sobes.Web.Tests.Support;

namespace Sobes.Web.Tests.Payments;

/// <summary>
/// A department of its own for each payment test (in the Kasli district), so that its periods, months and assignments are the test's alone;
/// its staff act as the seeded Kasli users with their roles. Assignments of the test measure T-FOSTER (4 430,40 ₽ from 2025) are stored directly.
/// </summary>
public sealed class PaymentScenario
{
    public const decimal Foster2025 = 4430.40m;

    private PaymentScenario(SobesHost host, int organisationId, int territoryId, UserContext specialist, UserContext head, UserContext accountant)
    {
        Host = host; OrganisationId = organisationId; TerritoryId = territoryId; Specialist = specialist; Head = head; Accountant = accountant;
    }

    public SobesHost Host { get; }
    public int OrganisationId { get; }
    public int TerritoryId { get; }
    public UserContext Specialist { get; }
    public UserContext Head { get; }
    public UserContext Accountant { get; }

    public static async Task<PaymentScenario> CreateAsync(SobesHost host)
    {
        await AssignmentScenario.EnsureMeasuresAsync(host);
        var territory = await host.TerritoryIdAsync(Registry.KasliCode);
        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SobesDbContext>();
        var org = new Organisation
        {
            Name = "Управление социальной защиты (проверка выплат) " + Guid.NewGuid().ToString("N")[..6], ShortName = "УСЗН (проверка выплат)",
            Kind = OrganisationKind.SocialProtectionDepartment, TerritoryId = territory,
        };
        db.Organisations.Add(org);
        await db.SaveChangesAsync();
        async Task<UserContext> As(string login)
        {
            var u = await AssignmentScenario.UserAsync(host, login);
            return u with { OrganisationId = org.Id };
        }
        return new PaymentScenario(host, org.Id, territory, await As("specialist"), await As("head"), await As("accountant"));
    }

    public async Task<long> CitizenAsync(
        PaymentMethod method = PaymentMethod.Bank,
        string bik = "047501602",
        string account = "40817810872000012345",
        string postIndex = "456835"
    )
    {
        var id = await AssignmentScenario.CitizenAsync(Host, new DateOnly(1980, 5, 14), Registry.KasliCode, "Мария");
        await SetDetailsAsync(id, method, bik, account, postIndex);
        return id;
    }

    public async Task SetDetailsAsync(
        long citizenId,
        PaymentMethod method,
        string bik = "047501602",
        string account = "40817810872000012345",
        string postIndex = "456835"
    )
    {
        await WithDbAsync(async db =>
        {
            var c = await db.Citizens.SingleAsync(x => x.Id == citizenId);
            c.PaymentDetails = method == PaymentMethod.Bank
                ? new PaymentDetails { Method = method, Bik = bik, BankName = "Челябинское отделение № 8597 ПАО Сбербанк", Account = account }
                : new PaymentDetails { Method = method, PostOfficeIndex = postIndex };
            await db.SaveChangesAsync();
        });
    }

    /// <summary>A T-FOSTER assignment of this department: one period from the start at the given amount.</summary>
    public async Task<long> AssignAsync(long citizen, DateOnly start, decimal amount = Foster2025, DateOnly? decided = null, DateOnly? end = null)
    {
        long id = 0;
        await WithDbAsync(async db =>
        {
            var measure = await db.Measures.SingleAsync(m => m.Code == AssignmentScenario.Foster);
            var a = new Assignment
            {
                Number = "Т-" + Guid.NewGuid().ToString("N")[..10],
                CitizenId = citizen,
                MeasureId = measure.Id,
                OrganisationId = OrganisationId,
                TerritoryId = TerritoryId,
                DecidedOn = decided ?? start,
                StartsOn = start,
                EndsOn = end,
                PaymentMethod = PaymentMethod.Bank,
                Periods =
                [
                    new AssignmentPeriod
                    {
                        From = start,
                        To = end,
                        Amount = amount,
                        Basis = "проверка",
                    },
                ],
                // As every path that grants an assignment records it: the next run looks back to its start because of it.
                Changes =
                [
                    new AssignmentChange
                    {
                        Kind = AssignmentChangeKind.Granted,
                        EffectiveFrom = start,
                        NewAmount = amount,
                        Reason = "проверка",
                        AtUtc = DateTime.UtcNow,
                    },
                ],
            };
            db.Assignments.Add(a);
            await db.SaveChangesAsync();
            id = a.Id;
        });
        return id;
    }

    /// <summary>A retroactive indexation of one assignment, recorded as the catalogue's recalculation records it.</summary>
    public Task IndexAsync(long id, DateOnly from, decimal amount) => WithDbAsync(async c =>
    {
        var a = await c.Assignments.Include(x => x.Periods).Include(x => x.Changes).SingleAsync(x => x.Id == id);
        AssignmentRules.Recalculate(a, from, amount, "4260 × 1,04", "Индексация с 1 января", DateTime.UtcNow, null);
        await c.SaveChangesAsync();
    });

    public async Task WithDbAsync(Func<SobesDbContext, Task> action)
    {
        using var scope = Host.Services.CreateScope();
        await action(scope.ServiceProvider.GetRequiredService<SobesDbContext>());
    }

    /// <summary>Calls a payments use case (the lambda names its class: <c>(PaymentRun r) => r.ComputeAsync(…)</c>) in a scope of its own.</summary>
    public async Task<T> WithAsync<TService, T>(Func<TService, Task<T>> action) where TService : notnull
    {
        using var scope = Host.Services.CreateScope();
        return await action(scope.ServiceProvider.GetRequiredService<TService>());
    }

    public async Task<T> WithServiceAsync<TService, T>(Func<TService, Task<T>> action) where TService : notnull
    {
        using var scope = Host.Services.CreateScope();
        return await action(scope.ServiceProvider.GetRequiredService<TService>());
    }

    /// <summary>Opens and computes a month; with <paramref name="sign"/> the head and the accountant sign it and it is closed.</summary>
    public async Task<long> RunAsync(int year, int month, bool sign = true, RunOptions? options = null)
    {
        var period = await WithAsync((PaymentPeriodOpening s) => s.OpenAsync(Specialist, new OpenPeriodInput(year, month)));
        await WithAsync((PaymentRun s) => s.ComputeAsync(Specialist, period.Id, options));
        if (!sign) return period.Id;
        await WithAsync((PaymentPeriodSigning s) => s.ApproveAsync(Head, period.Id));
        await WithAsync((PaymentPeriodSigning s) => s.ApproveAsync(Accountant, period.Id));
        await WithAsync((PaymentPeriodSigning s) => s.CloseAsync(Accountant, period.Id));
        return period.Id;
    }

    public async Task<List<Sobes.Domain.Payments.Accrual>> LinesAsync(long periodId)
    {
        List<Sobes.Domain.Payments.Accrual> lines = [];
        await WithDbAsync(async db =>
            lines = await db
                .Accruals.AsNoTracking()
                .Where(l => l.PeriodId == periodId)
                .OrderBy(l => l.AssignmentId)
                .ThenBy(l => l.ForMonth)
                .ToListAsync()
        );
        return lines;
    }
}
