using Sobes.Domain.Measures;
using Sobes.Infrastructure.Measures;

namespace Sobes.Web.Areas.Measures.Api;

/// <summary>An assignment as the API answers it.</summary>
internal static class AssignmentDto
{
    public static object From(AssignmentDetails d)
    {
        var a = d.Assignment;
        return new
        {
            a.Id,
            a.Number,
            a.Status,
            a.CitizenId,
            recipientName = d.RecipientName,
            a.BeneficiaryCitizenId,
            beneficiaryName = d.BeneficiaryName,
            beneficiaryBirthDate = d.BeneficiaryBirthDate,
            measure = MeasureOf(d),
            a.ApplicationId,
            applicationNumber = d.ApplicationNumber,
            a.OrganisationId,
            organisationName = d.OrganisationName,
            a.DecidedOn,
            a.StartsOn,
            a.EndsOn,
            a.LastPaidDay,
            a.SuspendedFrom,
            a.StoppedFrom,
            a.StopGroundCode,
            stopGround = d.StopGround is { } g ? Ground(g) : null,
            a.StatusReason,
            a.StatusDocument,
            a.StatusRegisteredOn,
            a.PaymentMethod,
            a.Children,
            a.ChildrenWithIncrement,
            a.DocumentedSum,
            currentAmount = d.CurrentAmount,
            periods = a.Periods.Select(p => new
            {
                p.From,
                p.To,
                p.Amount,
                p.Basis,
            }),
            suspensions = a.Suspensions.Select(s => new
            {
                s.From,
                s.ResumedFrom,
                s.Reason,
                s.Document,
            }),
            changes = Changes(d),
            stopGrounds = d.Measure.StopGrounds.Select(Ground),
            a.Version,
        };
    }

    private static object MeasureOf(AssignmentDetails d) =>
        new
        {
            d.Measure.Id,
            d.Measure.Code,
            d.Measure.Name,
            d.Measure.ShortName,
            d.Measure.Kind,
            d.Measure.StopRule,
            d.Measure.PartialMonth,
        };

    private static object Ground(StopGround g) =>
        new
        {
            g.Code,
            g.Text,
            g.Clause,
            g.Automatic,
        };

    private static IEnumerable<object> Changes(AssignmentDetails d) =>
        d.Assignment.Changes.Select(c => new
        {
            c.Kind,
            c.EffectiveFrom,
            c.OldAmount,
            c.NewAmount,
            c.Reason,
            c.AtUtc,
            c.UserId,
            userName = c.UserId is { } u ? d.UserNames.GetValueOrDefault(u) : null,
        });
}
