using Sobes.Domain.SocialServices;

namespace Sobes.Domain.Tests.SocialServices;

/// <summary>442-ФЗ ст. 16 ч. 5 (review of the programme at least once in three years) and ст. 18 ч. 1 (grounds to stop services).</summary>
public class ProgrammeReviewRulesTests
{
    private static IndividualProgramme Programme() =>
        new()
        {
            Id = 7,
            Number = "ИППСУ-2015-0001",
            CitizenId = 1,
            NeedRecognitionId = 2,
            Form = ServiceForm.AtHome,
            DrawnUpOn = new(2015, 2, 24),
            StartsOn = new(2015, 4, 1),
            NextReviewOn = new(2018, 4, 1),
            Lines =
            [
                new ProgrammeLine
                {
                    SocialServiceId = 5,
                    Volume = 104,
                    Periodicity = "2 раза в неделю",
                    PeriodFrom = new(2015, 4, 1),
                    PeriodTo = new(2016, 3, 31),
                },
            ],
        };

    [Fact]
    public void Review_copies_the_lines_for_a_term_of_the_same_length_and_closes_the_old_version()
    {
        var old = Programme();
        var (revised, errors) = IndividualProgrammeRules.Revise(old, new(2016, 3, 1), new(2016, 4, 1), null);
        Assert.Empty(errors);
        Assert.Equal(new DateOnly(2016, 3, 31), old.ClosedOn);
        Assert.Equal(7, revised!.PreviousProgrammeId);
        Assert.Equal(new DateOnly(2019, 4, 1), revised.NextReviewOn);
        var line = Assert.Single(revised.Lines);
        Assert.Equal(
            (5, 104m, new DateOnly(2016, 4, 1), new DateOnly(2017, 3, 31)),
            (line.SocialServiceId, line.Volume, line.PeriodFrom, line.PeriodTo)
        );
    }

    [Fact]
    public void Review_later_than_three_years_or_not_after_the_old_start_is_refused_and_changes_nothing()
    {
        var old = Programme();
        var (late, errors) = IndividualProgrammeRules.Revise(old, new(2016, 3, 1), new(2016, 4, 1), new(2019, 4, 2));
        Assert.Null(late);
        Assert.Contains(errors, e => e.Field == "nextReviewOn");
        Assert.Contains(IndividualProgrammeRules.Revise(old, new(2015, 3, 1), new(2015, 4, 1), null).Errors, e => e.Field == "startsOn");
        Assert.Null(old.ClosedOn);
    }

    [Fact]
    public void Due_for_review_within_sixty_days_or_overdue()
    {
        var p = Programme();
        Assert.False(IndividualProgrammeRules.IsDueForReview(p, new(2018, 1, 30)));
        Assert.True(IndividualProgrammeRules.IsDueForReview(p, new(2018, 2, 1)));
        Assert.False(IndividualProgrammeRules.IsReviewOverdue(p, new(2018, 4, 1)));
        Assert.True(IndividualProgrammeRules.IsReviewOverdue(p, new(2018, 4, 2)));
        p.ClosedOn = new(2016, 3, 31);
        Assert.False(IndividualProgrammeRules.IsDueForReview(p, new(2018, 4, 2)));
    }

    [Fact]
    public void Termination_needs_a_ground_and_a_description_for_a_breach_and_ends_service_after_its_day()
    {
        var c = new ServiceContract
        {
            ProgrammeSubmittedOn = new(2015, 3, 31),
            ConcludedOn = new(2015, 3, 31),
            StartsOn = new(2015, 4, 1),
            TerminatedOn = new(2015, 6, 30),
        };
        Assert.Contains(ServiceContractRules.Validate(c), e => e.Field == "ground");
        c.TerminationGround = TerminationGround.Breach;
        Assert.Contains(ServiceContractRules.Validate(c), e => e.Field == "reason");
        c.TerminationReason = "Систематическое непредоставление доступа в жилое помещение";
        Assert.Empty(ServiceContractRules.Validate(c));
        Assert.True(c.IsInForceOn(new(2015, 6, 30)));
        Assert.False(c.IsInForceOn(new(2015, 7, 1)));
    }
}
