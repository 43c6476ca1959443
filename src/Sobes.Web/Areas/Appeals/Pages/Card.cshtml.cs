using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sobes.Infrastructure.Appeals;
using Sobes.Web.Auth;
using Sobes.Web.Infrastructure;

namespace Sobes.Web.Areas.Appeals.Pages;

/// <summary>The card of a complaint: what is appealed, the term on the production calendar, the head's extension (cl. 23.9), the answer
/// (cl. 23.8), the letters.</summary>
public class CardModel(ComplaintJournal journal, ComplaintReview review) : PageModel
{
    public ComplaintDetails Details { get; private set; } = null!;
    public bool CanAnswer { get; private set; }
    public bool CanExtend { get; private set; }
    public ExtendComplaintInput Extend { get; private set; } = new();
    public AnswerComplaintInput Answer { get; private set; } = new();

    public async Task OnGetAsync(long id, CancellationToken ct) => await LoadAsync(id, ct);

    public async Task<IActionResult> OnPostExtendAsync(long id, ExtendComplaintInput extend, CancellationToken ct)
    {
        if (await ModelState.TryAsync("extend", () => review.ExtendAsync(HttpContext.Current(), id, extend, ct)))
            return Done(id, "Срок рассмотрения продлён. Направьте заявителю уведомление о продлении.");
        Extend = extend;
        await LoadAsync(id, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAnswerAsync(long id, AnswerComplaintInput answer, CancellationToken ct)
    {
        if (await ModelState.TryAsync("answer", () => review.AnswerAsync(HttpContext.Current(), id, answer, ct)))
            return Done(id, "Ответ на жалобу записан. Направьте заявителю письменный ответ.");
        Answer = answer;
        await LoadAsync(id, ct);
        return Page();
    }

    private async Task LoadAsync(long id, CancellationToken ct)
    {
        var user = HttpContext.Current();
        Details = await journal.GetAsync(user, id, ct);
        CanAnswer = AppealsAccess.IsCaseWorker(user) && !Details.Complaint.IsAnswered;
        CanExtend = AppealsAccess.IsHead(user) && !Details.Complaint.IsAnswered && Details.Complaint.ExtensionDays is null;
        Answer.AnsweredOn ??= Details.Today;
        Extend.NotifiedOn ??= Details.Today;
    }

    private IActionResult Done(long id, string message)
    {
        TempData["Message"] = message;
        return Redirect($"/Appeals/Card/{id}");
    }
}
