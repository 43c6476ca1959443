using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sobes.Domain.Applications;
using Sobes.Domain.Common;
using Sobes.Domain.Organisations;
using Sobes.Infrastructure.Applications;
using Sobes.Infrastructure.Measures;
using Sobes.Web.Auth;
using Sobes.Web.Infrastructure;

namespace Sobes.Web.Areas.Applications.Pages;

/// <summary>
/// The application card in the order of the regulation: the checklist of documents (cl. 10) and interagency requests, the draft decision
/// with the computed amounts and eligibility findings (cl. 14.4), the visa (cl. 15), the head's signature or return (cl. 16.2), the printed forms.
/// </summary>
public class CardModel(
    ApplicationReading reading,
    ApplicationDocuments documents,
    DecisionDrafting drafting,
    DecisionSigning signing,
    ApplicationProcedure procedure,
    RegionClock clock,
    IApplicationDraftFromContract fromContract
) : PageModel
{
    public ApplicationDetails Details { get; private set; } = null!;
    /// <summary>May do casework (the service checks the department too).</summary>
    public bool CanWork { get; private set; }
    public bool CanSign { get; private set; }
    /// <summary>An inspector or head of the ministry checks refusals (seed 002 cl. 17.2).</summary>
    public bool CanCheckRefusal { get; private set; }
    public string Local(DateTime utc) => clock.ToLocal(utc).ToString("dd.MM.yyyy HH:mm");
    public DraftDecisionInput Draft { get; private set; } = new();

    public async Task OnGetAsync(long id, CancellationToken ct) => await LoadAsync(id, ct);

    public Task<IActionResult> OnPostReceiveAsync(long id, ReceiveDocumentInput receive, CancellationToken ct) =>
        ChangeAsync(id, "receive", () => documents.ReceiveDocumentAsync(HttpContext.Current(), id, receive, ct), "Документ принят.", ct);

    public Task<IActionResult> OnPostRequestAsync(long id, SendRequestInput request, CancellationToken ct) =>
        ChangeAsync(
            id,
            "request",
            () => documents.SendRequestAsync(HttpContext.Current(), id, request, ct),
            "Межведомственный запрос направлен.",
            ct
        );

    public Task<IActionResult> OnPostAnswerAsync(long id, long requestId, RequestAnswerInput answer, CancellationToken ct) =>
        ChangeAsync(
            id,
            "answer",
            () => documents.AnswerRequestAsync(HttpContext.Current(), id, requestId, answer, ct),
            "Ответ на запрос записан.",
            ct
        );

    public Task<IActionResult> OnPostDraftAsync(long id, DraftDecisionInput draft, CancellationToken ct)
    {
        Draft = draft;
        return ChangeAsync(id, "draft", () => drafting.DraftAsync(HttpContext.Current(), id, draft, ct), "Проект решения сохранён.", ct);
    }

    /// <summary>A foster family's application: the draft filled from its contract (placement dates, the term, the composition).</summary>
    public Task<IActionResult> OnPostDraftFromContractAsync(long id, int? version, CancellationToken ct) =>
        ChangeAsync(
            id,
            "draft",
            () => fromContract.FillAsync(HttpContext.Current(), id, version, ct),
            "Проект решения заполнен по договору о приёмной семье — проверьте суммы и сроки.",
            ct
        );

    public Task<IActionResult> OnPostVisaAsync(long id, StepInput step, CancellationToken ct) =>
        ChangeAsync(id, "step", () => signing.VisaAsync(HttpContext.Current(), id, step, ct), "Проект решения завизирован и передан на подпись.", ct);

    public Task<IActionResult> OnPostSignAsync(long id, StepInput step, CancellationToken ct) =>
        ChangeAsync(id, "step", () => signing.SignAsync(HttpContext.Current(), id, step, ct), "Решение подписано.", ct);

    public Task<IActionResult> OnPostReturnAsync(long id, StepInput step, CancellationToken ct) =>
        ChangeAsync(id, "step", () => signing.ReturnAsync(HttpContext.Current(), id, step, ct), "Проект решения возвращён специалисту.", ct);

    public Task<IActionResult> OnPostWithdrawAsync(long id, StepInput step, CancellationToken ct) =>
        ChangeAsync(id, "step", () => signing.WithdrawAsync(HttpContext.Current(), id, step, ct), "Заявление отозвано.", ct);

    public Task<IActionResult> OnPostNoticeAsync(long id, NoticeInput notice, CancellationToken ct) =>
        ChangeAsync(id, "notice", () => procedure.RecordNoticeAsync(HttpContext.Current(), id, notice, ct), "Уведомление заявителя отмечено.", ct);

    public Task<IActionResult> OnPostRefusalCheckAsync(long id, RefusalCheckInput check, CancellationToken ct) =>
        ChangeAsync(id, "check", () => procedure.CheckRefusalAsync(HttpContext.Current(), id, check, ct),
            check.Confirmed ? "Обоснованность отказа подтверждена." : "Отказ возвращён в управление с замечанием.", ct);

    public Task<IActionResult> OnPostRefusalResubmitAsync(long id, StepInput step, CancellationToken ct) =>
        ChangeAsync(
            id,
            "step",
            () => procedure.ResubmitRefusalAsync(HttpContext.Current(), id, step, ct),
            "Отказ повторно направлен в Министерство.",
            ct
        );

    public Task<IActionResult> OnPostRefusalSentAsync(long id, RefusalSentInput sent, CancellationToken ct) =>
        ChangeAsync(
            id,
            "sent",
            () => procedure.RefusalSentAsync(HttpContext.Current(), id, sent, ct),
            "Отказ направлен заявителю, документы возвращены.",
            ct
        );

    private Task<IActionResult> ChangeAsync(long id, string prefix, Func<Task> change, string message, CancellationToken ct) =>
        this.ChangeAsync(prefix, change, message, $"/Applications/Card/{id}", () => LoadAsync(id, ct));

    private async Task LoadAsync(long id, CancellationToken ct)
    {
        var user = HttpContext.Current();
        Details = await reading.GetAsync(user, id, ct);
        CanWork = user.IsIn(MeasuresAccess.CaseWorkers) && !user.SeesWholeRegion;
        CanSign = user.Role == Role.Head && !user.SeesWholeRegion;
        CanCheckRefusal = user.IsIn(MeasuresAccess.RefusalCheckers) && user.SeesWholeRegion;
        if (Draft.Items.Count == 0)
            Draft = new DraftDecisionInput
            {
                Items = Details
                    .Items.Select(i => new DraftItemInput
                    {
                        ItemId = i.Item.Id,
                        Outcome = i.Item.Outcome,
                        PeriodFrom = i.Item.PeriodFrom,
                        PeriodTo = i.Item.PeriodTo,
                        EventDate = i.Item.EventDate,
                        ContractEndsOn = i.Item.ContractEndsOn,
                        Children = i.Item.Children,
                        ChildrenWithIncrement = i.Item.ChildrenWithIncrement,
                        DocumentedSum = i.Item.DocumentedSum,
                        RefusalGroundId = i.Item.RefusalGroundId,
                        RefusalDetails = i.Item.RefusalDetails,
                    })
                    .ToList(),
            };
    }
}
