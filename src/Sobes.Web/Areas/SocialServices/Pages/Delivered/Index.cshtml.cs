using Microsoft.AspNetCore.Mvc.RazorPages;
using Sobes.Domain.Common;
using Sobes.Infrastructure.SocialServices;
using Sobes.Web.Auth;

namespace Sobes.Web.Areas.SocialServices.Pages.Delivered;

public class IndexModel(DeliveryService delivery, RegionClock clock) : PageModel
{
    public DateOnly From { get; private set; }
    public DateOnly To { get; private set; }
    public long? CitizenId { get; private set; }
    public IReadOnlyList<DeliveredListItem> Items { get; private set; } = [];

    public async Task OnGetAsync(DateOnly? from, DateOnly? to, long? citizenId, CancellationToken ct)
    {
        var today = clock.Today;
        To = to ?? today;
        From = from ?? new DateOnly(To.Year, To.Month, 1);
        if (From > To) (From, To) = (To, From);
        CitizenId = citizenId;
        Items = await delivery.ListAsync(HttpContext.Current(), From, To, citizenId, ct: ct);
    }
}
