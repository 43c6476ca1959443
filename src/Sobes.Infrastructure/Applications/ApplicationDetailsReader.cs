using Microsoft.EntityFrameworkCore;
using Sobes.Domain.Applications;
using Sobes.Domain.Calendar;
using Sobes.Domain.Common;
using Sobes.Domain.Measures;
using Sobes.Domain.Organisations;
using Sobes.Domain.Registry;
using Sobes.Infrastructure.Measures;
using Sobes.Infrastructure.Persistence;

namespace Sobes.Infrastructure.Applications;

/// <summary>
/// The card of an application: the applicant, the checklist of documents, for every measure the proposed period and amount, the
/// eligibility and the double-payment warnings, the deadline and the procedure's tracked steps. Read only; the caller audits.
/// </summary>
public sealed class ApplicationDetailsReader(
    SobesDbContext db,
    RegionClock clock,
    ApplicationCases cases,
    DoublePaymentCheck doublePayments,
    AssignmentFactory factory,
    IApplicationContracts contracts
)
{
    public async Task<ApplicationDetails> DetailsAsync(MeasureApplication app, CancellationToken ct)
    {
        var today = clock.Today;
        var cal = await cases.CalendarAsync(ct);
        var applicant = await db.Citizens.AsNoTracking().Include(c => c.Categories).ThenInclude(c => c.CategoryKind)
            .FirstAsync(c => c.Id == app.CitizenId, ct);
        var org = await db.Organisations.AsNoTracking().FirstAsync(o => o.Id == app.OrganisationId, ct);
        var items = await ItemsAsync(app, applicant, org, ct);
        var users = await UsersAsync(app, ct);
        var open = ApplicationCases.Open.Contains(app.Status);
        return new ApplicationDetails(app, applicant, org, app.Regulation!,
            ApplicationChecklist.Build(app.Regulation!, app.Documents, app.Requests, today),
            ApplicationChecklist.Missing(app.Regulation!, app.Documents),
            items,
            open && app.DueOn is { } due ? DeadlineRules.WorkingDaysLeft(today, due, cal) : null,
            open && app.DueOn < today,
            users,
            today)
        {
            Procedure = ProcedureTracking.Track(app.Regulation!.Steps, Facts(app, users), clock.NowLocal, cal),
            FosterContract = app.FosterContractId is { } contractId ? await contracts.DescribeAsync(contractId, ct) : null,
        };
    }

    private async Task<List<ItemView>> ItemsAsync(MeasureApplication app, Citizen applicant, Organisation org, CancellationToken ct)
    {
        var childIds = app.Items.Select(i => i.BeneficiaryCitizenId).OfType<long>().ToList();
        var children = await db.Citizens.AsNoTracking().Where(c => childIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);
        var decisionDate = app.DecidedOn ?? clock.Today;
        var items = new List<ItemView>();
        foreach (var item in app.Items.OrderBy(i => i.Id))
        {
            var child = item.BeneficiaryCitizenId is { } cid ? children.GetValueOrDefault(cid) : null;
            var proposal = await ProposeAsync(app, item, item.Measure!, child?.BirthDate, org.TerritoryId ?? 0, decisionDate, ct);
            var on = proposal.PeriodFrom ?? app.RegisteredOn;
            var facts = new EligibilityFacts(
                applicant.Categories.Where(c => c.IsValidOn(on) && c.CategoryKind is not null).Select(c => c.CategoryKind!.Code).ToList(),
                applicant.TerritoryId == org.TerritoryId,
                child?.BirthDate,
                child?.FullName,
                child is not null && child.TerritoryId == org.TerritoryId,
                on
            );
            var warnings = app.Status is ApplicationStatus.Decided or ApplicationStatus.Withdrawn
                ? []
                : (await doublePayments.FindAsync(app.CitizenId, [(item.Measure!, item.BeneficiaryCitizenId)], app.Id, ct))
                    .Select(f => f.Message)
                    .ToList();
            items.Add(
                new ItemView(
                    item,
                    item.Measure!,
                    child?.FullName,
                    child?.BirthDate,
                    proposal,
                    EligibilityCheck.Check(item.Measure!, facts),
                    warnings,
                    item.Assignment?.Number
                )
            );
        }
        return items;
    }

    private Task<Dictionary<int, string>> UsersAsync(MeasureApplication app, CancellationToken ct)
    {
        var userIds = new[]
        {
            app.RegisteredByUserId, app.PreparedByUserId, app.VisaByUserId, app.SignedByUserId, app.NoticeByUserId, app.RefusalCheckedByUserId,
            app.RefusalSentByUserId, app.DoublePaymentCheckedByUserId,
        }.OfType<int>().Distinct().ToList();
        return db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.FullName, ct);
    }

    /// <summary>The period by the measure's rules and the amount on its first day, or why they cannot be found yet.</summary>
    private async Task<ItemProposal> ProposeAsync(
        MeasureApplication app,
        ApplicationItem item,
        Measure measure,
        DateOnly? childBirth,
        int territoryId,
        DateOnly decisionDate,
        CancellationToken ct
    )
    {
        try
        {
            var from = item.PeriodFrom ?? AssignmentRules.StartOf(measure, app.RegisteredOn, decisionDate, item.EventDate);
            var to = item.PeriodFrom is null ? AssignmentRules.EndOf(measure, from, childBirth, item.ContractEndsOn) : item.PeriodTo;
            var r = await factory.ComputeAsync(measure, territoryId, from, item.Children, item.ChildrenWithIncrement, item.DocumentedSum, ct);
            return new ItemProposal(from, to, r.Amount, r.Basis, null);
        }
        catch (Sobes.Domain.Common.DomainValidationException e)
        {
            return new ItemProposal(null, null, null, null, string.Join(" ", e.Errors.Select(x => x.Message)));
        }
    }

    private ProcedureFacts Facts(MeasureApplication a, IReadOnlyDictionary<int, string> users)
    {
        string? Name(int? id) => id is { } x ? users.GetValueOrDefault(x) : null;
        DateTime? Local(DateTime? utc) => utc is { } x ? clock.ToLocal(x) : null;
        return new ProcedureFacts
        {
            IntakeStartedAt = Local(a.IntakeStartedAtUtc), RegisteredAt = clock.ToLocal(a.RegisteredAtUtc), RegisteredBy = Name(a.RegisteredByUserId),
            DocumentsCompleteOn = a.DocumentsCompleteOn, DocumentsCompleteAt = Local(a.DocumentsCompleteAtUtc),
            PreparedAt = Local(a.PreparedAtUtc), PreparedOn = a.PreparedOn, PreparedBy = Name(a.PreparedByUserId),
            VisaAt = Local(a.VisaAtUtc), VisaOn = a.VisaOn, VisaBy = Name(a.VisaByUserId),
            SignedAt = Local(a.SignedAtUtc), DecidedOn = a.DecidedOn, SignedBy = Name(a.SignedByUserId), DueOn = a.DueOn,
            HasGrants = a.Items.Any(i => i.Outcome == ItemOutcome.Grant), HasRefusals = a.Items.Any(i => i.Outcome == ItemOutcome.Refuse),
            NoticeGivenOn = a.NoticeGivenOn, NoticeWay = a.NoticeWay, NoticeBy = Name(a.NoticeByUserId),
            RefusalCheck = a.RefusalCheck, RefusalCheckedBy = Name(a.RefusalCheckedByUserId), RefusalCheckedOn = a.RefusalCheckedOn,
            RefusalSentOn = a.RefusalSentOn, RefusalSentBy = Name(a.RefusalSentByUserId),
            Withdrawn = a.Status == ApplicationStatus.Withdrawn,
        };
    }
}
