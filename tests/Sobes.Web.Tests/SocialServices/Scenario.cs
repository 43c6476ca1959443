using Microsoft.EntityFrameworkCore;
using Sobes.Domain.Organisations;
using Sobes.Domain.SocialServices;
using Sobes.Infrastructure.SocialServices;

namespace Sobes.Web.Tests.SocialServices;

/// <summary>Steps a test repeats: a recipient taken through the 442-ФЗ path, services recorded, the assignment imported.</summary>
internal static class Scenario
{
    /// <summary>Dates inside the seed 004 assignment year, when Chelyabinsk's IV quarter 2014 subsistence minimum was in force (pensioners
    /// 6 599 ₽).</summary>
    public static readonly DateOnly ApplicationDay = new(2015, 3, 2);
    public static readonly DateOnly ServiceStart = new(2015, 1, 12);

    public static async Task<long> FreeCitizenAsync(SocialServicesFixture fx, int skip)
    {
        await using var db = fx.NewContext();
        var used = await db.ServiceApplications.Select(a => a.CitizenId).ToListAsync();
        var kasli = await db.Territories.SingleAsync(t => t.Code == "75629000");
        return await db.Citizens.Where(c => c.TerritoryId == kasli.Id && c.DeathDate == null && !used.Contains(c.Id))
            .OrderByDescending(c => c.Id).Skip(skip).Select(c => c.Id).FirstAsync();
    }

    /// <summary>Application → recognition → ИППСУ with the given services → contract; returns the contract.</summary>
    public static async Task<ServiceContract> ContractAsync(
        SocialServicesFixture fx,
        UserContext user,
        long citizenId,
        ServiceForm form,
        decimal monthlyIncome,
        DateOnly submitted,
        DateOnly starts,
        params string[] serviceCodes
    )
    {
        await using var db = fx.NewContext();
        var s = fx.Build(db);
        var codes = await db.SocialServices.Where(x => serviceCodes.Contains(x.Code)).ToDictionaryAsync(x => x.Code, x => x.Id);
        var app = await s.Path.CreateAsync(user, new ServiceApplicationInput
        {
            CitizenId = citizenId, SubmittedOn = submitted, RequestedForm = form, Circumstances = "Частичная утрата способности к самообслуживанию.",
            Household = [new HouseholdMemberInput { MonthlyAmount = monthlyIncome, IncomeKind = "пенсия" }],
        });
        await s.Path.DecideAsync(
            user,
            app.Id,
            new DecisionInput
            {
                Outcome = NeedRecognitionOutcome.Recognised,
                DecidedOn = app.NeedRecognition!.DueOn,
                Form = form,
            }
        );
        var programme = await s.Path.CreateProgrammeAsync(
            user,
            app.Id,
            new ProgrammeInput
            {
                DrawnUpOn = app.NeedRecognition.DueOn,
                StartsOn = starts,
                Lines = serviceCodes
                    .Select(c => new ProgrammeLineInput
                    {
                        SocialServiceId = codes[c],
                        Volume = 100,
                        Periodicity = "по графику",
                        PeriodFrom = starts,
                        PeriodTo = starts.AddYears(1).AddDays(-1),
                    })
                    .ToList(),
            }
        );
        return await s.Path.ConcludeContractAsync(user, programme.Id, new ServiceContractInput
        {
            ProgrammeSubmittedOn = starts.AddDays(-1), ConcludedOn = starts.AddDays(-1), StartsOn = starts,
        });
    }

    public static async Task RecordAsync(
        SocialServicesFixture fx,
        UserContext user,
        long contractId,
        string code,
        DateOnly on,
        decimal quantity = 1,
        int? minutes = null
    )
    {
        await using var db = fx.NewContext();
        var serviceId = await db.SocialServices.Where(x => x.Code == code).Select(x => x.Id).SingleAsync();
        await fx.Build(db)
            .Delivery.RecordAsync(
                user,
                new DeliveryInput
                {
                    ServiceContractId = contractId,
                    SocialServiceId = serviceId,
                    DeliveredOn = on,
                    Quantity = quantity,
                    Minutes = minutes,
                }
            );
    }

    public static async Task<int> ImportAsync(SocialServicesFixture fx, UserContext user)
    {
        await using var db = fx.NewContext();
        return (await fx.Build(db).Assignments.ImportSeedAsync(user, null)).Id;
    }
}
