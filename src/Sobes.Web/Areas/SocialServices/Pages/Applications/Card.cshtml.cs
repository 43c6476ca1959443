using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sobes.Domain.Common;
using Sobes.Domain.Organisations;
using Sobes.Domain.SocialServices;
using Sobes.Infrastructure.SocialServices;
using Sobes.Web.Auth;
using Sobes.Web.Infrastructure;

namespace Sobes.Web.Areas.SocialServices.Pages.Applications;

/// <summary>The application card: the decision on the need, the individual programme and the contract, in the order 442-ФЗ sets them.</summary>
public class CardModel(RecipientPathService path, CatalogueService catalogue, RegionClock clock) : PageModel
{
    public ServiceApplicationDetails Details { get; private set; } = null!;
    public IReadOnlyList<CatalogueItem> Services { get; private set; } = [];
    public bool CanWrite { get; private set; }
    /// <summary>The user acts for a provider (КЦСОН): concludes and terminates contracts.</summary>
    public bool CanProvide { get; private set; }
    public DateOnly Today { get; private set; }
    public ProgrammeInput Programme { get; private set; } = new();
    public DecisionInput Decision { get; private set; } = new();
    public ServiceContractInput Contract { get; private set; } = new();

    public async Task OnGetAsync(long id, CancellationToken ct) => await LoadAsync(id, ct);

    public async Task<IActionResult> OnPostDecisionAsync(long id, DecisionInput decision, CancellationToken ct)
    {
        if (await ModelState.TryAsync("decision", () => path.DecideAsync(HttpContext.Current(), id, decision, ct)))
            return Done(
                id,
                decision.Outcome == NeedRecognitionOutcome.Refused
                    ? "Принято решение об отказе."
                    : "Гражданин признан нуждающимся в социальном обслуживании."
            );
        Decision = decision;
        await LoadAsync(id, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostProgrammeAsync(long id, ProgrammeInput programme, CancellationToken ct)
    {
        var posted = programme.Lines;
        programme.Lines = posted.Where(l => l.Volume > 0).ToList();
        if (await ModelState.TryAsync("programme", () => path.CreateProgrammeAsync(HttpContext.Current(), id, programme, ct)))
            return Done(id, "Индивидуальная программа составлена.");
        programme.Lines = posted;
        Programme = programme;
        await LoadAsync(id, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostContractAsync(long id, long programmeId, ServiceContractInput contract, CancellationToken ct)
    {
        if (await ModelState.TryAsync("contract", () => path.ConcludeContractAsync(HttpContext.Current(), programmeId, contract, ct)))
            return Done(id, "Договор о предоставлении социальных услуг заключён.");
        Contract = contract;
        await LoadAsync(id, ct);
        return Page();
    }

    public ProgrammeReviewInput Review { get; private set; } = new();
    public TerminationInput Termination { get; private set; } = new();
    public int UserOrganisationId { get; private set; }

    /// <summary>442-ФЗ ст. 16 ч. 5: a new version of the programme from the old one; the contract follows it.</summary>
    public async Task<IActionResult> OnPostReviewAsync(long id, long programmeId, ProgrammeReviewInput review, CancellationToken ct)
    {
        if (await ModelState.TryAsync("review", () => path.ReviewProgrammeAsync(HttpContext.Current(), programmeId, review, ct)))
            return Done(id, "Программа пересмотрена: составлена новая редакция, прежняя закрыта.");
        Review = review;
        await LoadAsync(id, ct);
        return Page();
    }

    /// <summary>442-ФЗ ст. 18: services stop after the date on the stated ground.</summary>
    public async Task<IActionResult> OnPostTerminateAsync(long id, long contractId, TerminationInput termination, CancellationToken ct)
    {
        if (await ModelState.TryAsync("termination", () => path.TerminateContractAsync(HttpContext.Current(), contractId, termination, ct)))
            return Done(id, "Обслуживание по договору прекращено.");
        Termination = termination;
        await LoadAsync(id, ct);
        return Page();
    }

    private IActionResult Done(long id, string message)
    {
        TempData["Message"] = message;
        return Redirect($"/SocialServices/Applications/Card/{id}");
    }

    private async Task LoadAsync(long id, CancellationToken ct)
    {
        var user = HttpContext.Current();
        Today = clock.Today;
        CanWrite = user.IsIn(SocialServicesAccess.Writers);
        CanProvide = await path.IsProviderAsync(user, ct);
        UserOrganisationId = user.OrganisationId;
        Details = await path.GetAsync(user, id, ct);
        var form = Details.Application.NeedRecognition?.RecognisedForm ?? Details.Application.RequestedForm;
        Services = (await catalogue.ListAsync(Today, activeOnly: true, ct)).Where(s => s.Service.Form == form).ToList();
        if (Decision.DecidedOn is null) Decision.DecidedOn = Today;
        if (Programme.Lines.Count == 0)
        {
            var start = Today.AddDays(1);
            Programme = new ProgrammeInput
            {
                DrawnUpOn = Today,
                StartsOn = start,
                Lines = Services
                    .Select(s => new ProgrammeLineInput
                    {
                        SocialServiceId = s.Service.Id,
                        PeriodFrom = start,
                        PeriodTo = start.AddYears(1).AddDays(-1),
                    })
                    .ToList(),
            };
        }
        if (Contract.ConcludedOn == default)
        {
            var programmeStart = Details.Programmes.LastOrDefault()?.StartsOn ?? Today;
            Contract = new ServiceContractInput
            {
                ProgrammeSubmittedOn = Today,
                ConcludedOn = Today,
                StartsOn = programmeStart > Today ? programmeStart : Today,
            };
        }
    }
}
