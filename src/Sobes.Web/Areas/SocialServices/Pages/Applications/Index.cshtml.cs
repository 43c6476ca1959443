using Microsoft.AspNetCore.Mvc.RazorPages;
using Sobes.Domain.SocialServices;
using Sobes.Infrastructure.SocialServices;
using Sobes.Web.Auth;

namespace Sobes.Web.Areas.SocialServices.Pages.Applications;

public class IndexModel(RecipientPathService path) : PageModel
{
    public NeedRecognitionOutcome? Outcome { get; private set; }
    public IReadOnlyList<ServiceApplicationListItem> Items { get; private set; } = [];

    public async Task OnGetAsync(NeedRecognitionOutcome? outcome, CancellationToken ct)
    {
        Outcome = outcome;
        Items = await path.ListAsync(HttpContext.Current(), outcome, ct);
    }
}
