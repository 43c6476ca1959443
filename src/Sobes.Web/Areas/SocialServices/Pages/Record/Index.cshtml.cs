using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sobes.Domain.Common;
using Sobes.Infrastructure.SocialServices;
using Sobes.Web.Auth;
using Sobes.Web.Infrastructure;

namespace Sobes.Web.Areas.SocialServices.Pages.Record;

/// <summary>«Отметить услугу»: a social worker's page, built to work on a phone without scripts.</summary>
public class IndexModel(DeliveryService delivery, RegionClock clock) : PageModel
{
    [BindProperty] public DeliveryInput Input { get; set; } = new();
    public IReadOnlyList<ContractedRecipient> Recipients { get; private set; } = [];
    public ContractedRecipient? Recipient { get; private set; }
    public IReadOnlyList<DeliveredListItem> Recorded { get; private set; } = [];
    public DateOnly Today { get; private set; }

    public async Task OnGetAsync(long? contractId, DateOnly? on, CancellationToken ct)
    {
        Input.DeliveredOn = on ?? clock.Today;
        Input.ServiceContractId = contractId ?? 0;
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var user = HttpContext.Current();
        if (ModelState.IsValid && await ModelState.TryAsync("Input", () => delivery.RecordAsync(user, Input, ct)))
        {
            TempData["Message"] = "Услуга отмечена.";
            return Redirect($"/SocialServices/Record?contractId={Input.ServiceContractId}&on={RussianFormat.Iso(Input.DeliveredOn)}");
        }
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(long id, long? contractId, DateOnly? on, CancellationToken ct)
    {
        if (await ModelState.TryAsync("", () => delivery.DeleteAsync(HttpContext.Current(), id, ct)))
        {
            TempData["Message"] = "Отметка удалена.";
            return Redirect($"/SocialServices/Record?contractId={contractId}&on={RussianFormat.Iso(on)}");
        }
        Input.ServiceContractId = contractId ?? 0;
        Input.DeliveredOn = on ?? clock.Today;
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var user = HttpContext.Current();
        Today = clock.Today;
        var date = Input.DeliveredOn == default ? Today : Input.DeliveredOn;
        Recipients = await delivery.RecipientsAsync(user, date, ct);
        Recipient = Recipients.FirstOrDefault(r => r.ContractId == Input.ServiceContractId);
        Recorded = await delivery.ListAsync(user, date, date, onlyMine: true, ct: ct);
    }
}
