using Microsoft.EntityFrameworkCore;
using Sobes.Domain.Common;
using Sobes.Domain.Organisations;
using Sobes.Domain.Payments;
using Sobes.Domain.Registry;
using Sobes.Infrastructure.Persistence;

namespace Sobes.Infrastructure.Payments;

/// <summary>Lines of a period paid to recipients whose earlier payment came back and whose details are not yet marked corrected.</summary>
public sealed record DetailsInDoubt(int Lines, decimal Sum, int Recipients);

/// <summary>
/// A period's card: its details and a page of lines; once computed, its banks and post offices, one-time payments by channel (seed 002
/// cl. 19.5) and the lines whose details are in doubt.
/// </summary>
public sealed record PeriodCard(PeriodDetails Details, IReadOnlyList<PaymentChannel> Channels,
    IReadOnlyDictionary<PaymentMethod, (int Count, decimal Sum)> OneTime, DetailsInDoubt InDoubt, LinePage Lines);

/// <summary>The post report page of a period: its details, how far the post has reported, the period's post offices.</summary>
public sealed record PostReportPage(PeriodDetails Details, PostReportStatus Status, IReadOnlyList<PaymentChannel> Offices);

/// <summary>The reconciliation acts page: the computed periods to choose from, the chosen one and its acts.</summary>
public sealed record ActsPage(IReadOnlyList<PeriodListItem> Periods, PeriodListItem? Period, IReadOnlyList<CounterpartAct> Acts);

/// <summary>What the pages of a period show, each read in one call: the card, the post report page, the reconciliation acts page.</summary>
public sealed class PaymentPeriodViews(SobesDbContext db, PaymentPeriodReader periods, PaymentFiles files, PaymentDocuments documents,
    PostReportService reports)
{
    public async Task<PeriodCard> CardAsync(UserContext user, long id, LineFilter filter, CancellationToken ct = default)
    {
        var details = await periods.GetAsync(user, id, ct);
        IReadOnlyList<PaymentChannel> channels = [];
        IReadOnlyDictionary<PaymentMethod, (int Count, decimal Sum)> oneTime = new Dictionary<PaymentMethod, (int, decimal)>();
        var inDoubt = new DetailsInDoubt(0, 0, 0);
        if (details.Period.Status is not (PaymentPeriodStatus.Open or PaymentPeriodStatus.Computing))
        {
            channels = await files.ChannelsAsync(user, id, ct);
            oneTime = await documents.OneTimeTotalsAsync(id, ct);
            inDoubt = await DetailsInDoubtAsync(user, id, ct);
        }
        return new PeriodCard(details, channels, oneTime, inDoubt, await periods.LinesAsync(user, id, filter, ct));
    }

    /// <summary>
    /// A bank or the post returned an earlier payment and nobody has marked the details corrected (seed 002 cl. 19.12): this period's
    /// payments to the same recipients would most likely come back too, so the card asks to check them before the files are sent.
    /// </summary>
    public async Task<DetailsInDoubt> DetailsInDoubtAsync(UserContext user, long periodId, CancellationToken ct = default)
    {
        var p = await periods.FindAsync(user, periodId, ct);
        var citizens = db
            .PaymentReturns.Where(r => r.OrganisationId == p.OrganisationId && r.Status == PaymentReturnStatus.OnBooks && !r.RepayRequested)
            .Select(r => r.CitizenId);
        var lines = await db.Accruals.AsNoTracking()
            .Where(l => l.PeriodId == periodId && l.ToPay > 0 && l.Kind != AccrualKind.Repayment && citizens.Contains(l.CitizenId))
            .Select(l => new { l.CitizenId, l.ToPay }).ToListAsync(ct);
        return new DetailsInDoubt(lines.Count, lines.Sum(l => l.ToPay), lines.Select(l => l.CitizenId).Distinct().Count());
    }

    public async Task<PostReportPage> PostReportAsync(UserContext user, long id, CancellationToken ct = default)
    {
        var details = await periods.GetAsync(user, id, ct);
        var status = await reports.StatusAsync(user, id, ct);
        var offices = details.Period.Status >= PaymentPeriodStatus.Computed
            ? (await files.ChannelsAsync(user, id, ct)).Where(c => c.Method == PaymentMethod.Post).ToList()
            : [];
        return new PostReportPage(details, status, offices);
    }

    /// <summary>The acts of the period asked for, or by default of the latest signed period (or the latest computed one).</summary>
    public async Task<ActsPage> ActsAsync(UserContext user, long? periodId, CancellationToken ct = default)
    {
        var computed = (await periods.ListAsync(user, ct)).Where(p => p.Status >= PaymentPeriodStatus.Computed).ToList();
        var period = periodId is { } id
            ? computed.FirstOrDefault(p => p.Id == id)
            : computed.FirstOrDefault(p => p.Status >= PaymentPeriodStatus.Approved) ?? computed.FirstOrDefault();
        var acts = period is null ? [] : await documents.ActsAsync(user, period.Id, ct);
        return new ActsPage(computed, period, acts);
    }
}
