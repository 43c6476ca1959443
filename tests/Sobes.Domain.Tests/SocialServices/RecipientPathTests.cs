using Sobes.Domain.Calendar;
using Sobes.Domain.SocialServices;

namespace Sobes.Domain.Tests.SocialServices;

/// <summary>The recipient's path of 442-ФЗ: application → need recognition (ст. 15) → ИППСУ (ст. 16) → contract (ст. 17); urgent services
/// (ст. 21).</summary>
public class RecipientPathTests
{
    // May 2015 as the production calendar had it: 1 May holiday, 4 May and 11 May days off by transfer.
    private static readonly ProductionCalendar May2015 = new([
        new CalendarDay { Date = new(2015, 5, 1), Kind = CalendarDayKind.Holiday, Note = "Праздник Весны и Труда" },
        new CalendarDay { Date = new(2015, 5, 4), Kind = CalendarDayKind.TransferredDayOff, Note = "Перенос с 4 января" },
        new CalendarDay { Date = new(2015, 5, 11), Kind = CalendarDayKind.TransferredDayOff, Note = "Перенос с 9 мая" },
    ]);

    private static ServiceApplication Application(DateOnly submitted) =>
        new()
        {
            Id = 1,
            SubmittedOn = submitted,
            RequestedForm = ServiceForm.AtHome,
        };

    // ст. 15 ч. 3: decision within five working days; from Thursday 30 April the days off push it to Tuesday 12 May.
    [Fact]
    public void Art15_decision_due_in_five_working_days_skipping_holidays()
    {
        var decision = NeedRecognitionRules.Open(Application(new DateOnly(2015, 4, 30)), May2015);
        Assert.Equal(new DateOnly(2015, 5, 12), decision.DueOn);
        Assert.Equal(NeedRecognitionOutcome.Pending, decision.Outcome);
    }

    [Fact]
    public void Art15_decision_due_in_five_working_days_in_an_ordinary_week()
    {
        Assert.Equal(new DateOnly(2015, 6, 8), NeedRecognitionRules.DueDate(May2015, new DateOnly(2015, 6, 1)));
    }

    [Fact]
    public void Art15_refusal_needs_a_reason_and_a_late_decision_is_overdue()
    {
        var decision = NeedRecognitionRules.Open(Application(new DateOnly(2015, 4, 30)), May2015);
        NeedRecognitionRules.Refuse(decision, new DateOnly(2015, 5, 13), " ");
        Assert.Contains(NeedRecognitionRules.Validate(decision, new DateOnly(2015, 4, 30)), e => e.Field == "refusalReason");
        Assert.True(NeedRecognitionRules.IsOverdue(decision, new DateOnly(2015, 5, 13)));

        NeedRecognitionRules.Recognise(decision, new DateOnly(2015, 5, 12), ServiceForm.AtHome);
        Assert.Empty(NeedRecognitionRules.Validate(decision, new DateOnly(2015, 4, 30)));
        Assert.False(NeedRecognitionRules.IsOverdue(decision, new DateOnly(2015, 6, 1)));
    }

    [Fact]
    public void Art15_pending_decision_becomes_overdue_after_the_due_date()
    {
        var decision = NeedRecognitionRules.Open(Application(new DateOnly(2015, 4, 30)), May2015);
        Assert.False(NeedRecognitionRules.IsOverdue(decision, new DateOnly(2015, 5, 12)));
        Assert.True(NeedRecognitionRules.IsOverdue(decision, new DateOnly(2015, 5, 13)));
    }

    private static IndividualProgramme Programme(DateOnly start, DateOnly review) =>
        new()
        {
            DrawnUpOn = start,
            StartsOn = start,
            NextReviewOn = review,
            Form = ServiceForm.AtHome,
            Lines =
            [
                new ProgrammeLine
                {
                    SocialServiceId = 1,
                    Volume = 96,
                    Periodicity = "2 раза в неделю",
                    PeriodFrom = start,
                    PeriodTo = start.AddYears(1),
                },
            ],
        };

    // ст. 16 ч. 6: the programme is reviewed at least once in three years.
    [Fact]
    public void Art16_review_at_most_three_years_after_the_start()
    {
        var start = new DateOnly(2015, 5, 15);
        Assert.Equal(new DateOnly(2018, 5, 15), IndividualProgrammeRules.LatestReviewDate(start));
        Assert.Empty(IndividualProgrammeRules.Validate(Programme(start, new DateOnly(2018, 5, 15))));
        Assert.Contains(IndividualProgrammeRules.Validate(Programme(start, new DateOnly(2018, 5, 16))), e => e.Field == "nextReviewOn");
    }

    [Fact]
    public void Art16_programme_lines_need_a_positive_volume()
    {
        var programme = Programme(new DateOnly(2015, 5, 15), new DateOnly(2016, 5, 15));
        programme.Lines[0].Volume = 0;
        Assert.Contains(IndividualProgrammeRules.Validate(programme), e => e.Field == "lines[0].volume");
    }

    // ст. 17 ч. 3: the contract is concluded within a day of the programme reaching the provider.
    [Fact]
    public void Art17_contract_within_one_day_of_the_programme()
    {
        var contract = new ServiceContract { ProgrammeSubmittedOn = new(2015, 5, 18), ConcludedOn = new(2015, 5, 19), StartsOn = new(2015, 5, 19) };
        Assert.Empty(ServiceContractRules.Validate(contract));
        contract.ConcludedOn = new(2015, 5, 20);
        Assert.Contains(ServiceContractRules.Validate(contract), e => e.Field == "concludedOn");
    }

    // ст. 21 ч. 2: urgent services need no programme; the act signed by the recipient confirms them.
    [Fact]
    public void Art21_urgent_act_needs_the_recipients_signature_and_urgent_services_only()
    {
        var legalHelp = new SocialService
        {
            Id = 7,
            Name = "Содействие в получении юридической помощи",
            Form = ServiceForm.Urgent,
            Type = ServiceType.Urgent,
        };
        var homeCleaning = new SocialService { Id = 8, Name = "Уборка жилых помещений", Form = ServiceForm.AtHome, Type = ServiceType.Household };
        var act = new UrgentServiceAct
        {
            Basis = "Заявление получателя",
            ProvidedFrom = new(2015, 3, 2),
            ProvidedTo = new(2015, 3, 2),
            DrawnUpOn = new(2015, 3, 2),
            Lines = [new UrgentServiceActLine { SocialService = legalHelp, SocialServiceId = 7, Quantity = 1 }],
        };
        Assert.Equal(["recipientSignedOn"], UrgentServiceActRules.Validate(act).Select(e => e.Field));

        act.RecipientSignedOn = new(2015, 3, 2);
        Assert.Empty(UrgentServiceActRules.Validate(act));

        act.Lines.Add(new UrgentServiceActLine { SocialService = homeCleaning, SocialServiceId = 8, Quantity = 1 });
        Assert.Contains(UrgentServiceActRules.Validate(act), e => e.Field == "lines[1].socialServiceId");
    }
}
