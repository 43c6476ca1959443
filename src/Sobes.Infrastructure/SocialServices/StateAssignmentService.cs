using Microsoft.EntityFrameworkCore;
using Sobes.Domain.Audit;
using Sobes.Domain.Common;
using Sobes.Domain.Organisations;
using Sobes.Domain.SocialServices;
using Sobes.Infrastructure.Audit;
using Sobes.Infrastructure.Common;
using Sobes.Infrastructure.Persistence;

namespace Sobes.Infrastructure.SocialServices;

public sealed class IndicatorEdit
{
    public int IndicatorId { get; set; }
    public Dictionary<int, decimal?> Plan { get; set; } = [];
    public ActualMeasure? Measure { get; set; }
    public string? ServiceCodes { get; set; }
}

public sealed record StateAssignmentListItem(
    int Id,
    string Number,
    string Title,
    int? OrganisationId,
    string? OrganisationShortName,
    int FinancialYear,
    int LastPlanningYear,
    int Parts,
    int Indicators
);

/// <summary>State assignments of providers: import (the embedded № 148045 or an uploaded file of the same shape) and the planner's edits.</summary>
/// <summary>An indicator entered by hand, with its part and section (created when the assignment has none of that number yet) and plan
/// values.</summary>
public sealed class ManualIndicatorInput
{
    public string? PartCode { get; set; }
    public string? PartTitle { get; set; }
    public PartKind PartKind { get; set; } = PartKind.Services;
    public string? SectionNumber { get; set; }
    public string? SectionName { get; set; }
    public ServiceForm? Form { get; set; }
    public string? Code { get; set; }
    public IndicatorKind Kind { get; set; } = IndicatorKind.Volume;
    public string? Name { get; set; }
    public string? Unit { get; set; }
    public string? FormulaText { get; set; }
    /// <summary>Counts that grow through the year (services, people); false for shares and averages.</summary>
    public bool Accumulates { get; set; } = true;
    public Dictionary<int, decimal?> Plan { get; set; } = [];
}

public sealed class StateAssignmentService(SobesDbContext db, AuditLog audit)
{
    private const string Entity = nameof(StateAssignment);

    public async Task<IReadOnlyList<StateAssignmentListItem>> ListAsync(UserContext user, CancellationToken ct = default) =>
        await db.StateAssignments.AsNoTracking()
            .VisibleTo(user)
            .OrderByDescending(a => a.FinancialYear).ThenBy(a => a.Number)
            .Select(a => new StateAssignmentListItem(a.Id, a.Number, a.Title, a.OrganisationId,
                db.Organisations.Where(o => o.Id == a.OrganisationId).Select(o => o.ShortName).FirstOrDefault(),
                a.FinancialYear, a.LastPlanningYear, a.Parts.Count, a.Indicators.Count))
            .ToListAsync(ct);

    /// <summary>Imports the embedded seed 004 assignment for the user's organisation; a financial year other than 2015 moves every year
    /// column with it.</summary>
    public Task<StateAssignment> ImportSeedAsync(UserContext user, int? financialYear, CancellationToken ct = default) =>
        ImportAsync(user, StateAssignmentSeed.Load(), financialYear, "встроенный файл задания № 148045 (сид 004)", ct);

    public Task<StateAssignment> ImportFileAsync(UserContext user, Stream json, int? financialYear, CancellationToken ct = default) =>
        ImportAsync(user, StateAssignmentSeed.Load(json), financialYear, "загруженный файл", ct);

    private async Task<StateAssignment> ImportAsync(
        UserContext user,
        StateAssignment assignment,
        int? financialYear,
        string source,
        CancellationToken ct
    )
    {
        SocialServicesAccess.RequireWriter(user);
        if (financialYear is { } year)
        {
            if (year is < 2000 or > 2100) throw new DomainValidationException([new("financialYear", "Укажите год от 2000 до 2100.")]);
            ShiftYears(assignment, year - assignment.FinancialYear);
        }
        return await SaveImportedAsync(assignment, user.OrganisationId, user, source, ct);
    }

    /// <summary>Stores an imported graph for an organisation with default measures; also used by the seeding (no user).</summary>
    internal async Task<StateAssignment> SaveImportedAsync(
        StateAssignment assignment,
        int organisationId,
        UserContext? user,
        string source,
        CancellationToken ct
    )
    {
        if (
            await db.StateAssignments.AnyAsync(
                a => a.OrganisationId == organisationId && a.Number == assignment.Number && a.FinancialYear == assignment.FinancialYear,
                ct
            )
        )
            throw new ConflictException(
                $"Задание № {assignment.Number} на {assignment.FinancialYear} год уже загружено для этой организации."
            );
        assignment.OrganisationId = organisationId;
        var catalogue = await db.SocialServices.AsNoTracking().ToListAsync(ct);
        foreach (var indicator in assignment.Indicators)
            (indicator.Measure, indicator.ServiceCodes) = ActualMeasureDefaults.For(
                indicator,
                indicator.Sections.Select(s => s.AssignmentSection!).ToList(),
                catalogue
            );
        // Tariffs are regional reference data: one already in the catalogue is not stored twice.
        var known = await db.ServiceTariffs.AsNoTracking().ToListAsync(ct);
        assignment.Tariffs.RemoveAll(t =>
            known.Any(k => k.Form == t.Form && k.Kind == t.Kind && k.ValidFrom == t.ValidFrom && k.Price == t.Price && k.Unit == t.Unit)
        );
        db.StateAssignments.Add(assignment);
        audit.Add(
            user,
            AuditAction.Create,
            Entity,
            assignment.Number,
            null,
            $"Загружено государственное задание № {assignment.Number} на {assignment.FinancialYear}–{assignment.LastPlanningYear} гг. ({source}): "
                + $"частей {assignment.Parts.Count}, услуг и работ {assignment.Parts.Sum(p => p.Sections.Count)}, показателей " +
                    $"{assignment.Indicators.Count}"
        );
        await db.SaveChangesAsync(ct);
        return assignment;
    }

    private static void ShiftYears(StateAssignment a, int delta)
    {
        if (delta == 0) return;
        a.FinancialYear += delta;
        a.LastPlanningYear += delta;
        foreach (var v in a.Indicators.SelectMany(i => i.PlanValues)) v.Year += delta;
    }

    /// <summary>The whole assignment: parts, sections, their indicators (shared ones once per assignment) with inputs and plan values.</summary>
    public async Task<StateAssignment> GetAsync(UserContext user, int id, CancellationToken ct = default)
    {
        var a = await db.StateAssignments.AsNoTracking().AsSplitQuery()
                    .Include(x => x.ControlForms)
                    .Include(x => x.Tariffs)
                    .Include(x => x.Parts).ThenInclude(p => p.Sections).ThenInclude(s => s.Indicators)
                    .Include(x => x.Indicators).ThenInclude(i => i.Inputs)
                    .Include(x => x.Indicators).ThenInclude(i => i.PlanValues)
                    .FirstOrDefaultAsync(x => x.Id == id, ct)
                ?? throw new NotFoundException($"Государственное задание № {id} не найдено.");
        if (!user.SeesOrganisation(a.OrganisationId)) throw new NotFoundException($"Государственное задание № {id} не найдено.");
        Link(a);
        return a;
    }

    // A no-tracking query does not fix up navigations between separately included branches; join them by id so domain rules work.
    private static void Link(StateAssignment a)
    {
        var byId = a.Indicators.ToDictionary(i => i.Id);
        foreach (var i in a.Indicators) i.Sections.Clear();
        foreach (var part in a.Parts)
        {
            part.StateAssignment = a;
            foreach (var section in part.Sections)
            {
                section.Part = part;
                foreach (var link in section.Indicators)
                {
                    link.AssignmentSection = section;
                    link.Indicator = byId[link.IndicatorId];
                    link.Indicator.Sections.Add(link);
                }
            }
        }
        a.Parts.Sort((x, y) => x.Order.CompareTo(y.Order));
        foreach (var p in a.Parts) p.Sections.Sort((x, y) => x.Ordinal.CompareTo(y.Ordinal));
    }

    /// <summary>The planner's edit of a whole assignment in one transaction (see <see cref="StateAssignmentIndicators"/>).</summary>
    public Task UpdateIndicatorsAsync(UserContext user, int assignmentId, IReadOnlyList<IndicatorEdit> edits, CancellationToken ct = default) =>
        new StateAssignmentIndicators(db, audit).UpdateIndicatorsAsync(user, assignmentId, edits, ct);

    /// <summary>The planner enters an indicator by hand (see <see cref="StateAssignmentIndicators"/>).</summary>
    public Task<Indicator> AddIndicatorAsync(UserContext user, int assignmentId, ManualIndicatorInput input, CancellationToken ct = default) =>
        new StateAssignmentIndicators(db, audit).AddIndicatorAsync(user, assignmentId, input, ct);

    public async Task SetPlanValueAsync(UserContext user, int assignmentId, int indicatorId, int year, decimal? value, CancellationToken ct = default)
    {
        SocialServicesAccess.RequireWriter(user);
        var (indicator, assignment) = await LoadIndicatorAsync(user, assignmentId, indicatorId, ct);
        var role = assignment.RoleOf(year)
            ?? throw new DomainValidationException([
                new("year", $"{year} год вне периода задания ({assignment.FinancialYear - 2}–{assignment.LastPlanningYear})."),
            ]);
        if (value is < 0) throw new DomainValidationException([new("value", "Плановое значение не может быть отрицательным.")]);
        if (indicator.Unit.Contains('%') && value > 100)
            throw new DomainValidationException([new("value", "Доля в процентах не может быть больше 100.")]);
        var plan = indicator.PlanValues.FirstOrDefault(v => v.Year == year);
        var old = plan?.Value;
        if (plan is null) indicator.PlanValues.Add(plan = new IndicatorPlanValue { Year = year, Role = role });
        plan.Value = value;
        audit.Add(user, AuditAction.Update, nameof(Indicator), indicator.Code, null,
            $"Задание № {assignment.Number}: план «{indicator.Name}» на {year} год",
            [new($"План {year}", old?.ToString(RussianFormat.Culture), value?.ToString(RussianFormat.Culture))]);
        await db.SaveChangesAsync(ct);
    }

    public async Task SetMeasureAsync(
        UserContext user,
        int assignmentId,
        int indicatorId,
        ActualMeasure measure,
        string? serviceCodes,
        CancellationToken ct = default
    )
    {
        SocialServicesAccess.RequireWriter(user);
        if (!Enum.IsDefined(measure)) throw new DomainValidationException([new("measure", "Выберите способ расчёта факта.")]);
        var (indicator, assignment) = await LoadIndicatorAsync(user, assignmentId, indicatorId, ct);
        var codes = ActualMeasureDefaults.ParseCodes(serviceCodes);
        var known = await db.SocialServices.AsNoTracking().Select(s => s.Code).ToListAsync(ct);
        var unknown = codes.Where(c => !known.Any(k => ActualMeasureDefaults.CodeMatches([c], k))).ToList();
        if (unknown.Count > 0)
            throw new DomainValidationException([new("serviceCodes", $"В перечне нет услуг с кодами: {string.Join(", ", unknown)}.")]);
        var old = $"{indicator.Measure.Russian()} {indicator.ServiceCodes}".Trim();
        indicator.Measure = measure;
        indicator.ServiceCodes = codes.Count == 0 ? null : string.Join(", ", codes);
        audit.Add(
            user,
            AuditAction.Update,
            nameof(Indicator),
            indicator.Code,
            null,
            $"Задание № {assignment.Number}: расчёт факта «{indicator.Name}»",
            [new("Расчёт факта", old, $"{measure.Russian()} {indicator.ServiceCodes}".Trim())]
        );
        await db.SaveChangesAsync(ct);
    }

    /// <summary>An indicator of the given assignment (one of another assignment is not found, whatever its id).</summary>
    private async Task<(Indicator, StateAssignment)> LoadIndicatorAsync(UserContext user, int assignmentId, int indicatorId, CancellationToken ct)
    {
        var indicator = await db
            .Indicators.Include(i => i.PlanValues)
            .FirstOrDefaultAsync(i => i.Id == indicatorId && i.StateAssignmentId == assignmentId, ct)
            ?? throw new NotFoundException($"Показатель № {indicatorId} задания № {assignmentId} не найден.");
        var assignment = await db.StateAssignments.AsNoTracking().FirstAsync(a => a.Id == indicator.StateAssignmentId, ct);
        if (assignment.OrganisationId != user.OrganisationId && user.Role != Role.Administrator)
            throw new ForbiddenException("Изменять задание может только учреждение, которому оно выдано.");
        return (indicator, assignment);
    }
}
