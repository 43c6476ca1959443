using Microsoft.EntityFrameworkCore;
using Sobes.Domain.Common;
using Sobes.Domain.SocialServices;
using Sobes.Infrastructure.SocialServices;
using Sobes.Web.Tests.Hosting;

namespace Sobes.Web.Tests.SocialServices;

/// <summary>
/// 442-ФЗ ст. 16 ч. 5: the individual programme is reviewed as needs change, at least once in three years — a new version from the old one.
/// Ст. 18 ч. 1: the contract is ended early on a stated ground; no services are recorded after its last day.
/// </summary>
public class ProgrammeReviewAndTerminationTests(Hosts hosts) : SocialServicesTest(hosts)
{
    private static readonly DateOnly Start = new(2015, 4, 1);

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Art16_review_copies_the_services_into_a_new_version_closes_the_old_one_and_the_contract_follows(Db dbKind)
    {
        await OnAsync(dbKind);
        var user = await Fx.NewCentreAsync("Пересмотр ИППСУ");
        var contract = await Scenario.ContractAsync(
            Fx,
            user,
            await Scenario.FreeCitizenAsync(Fx, 60),
            ServiceForm.AtHome,
            10000m,
            Scenario.ApplicationDay,
            Start,
            "1.1.1",
            "1.1.6"
        );
        long oldId;
        await using (var db = Fx.NewContext())
        {
            oldId = contract.IndividualProgrammeId;
            var due = await Fx.Build(db).Path.DueForReviewAsync(user);
            var item = Assert.Single(due, d => d.ProgrammeId == oldId); // review by 01.04.2018 is long overdue
            Assert.True(item.Overdue);
            Assert.Equal(contract.Number, item.ContractNumber);
        }

        await using (var db = Fx.NewContext())
        {
            var tooLate = await Assert.ThrowsAsync<DomainValidationException>(() => Fx.Build(db).Path.ReviewProgrammeAsync(user, oldId,
                new ProgrammeReviewInput { DrawnUpOn = new(2016, 3, 1), StartsOn = new(2016, 4, 1), NextReviewOn = new(2019, 4, 2) }));
            Assert.Contains(tooLate.Errors, e => e.Field == "nextReviewOn" && e.Message.Contains("три года"));
        }

        IndividualProgramme revised;
        await using (var db = Fx.NewContext())
            revised = await Fx.Build(db)
                .Path.ReviewProgrammeAsync(
                    user,
                    oldId,
                    new ProgrammeReviewInput { DrawnUpOn = new(2016, 3, 1), StartsOn = new(2016, 4, 1) }
                );
        await using (var db = Fx.NewContext())
        {
            var old = await db.IndividualProgrammes.Include(p => p.Lines).SingleAsync(p => p.Id == oldId);
            var fresh = await db.IndividualProgrammes.Include(p => p.Lines).SingleAsync(p => p.Id == revised.Id);
            Assert.Equal(new DateOnly(2016, 3, 31), old.ClosedOn);
            Assert.Equal(oldId, fresh.PreviousProgrammeId);
            Assert.Equal(new DateOnly(2019, 4, 1), fresh.NextReviewOn); // start + 3 years, the latest ст. 16 allows
            Assert.Equal(
                old.Lines.Select(l => (l.SocialServiceId, l.Volume)).OrderBy(x => x.SocialServiceId),
                fresh.Lines.Select(l => (l.SocialServiceId, l.Volume)).OrderBy(x => x.SocialServiceId)
            );
            Assert.All(fresh.Lines, l => Assert.Equal((new DateOnly(2016, 4, 1), new DateOnly(2017, 3, 31)), (l.PeriodFrom, l.PeriodTo)));
            Assert.Equal(revised.Id, (await db.ServiceContracts.SingleAsync(c => c.Id == contract.Id)).IndividualProgrammeId);
            Assert.DoesNotContain(await Fx.Build(db).Path.DueForReviewAsync(user), d => d.ProgrammeId == oldId);
        }

        // Services are recorded under the same contract before the review (old version) and after it (new version).
        await Scenario.RecordAsync(Fx, user, contract.Id, "1.1.1", new DateOnly(2015, 5, 5));
        await Scenario.RecordAsync(Fx, user, contract.Id, "1.1.1", new DateOnly(2016, 5, 5));
        await using (var db = Fx.NewContext())
            await Assert.ThrowsAsync<ConflictException>(() =>
                Fx.Build(db)
                    .Path.ReviewProgrammeAsync(
                        user,
                        oldId,
                        new ProgrammeReviewInput { DrawnUpOn = new(2016, 3, 1), StartsOn = new(2016, 4, 1) }
                    )
            );
    }

    [Theory, ClassData(typeof(AllDatabases))]
    public async Task Art18_termination_needs_a_ground_and_stops_services_after_its_date(Db dbKind)
    {
        await OnAsync(dbKind);
        var user = await Fx.NewCentreAsync("Прекращение договора");
        var contract = await Scenario.ContractAsync(
            Fx,
            user,
            await Scenario.FreeCitizenAsync(Fx, 61),
            ServiceForm.AtHome,
            10000m,
            Scenario.ApplicationDay,
            Start,
            "1.1.1"
        );
        await Scenario.RecordAsync(Fx, user, contract.Id, "1.1.1", new DateOnly(2015, 4, 10));

        await using (var db = Fx.NewContext())
        {
            var s = Fx.Build(db).Path;
            var noGround = await Assert.ThrowsAsync<DomainValidationException>(() =>
                s.TerminateContractAsync(user, contract.Id, new TerminationInput { TerminatedOn = new(2015, 4, 20) })
            );
            Assert.Contains(noGround.Errors, e => e.Field == "ground");
        }
        await using (var db = Fx.NewContext())
        {
            var breach = await Assert.ThrowsAsync<DomainValidationException>(() => Fx.Build(db).Path.TerminateContractAsync(user, contract.Id,
                new TerminationInput { TerminatedOn = new(2015, 4, 20), Ground = TerminationGround.Breach }));
            Assert.Contains(breach.Errors, e => e.Field == "reason");
        }
        await using (var db = Fx.NewContext())
        {
            var servicesAfter = await Assert.ThrowsAsync<DomainValidationException>(() => Fx.Build(db).Path.TerminateContractAsync(user, contract.Id,
                new TerminationInput { TerminatedOn = new(2015, 4, 5), Ground = TerminationGround.RecipientRequest }));
            Assert.Contains(servicesAfter.Errors, e => e.Field == "terminatedOn");
        }
        await using (var db = Fx.NewContext())
        {
            var department = await Fx.UserAsync("specialist");
            await Assert.ThrowsAsync<ForbiddenException>(() => Fx.Build(db).Path.TerminateContractAsync(department, contract.Id,
                new TerminationInput { TerminatedOn = new(2015, 4, 20), Ground = TerminationGround.RecipientRequest }));
        }
        await using (var db = Fx.NewContext())
        {
            var done = await Fx.Build(db)
                .Path.TerminateContractAsync(
                    user,
                    contract.Id,
                    new TerminationInput { TerminatedOn = new(2015, 4, 20), Ground = TerminationGround.Death }
                );
            Assert.Equal(TerminationGround.Death, done.TerminationGround);
        }

        await Scenario.RecordAsync(Fx, user, contract.Id, "1.1.1", new DateOnly(2015, 4, 20)); // the last day is still served
        var after = await Assert.ThrowsAsync<DomainValidationException>(() =>
            Scenario.RecordAsync(Fx, user, contract.Id, "1.1.1", new DateOnly(2015, 4, 21))
        );
        Assert.Contains(after.Errors, e => e.Field == "deliveredOn" && e.Message.Contains("прекращено"));
        await using (var db = Fx.NewContext())
        {
            Assert.DoesNotContain(await Fx.Build(db).Delivery.RecipientsAsync(user, new DateOnly(2015, 4, 21)), r => r.ContractId == contract.Id);
            await Assert.ThrowsAsync<ConflictException>(() => Fx.Build(db).Path.TerminateContractAsync(user, contract.Id,
                new TerminationInput { TerminatedOn = new(2015, 4, 25), Ground = TerminationGround.EndOfTerm }));
        }
    }
}

/// <summary>The planner enters an assignment by hand: a part, a service and an indicator with plan values.</summary>
public class ManualIndicatorTests(Hosts hosts) : SocialServicesTest(hosts)
{
    [Theory, ClassData(typeof(AllDatabases))]
    public async Task An_indicator_is_entered_by_hand_with_a_new_part_and_section_and_its_plan(Db dbKind)
    {
        await OnAsync(dbKind);
        var user = await Fx.NewCentreAsync("Ввод задания");
        var id = await Scenario.ImportAsync(Fx, user);
        await using (var db = Fx.NewContext())
        {
            var s = Fx.Build(db).Assignments;
            var missing = await Assert.ThrowsAsync<DomainValidationException>(() =>
                s.AddIndicatorAsync(
                    user,
                    id,
                    new ManualIndicatorInput
                    {
                        PartCode = "1.9",
                        SectionNumber = "9.1",
                        Code = "X",
                    }
                )
            );
            Assert.Contains(missing.Errors, e => e.Field == "partTitle");
            Assert.Contains(missing.Errors, e => e.Field == "name");
        }
        await using (var db = Fx.NewContext())
            await Fx.Build(db)
                .Assignments.AddIndicatorAsync(
                    user,
                    id,
                    new ManualIndicatorInput
                    {
                        PartCode = "1.9",
                        PartTitle = "Часть 1.9 (введена вручную)",
                        SectionNumber = "9.1",
                        SectionName = "Услуга, введённая вручную",
                        Form = ServiceForm.AtHome,
                        Code = "P1.9-PEOPLE",
                        Name = "Число получателей",
                        Unit = "чел.",
                        Plan = new() { [2015] = 12m, [2016] = 14m },
                    }
                );
        await using (var db = Fx.NewContext())
        {
            var a = await db.StateAssignments.AsSplitQuery().Include(x => x.Parts).ThenInclude(p => p.Sections).ThenInclude(x => x.Indicators)
                .Include(x => x.Indicators).ThenInclude(i => i.PlanValues).SingleAsync(x => x.Id == id);
            var part = Assert.Single(a.Parts, p => p.Code == "1.9");
            Assert.Equal(a.Parts.First(p => p.Code == "1.1").QuarterlyReportDay, part.QuarterlyReportDay);
            var indicator = Assert.Single(a.Indicators, i => i.Code == "P1.9-PEOPLE");
            Assert.Equal(12m, indicator.PlanFor(2015));
            Assert.Equal(ActualMeasure.Manual, indicator.Measure);
            Assert.Single(Assert.Single(part.Sections).Indicators);
            await Assert.ThrowsAsync<DomainValidationException>(() => Fx.Build(db).Assignments.AddIndicatorAsync(user, id, new ManualIndicatorInput
            {
                PartCode = "1.9", SectionNumber = "9.1", Code = "P1.9-PEOPLE", Name = "Повтор", Unit = "чел.",
            }));
        }
    }
}
