using Sobes.Domain.Common;
using Sobes.Domain.SocialServices;
using Sobes.Infrastructure.SocialServices;
using Sobes.Web.Tests.Hosting;

namespace Sobes.Web.Tests.SocialServices;

/// <summary>
/// 442-ФЗ ст. 12 ч. 1, ст. 17: the provider of social services concludes the contract, gives the services and draws up the acts;
/// ст. 8 п. 8–11: the catalogue, tariffs and the subsistence minimum are the region's. The module's services refuse everyone else in Russian.
/// </summary>
public class ProviderAccessTests(Hosts hosts) : SocialServicesTest(hosts)
{
    [Theory]
    [InlineDataOnAllDatabases("admin")]
    [InlineDataOnAllDatabases("specialist")]
    [InlineDataOnAllDatabases("head")]
    public async Task Only_a_social_services_centre_concludes_the_contract(Db dbKind, string login)
    {
        await OnAsync(dbKind);
        var centre = await Fx.NewCentreAsync("Поставщик " + login);
        var other = await Fx.UserAsync(login);
        var citizen = await Scenario.FreeCitizenAsync(Fx, 40 + login.Length);
        await using var db = Fx.NewContext();
        var s = Fx.Build(db);
        var app = await s.Path.CreateAsync(
            other,
            new ServiceApplicationInput
            {
                CitizenId = citizen,
                SubmittedOn = Scenario.ApplicationDay,
                RequestedForm = ServiceForm.AtHome,
                Circumstances = "Утрата способности к самообслуживанию.",
                Household = [new HouseholdMemberInput { MonthlyAmount = 10000m }],
            }
        );
        // The decision on the need stays with the authorised body and those it delegates to (ст. 15): every writer may take it.
        await s.Path.DecideAsync(
            other,
            app.Id,
            new DecisionInput { Outcome = NeedRecognitionOutcome.Recognised, DecidedOn = app.NeedRecognition!.DueOn }
        );
        var serviceId = (await s.Catalogue.ListAsync(Scenario.ApplicationDay, activeOnly: true))
            .First(i => i.Service.Form == ServiceForm.AtHome)
            .Service.Id;
        var programme = await s.Path.CreateProgrammeAsync(other, app.Id, new ProgrammeInput
        {
            DrawnUpOn = app.NeedRecognition.DueOn, StartsOn = Scenario.ApplicationDay.AddDays(20),
            Lines = [new ProgrammeLineInput { SocialServiceId = serviceId, Volume = 10, Periodicity = "по графику" }],
        });
        var input = new ServiceContractInput
        {
            ProgrammeSubmittedOn = programme.StartsOn.AddDays(-1),
            ConcludedOn = programme.StartsOn.AddDays(-1),
            StartsOn = programme.StartsOn,
        };

        var refused = await Assert.ThrowsAsync<ForbiddenException>(() =>
            Fx.Build(Fx.NewContext()).Path.ConcludeContractAsync(other, programme.Id, input)
        );
        Assert.Contains("поставщик", refused.Message);
        Assert.NotNull(await Fx.Build(Fx.NewContext()).Path.ConcludeContractAsync(centre, programme.Id, input));
    }

    [Theory]
    [InlineDataOnAllDatabases("admin")]
    [InlineDataOnAllDatabases("specialist")]
    [InlineDataOnAllDatabases("head")]
    public async Task Only_a_social_services_centre_draws_up_acts_and_urgent_acts(Db dbKind, string login)
    {
        await OnAsync(dbKind);
        var other = await Fx.UserAsync(login);
        await using var db = Fx.NewContext();
        var s = Fx.Build(db);
        await Assert.ThrowsAsync<ForbiddenException>(() => s.Acts.GenerateMonthAsync(other, 2015, 4));
        await Assert.ThrowsAsync<ForbiddenException>(() => s.Path.CreateUrgentActAsync(other, new UrgentActInput()));
        await Assert.ThrowsAsync<ForbiddenException>(() => s.Delivery.RecordAsync(other, new DeliveryInput()));
        await Assert.ThrowsAsync<ForbiddenException>(() => s.Delivery.DeleteAsync(other, 1));
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task A_district_head_does_not_set_the_regions_reference_data(Db dbKind)
    {
        await OnAsync(dbKind);
        var head = await Fx.UserAsync("head");
        await using var db = Fx.NewContext();
        var e = await Assert.ThrowsAsync<ForbiddenException>(() =>
            Fx.Build(db).Catalogue.AddSubsistenceMinimumAsync(head, new SubsistenceMinimumInput())
        );
        Assert.Contains("министерства", e.Message);
        Assert.True(SocialServicesAccess.IsReferenceEditor(await Fx.UserAsync("admin")));
        Assert.False(SocialServicesAccess.IsReferenceEditor(head));
    }
}
