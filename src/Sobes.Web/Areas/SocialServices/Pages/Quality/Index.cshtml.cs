using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sobes.Domain.Common;
using Sobes.Domain.SocialServices;
using Sobes.Infrastructure.SocialServices;
using Sobes.Web.Auth;
using Sobes.Web.Infrastructure;

namespace Sobes.Web.Areas.SocialServices.Pages.Quality;

/// <summary>Registers the quality indicators count from: surveys, complaints, inspections; and the journal of works (Часть 2).</summary>
public class IndexModel(QualityService quality, RegionClock clock) : PageModel
{
    public static readonly (string Key, string Title)[] Tabs =
    [
        ("surveys", "Опросы удовлетворённости"),
        ("complaints", "Жалобы"),
        ("inspections", "Проверки органов надзора"),
        ("works", "Журнал работ (часть 2)"),
    ];

    public string Tab { get; private set; } = "surveys";
    public int Year { get; private set; }
    public bool CanWrite { get; private set; }
    public DateOnly Today { get; private set; }
    public List<SatisfactionSurvey> Surveys { get; private set; } = [];
    public List<QualityComplaint> Complaints { get; private set; } = [];
    public List<ExternalInspection> Inspections { get; private set; } = [];
    public List<WorkEntry> Works { get; private set; } = [];
    public List<AssignmentSection> WorkSections { get; private set; } = [];

    public async Task OnGetAsync(string? tab, int? year, CancellationToken ct) => await LoadAsync(tab, year, ct);

    public Task<IActionResult> OnPostSurveyAsync(SatisfactionSurvey survey, CancellationToken ct) =>
        RunAsync("surveys", survey.ConductedOn.Year, "survey", "Опрос внесён.", () => quality.AddSurveyAsync(HttpContext.Current(), survey, ct), ct);

    public Task<IActionResult> OnPostComplaintAsync(QualityComplaint complaint, CancellationToken ct) =>
        RunAsync(
            "complaints",
            complaint.ReceivedOn.Year,
            "complaint",
            "Жалоба зарегистрирована.",
            () => quality.AddComplaintAsync(HttpContext.Current(), complaint, ct),
            ct
        );

    public Task<IActionResult> OnPostExamineAsync(int id, int year, QualityComplaintExamination examination, CancellationToken ct) =>
        RunAsync(
            "complaints",
            year,
            "examination",
            "Результат рассмотрения внесён.",
            () => quality.ExamineComplaintAsync(HttpContext.Current(), id, examination, ct),
            ct
        );

    public Task<IActionResult> OnPostInspectionAsync(ExternalInspection inspection, CancellationToken ct) =>
        RunAsync(
            "inspections",
            inspection.EndedOn.Year,
            "inspection",
            "Проверка внесена.",
            () => quality.AddInspectionAsync(HttpContext.Current(), inspection, ct),
            ct
        );

    public Task<IActionResult> OnPostWorkAsync(WorkEntry work, CancellationToken ct) =>
        RunAsync("works", work.PerformedOn.Year, "work", "Работа внесена в журнал.", () => quality.AddWorkAsync(HttpContext.Current(), work, ct), ct);

    private Task<IActionResult> RunAsync(string tab, int year, string prefix, string message, Func<Task> action, CancellationToken ct) =>
        this.ChangeAsync(prefix, action, message, $"/SocialServices/Quality?tab={tab}&year={year}", () =>
            LoadAsync(tab, year > 2000 ? year : null, ct)
        );

    private async Task LoadAsync(string? tab, int? year, CancellationToken ct)
    {
        var user = HttpContext.Current();
        Today = clock.Today;
        Tab = Tabs.Any(t => t.Key == tab) ? tab! : "surveys";
        Year = year ?? Today.Year;
        CanWrite = user.IsIn(SocialServicesAccess.Writers);
        switch (Tab)
        {
            case "complaints": Complaints = await quality.ComplaintsAsync(user, Year, ct); break;
            case "inspections": Inspections = await quality.InspectionsAsync(user, Year, ct); break;
            case "works":
                Works = await quality.WorksAsync(user, Year, ct);
                WorkSections = await quality.WorkSectionsAsync(user, ct);
                break;
            default: Surveys = await quality.SurveysAsync(user, Year, ct); break;
        }
    }
}
