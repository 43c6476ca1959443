using Microsoft.EntityFrameworkCore;
using Sobes.Domain.Audit;
using Sobes.Domain.Common;
using Sobes.Domain.SocialServices;
using Sobes.Infrastructure.SocialServices;
using Sobes.Web.Tests.Hosting;

namespace Sobes.Web.Tests.SocialServices;

/// <summary>442-ФЗ ст. 14–17 and 21 through the module's services: territory scope, audit, deadlines by the production calendar.</summary>
public class RecipientPathServiceTests(Hosts hosts) : SocialServicesTest(hosts)
{
    // ст. 15 ч. 3: five working days. 02.03.2015 (Mon) + 5 working days skips 09.03.2015, the day off moved from 8 March — due 10.03.2015.
    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Art15_decision_is_due_in_five_working_days_by_the_production_calendar(Db dbKind)
    {
        await OnAsync(dbKind);
        var user = await Fx.NewCentreAsync("Срок решения");
        var citizen = await Scenario.FreeCitizenAsync(Fx, 20);
        await using var db = Fx.NewContext();
        var app = await Fx.Build(db)
            .Path.CreateAsync(
                user,
                new ServiceApplicationInput
                {
                    CitizenId = citizen,
                    SubmittedOn = new DateOnly(2015, 3, 2),
                    RequestedForm = ServiceForm.AtHome,
                    Circumstances = "Утрата способности к самообслуживанию.",
                    Household = [new HouseholdMemberInput { MonthlyAmount = 10000m }],
                }
            );
        Assert.Equal(new DateOnly(2015, 3, 10), app.NeedRecognition!.DueOn);
        Assert.Equal(NeedRecognitionOutcome.Pending, app.NeedRecognition.Outcome);
        Assert.True(
            await db.AuditEntries.AnyAsync(a =>
                a.CitizenId == citizen && a.Action == AuditAction.Create && a.EntityType == nameof(ServiceApplication)
            )
        );
    }

    // ст. 15: a refusal states its reason; the decision is refused as a whole and nothing changes.
    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Refusal_without_a_reason_is_refused_in_Russian_and_saves_nothing(Db dbKind)
    {
        await OnAsync(dbKind);
        var user = await Fx.NewCentreAsync("Отказ");
        var citizen = await Scenario.FreeCitizenAsync(Fx, 21);
        long id;
        await using (var db = Fx.NewContext())
            id = (await Fx.Build(db).Path.CreateAsync(user, new ServiceApplicationInput
            {
                CitizenId = citizen, SubmittedOn = new DateOnly(2015, 3, 2), Circumstances = "Одинокое проживание.",
            })).Id;
        await using (var db = Fx.NewContext())
        {
            var e = await Assert.ThrowsAsync<DomainValidationException>(() => Fx.Build(db).Path.DecideAsync(user, id,
                new DecisionInput { Outcome = NeedRecognitionOutcome.Refused, DecidedOn = new DateOnly(2015, 3, 5) }));
            Assert.Equal(("refusalReason", "Укажите причину отказа."), (e.Errors.Single().Field, e.Errors.Single().Message));
        }
        await using (var db = Fx.NewContext())
            Assert.Equal(NeedRecognitionOutcome.Pending, (await db.NeedRecognitions.SingleAsync(n => n.ServiceApplicationId == id)).Outcome);
    }

    // Users see only their territory's citizens: a Varna specialist cannot open a Kasli application.
    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Another_territory_does_not_see_the_application(Db dbKind)
    {
        await OnAsync(dbKind);
        var varna = await Fx.UserAsync("varna");
        await using var db = Fx.NewContext();
        var kasliApplication = await db.ServiceApplications.Select(a => a.Id).FirstAsync();
        var s = Fx.Build(db);
        await Assert.ThrowsAsync<NotFoundException>(() => s.Path.GetAsync(varna, kasliApplication));
        Assert.Empty(await s.Path.ListAsync(varna));
    }

    // ст. 16 ч. 6: the programme is reviewed at least every three years — a later review date is refused.
    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Art16_programme_review_later_than_three_years_is_refused(Db dbKind)
    {
        await OnAsync(dbKind);
        var user = await Fx.NewCentreAsync("ИППСУ");
        var citizen = await Scenario.FreeCitizenAsync(Fx, 22);
        await using var db = Fx.NewContext();
        var s = Fx.Build(db);
        var app = await s.Path.CreateAsync(
            user,
            new ServiceApplicationInput
            {
                CitizenId = citizen,
                SubmittedOn = new DateOnly(2015, 3, 2),
                Circumstances = "Инвалидность.",
            }
        );
        await s.Path.DecideAsync(
            user,
            app.Id,
            new DecisionInput
            {
                Outcome = NeedRecognitionOutcome.Recognised,
                DecidedOn = new DateOnly(2015, 3, 4),
                Form = ServiceForm.AtHome,
            }
        );
        var serviceId = await db.SocialServices.Where(x => x.Code == "1.1.1").Select(x => x.Id).SingleAsync();
        var e = await Assert.ThrowsAsync<DomainValidationException>(() => s.Path.CreateProgrammeAsync(user, app.Id, new ProgrammeInput
        {
            DrawnUpOn = new DateOnly(2015, 3, 4), StartsOn = new DateOnly(2015, 4, 1), NextReviewOn = new DateOnly(2018, 6, 1),
            Lines = [new ProgrammeLineInput { SocialServiceId = serviceId, Volume = 10 }],
        }));
        Assert.Contains("не реже одного раза в три года", e.Errors.Single().Message);
    }

    // ст. 21: urgent services need no programme; the act is recorded and its services count in the urgent volumes.
    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Art21_urgent_act_records_the_service_for_the_assignment(Db dbKind)
    {
        await OnAsync(dbKind);
        var user = await Fx.NewCentreAsync("Срочные");
        var citizen = await Scenario.FreeCitizenAsync(Fx, 23);
        await using var db = Fx.NewContext();
        var s = Fx.Build(db);
        var legal = await db.SocialServices.Where(x => x.Code == "4.4").Select(x => x.Id).SingleAsync();
        var on = new DateOnly(2015, 5, 6);
        var act = await s.Path.CreateUrgentActAsync(user, new UrgentActInput
        {
            CitizenId = citizen, Basis = "Заявление", ProvidedFrom = on, ProvidedTo = on, DrawnUpOn = on, RecipientSignedOn = on,
            Lines = [new UrgentLineInput { SocialServiceId = legal, Quantity = 1 }],
        });
        Assert.StartsWith("АСУ-2015-", act.Number);
        Assert.True(await db.DeliveredServices.AnyAsync(d => d.CitizenId == citizen && d.SocialServiceId == legal && d.ServiceContractId == null));
        var assignmentId = await Scenario.ImportAsync(Fx, user);
        var report = await s.Reports.CreateAsync(
            user,
            new ReportCreateInput
            {
                StateAssignmentId = assignmentId,
                PartCode = "1.3",
                Year = 2015,
                Quarter = 2,
            }
        );
        Assert.Equal(
            (1m, 0m),
            (
                report.Rows.Single(r => r.IndicatorCode == "S3.1-VOLUME").Actual!.Value,
                report.Rows.Single(r => r.IndicatorCode == "S3.2-VOLUME").Actual!.Value
            )
        );
    }

    // An unsigned act is rebuilt from the current records; the number stays.
    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Unsigned_act_is_rebuilt_when_services_change(Db dbKind)
    {
        await OnAsync(dbKind);
        var user = await Fx.NewCentreAsync("Пересоставление");
        var citizen = await Scenario.FreeCitizenAsync(Fx, 24);
        var contract = await Scenario.ContractAsync(
            Fx,
            user,
            citizen,
            ServiceForm.AtHome,
            14000m,
            Scenario.ApplicationDay,
            new DateOnly(2015, 4, 1),
            "1.1.6"
        );
        await Scenario.RecordAsync(Fx, user, contract.Id, "1.1.6", new DateOnly(2015, 4, 6), minutes: 60);
        string number;
        await using (var db = Fx.NewContext())
        {
            await Fx.Build(db).Acts.GenerateMonthAsync(user, 2015, 4);
            number = (await Fx.Build(db).Acts.ListAsync(user, 2015, 4)).Single().Number;
        }
        await Scenario.RecordAsync(Fx, user, contract.Id, "1.1.6", new DateOnly(2015, 4, 13), minutes: 60);
        await using (var db = Fx.NewContext())
        {
            var s = Fx.Build(db);
            var again = await s.Acts.GenerateMonthAsync(user, 2015, 4);
            Assert.Equal((0, 1), (again.Created, again.Replaced));
            var act = (await s.Acts.ListAsync(user, 2015, 4)).Single();
            Assert.Equal((number, 135.20m, 135.20m), (act.Number, act.TotalCost, act.Fee)); // 2 × 60 min × 67.6 ₽/h
        }
    }
}
