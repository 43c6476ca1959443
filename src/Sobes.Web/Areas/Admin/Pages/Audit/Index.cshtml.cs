using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sobes.Domain.Audit;
using Sobes.Infrastructure.Audit;
using Sobes.Infrastructure.Persistence;

namespace Sobes.Web.Areas.Admin.Pages.Audit;

public class IndexModel(AuditQuery audit, SobesDbContext db) : PageModel
{
    public string? Login { get; private set; }
    public long? CitizenId { get; private set; }
    public DateOnly? From { get; private set; }
    public DateOnly? To { get; private set; }
    public AuditAction? Action { get; private set; }
    public List<string> Logins { get; private set; } = [];
    public Paged<AuditEntry> Result { get; private set; } = new([], 0, 1, 50);

    public async Task OnGetAsync(
        string? login,
        long? citizenId,
        DateOnly? from,
        DateOnly? to,
        AuditAction? action,
        int page = 1,
        CancellationToken ct = default
    )
    {
        (Login, CitizenId, From, To, Action) = (login, citizenId, from, to, action);
        Logins = await db.Users.OrderBy(u => u.Login).Select(u => u.Login).ToListAsync(ct);
        Result = await audit.FindAsync(new AuditFilter(login, citizenId, from, to, action, page, 50), ct);
    }

    public string PageUrl(int page) => Url.Page("Index", new
    {
        login = Login, citizenId = CitizenId, from = From?.ToString("yyyy-MM-dd"), to = To?.ToString("yyyy-MM-dd"), action = Action, page,
    })!;
}
