using Sobes.Domain.Applications;
using Sobes.Infrastructure.Applications;

namespace Sobes.Web.Areas.Applications.Api;

/// <summary>An application as the API shows it: the card with checklist, requests, items with proposals and findings, and the deadline.</summary>
internal static class ApplicationDto
{
    public static object From(ApplicationDetails d)
    {
        var a = d.Application;
        return new
        {
            a.Id,
            a.Number,
            a.RegisteredOn,
            a.Status,
            statusName = a.Status.Russian(),
            a.Channel,
            a.PaymentMethod,
            a.Version,
            applicant = new
            {
                d.Applicant.Id,
                d.Applicant.FullName,
                d.Applicant.BirthDate,
            },
            department = new { d.Department.Id, d.Department.Name },
            regulation = Regulation(d),
            a.DocumentsCompleteOn,
            a.DueOn,
            workingDaysLeft = d.WorkingDaysLeft,
            overdue = d.Overdue,
            missingDocuments = d.MissingDocuments,
            checklist = Checklist(d),
            requests = Requests(d),
            items = Items(d),
            refusalGrounds = d.Regulation.RefusalGrounds.Select(g => new
            {
                g.Id,
                g.Code,
                g.Text,
                g.LegalReference,
            }),
            preparedBy = d.NameOf(a.PreparedByUserId),
            a.PreparedOn,
            visaBy = d.NameOf(a.VisaByUserId),
            a.VisaOn,
            signedBy = d.NameOf(a.SignedByUserId),
            a.DecidedOn,
            a.DecisionNumber,
            a.ReturnNote,
            registeredBy = d.NameOf(a.RegisteredByUserId),
            a.IntakeStartedAtUtc,
            a.RegisteredAtUtc,
            doublePaymentCheck = DoublePaymentCheck(d),
            notice = Notice(d),
            refusalCheck = RefusalCheck(d),
            procedure = Procedure(d),
        };
    }

    private static object Regulation(ApplicationDetails d) =>
        new
        {
            d.Regulation.Id,
            d.Regulation.Code,
            d.Regulation.Name,
            decisionDeadline = d.Regulation.DecisionDeadline.Russian(),
            d.Regulation.DecisionDeadlineClause,
            steps = d
                .Regulation.Steps.OrderBy(s => s.Order)
                .Select(s => new
                {
                    s.Order,
                    s.Name,
                    s.Clause,
                    s.Performer,
                    maxDuration = s.MaxDuration.Russian(),
                }),
        };

    private static IEnumerable<object> Checklist(ApplicationDetails d) =>
        d.Checklist.Select(r => new
        {
            regulationDocumentId = r.Document.Id,
            r.Document.Name,
            r.Document.Clause,
            r.Document.Mandatory,
            r.Required,
            r.Conditional,
            r.Document.Condition,
            r.Document.AlternativeGroup,
            r.Document.ValidityDays,
            r.Document.ProvidingBody,
            r.Status,
            received = r.Received is { } s
                ? new
                {
                    s.Id,
                    s.ReceivedOn,
                    s.IssuedOn,
                    s.Details,
                    s.Source,
                    s.ReturnedToApplicant,
                }
                : null,
            requestId = r.OpenRequest?.Id,
            requestDueOn = r.OpenRequest?.DueOn,
            r.RequestOverdue,
        });

    private static IEnumerable<object> Requests(ApplicationDetails d) =>
        d
            .Application.Requests.OrderBy(r => r.SentOn)
            .ThenBy(r => r.Id)
            .Select(r => new
            {
                r.Id,
                r.RegulationDocumentId,
                r.Body,
                r.Subject,
                r.SentOn,
                r.DueOn,
                r.AnsweredOn,
                r.Answer,
                r.Confirms,
                overdue = d.IsOverdue(r),
            });

    private static IEnumerable<object> Items(ApplicationDetails d) =>
        d.Items.Select(i => new
        {
            i.Item.Id,
            measure = new
            {
                i.Measure.Id,
                i.Measure.Code,
                i.Measure.ShortName,
                i.Measure.Name,
                i.Measure.Kind,
            },
            beneficiary = i.Item.BeneficiaryCitizenId is { } c
                ? new
                {
                    id = c,
                    fullName = i.ChildName,
                    birthDate = i.ChildBirthDate,
                }
                : null,
            i.Item.Outcome,
            i.Item.Amount,
            i.Item.AmountBasis,
            i.Item.PeriodFrom,
            i.Item.PeriodTo,
            i.Item.EventDate,
            i.Item.ContractEndsOn,
            i.Item.Children,
            i.Item.ChildrenWithIncrement,
            i.Item.DocumentedSum,
            refusalGround = i.Item.RefusalGround is { } g
                ? new
                {
                    g.Id,
                    g.Code,
                    g.Text,
                    g.LegalReference,
                }
                : null,
            i.Item.RefusalDetails,
            i.Item.RefusalNumber,
            assignment = i.Item.AssignmentId is { } aid ? new { id = aid, number = i.AssignmentNumber } : null,
            proposal = i.Proposal,
            findings = i.Findings,
            warnings = i.Warnings,
        });

    private static object RefusalCheck(ApplicationDetails d)
    {
        var a = d.Application;
        return new
        {
            state = a.RefusalCheck,
            stateName = a.RefusalCheck.Russian(),
            requiredByRegulation = d.Regulation.RefusalCheckedByMinistry,
            checkedBy = d.NameOf(a.RefusalCheckedByUserId),
            checkedOn = a.RefusalCheckedOn,
            remark = a.RefusalCheckRemark,
            sentOn = a.RefusalSentOn,
            sentBy = d.NameOf(a.RefusalSentByUserId),
        };
    }

    private static IEnumerable<object> Procedure(ApplicationDetails d) =>
        d.Procedure.Select(p => new
        {
            p.Step.Order,
            p.Step.Name,
            p.Step.Clause,
            p.Step.Milestone,
            plannedPerformer = p.Step.Performer,
            performer = p.Performer,
            maxDuration = p.Step.MaxDuration.Russian(),
            started = p.Started?.Iso(),
            finished = p.Finished?.Iso(),
            due = p.Due?.Iso(),
            state = p.State,
            stateName = p.State.Russian(),
            p.Verdict,
        });

    private static object? DoublePaymentCheck(ApplicationDetails d)
    {
        var a = d.Application;
        return a.DoublePaymentCheckedAtUtc is { } checkedAt
            ? new
            {
                checkedAtUtc = checkedAt,
                checkedBy = d.NameOf(a.DoublePaymentCheckedByUserId),
                result = a.DoublePaymentCheckResult,
            }
            : null;
    }

    private static object? Notice(ApplicationDetails d)
    {
        var a = d.Application;
        return a.NoticeGivenOn is { } given
            ? new
            {
                givenOn = given,
                way = a.NoticeWay,
                wayName = a.NoticeWay?.Russian(),
                by = d.NameOf(a.NoticeByUserId),
            }
            : null;
    }
}
