using Sobes.Domain.Appeals;
using Sobes.Infrastructure.Appeals;

namespace Sobes.Web.Areas.Appeals.Api;

/// <summary>The card of a complaint as the API returns it.</summary>
public sealed record ComplaintDto(
    long Id,
    string Number,
    string Department,
    DateOnly ReceivedOn,
    ComplaintChannel Channel,
    long CitizenId,
    string Complainant,
    string Address,
    string? RepresentativeName,
    string Regulation,
    long? ApplicationId,
    string? ApplicationNumber,
    long? AssignmentId,
    string? AssignmentNumber,
    ComplaintSubject Subject,
    string SubjectText,
    string Text,
    string? Officials,
    string? Attachments,
    DateOnly DueOn,
    ComplaintStatus Status,
    int? WorkingDaysLeft,
    int? ExtensionDays,
    string? ExtensionReason,
    DateOnly? ExtendedOn,
    string? ExtendedBy,
    DateOnly? CitizenNotifiedOn,
    ComplaintDecision? Decision,
    NoAnswerGround? NoAnswerGround,
    string? AnswerText,
    DateOnly? AnsweredOn,
    string? AnsweredBy,
    bool AnsweredLate,
    int Version
)
{
    public static ComplaintDto From(ComplaintDetails d)
    {
        var c = d.Complaint;
        return new(
            c.Id,
            c.Number,
            d.Department,
            c.ReceivedOn,
            c.Channel,
            c.CitizenId,
            d.Complainant,
            d.Address,
            c.RepresentativeName,
            d.RegulationCode,
            c.ApplicationId,
            d.ApplicationNumber,
            c.AssignmentId,
            d.AssignmentNumber,
            c.Subject,
            c.Subject.Russian(),
            c.Text,
            c.Officials,
            c.Attachments,
            c.DueOn,
            d.Status,
            d.WorkingDaysLeft,
            c.ExtensionDays,
            c.ExtensionReason,
            c.ExtendedOn,
            d.NameOf(c.ExtendedByUserId),
            c.CitizenNotifiedOn,
            c.Decision,
            c.NoAnswerGround,
            c.AnswerText,
            c.AnsweredOn,
            d.NameOf(c.AnsweredByUserId),
            c.AnsweredLate,
            c.Version
        );
    }
}
