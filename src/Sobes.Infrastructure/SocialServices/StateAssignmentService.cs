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

    /// <summary>
    /// The planner's edit of a whole assignment in one transaction: plan values by year and how each actual is counted.
    /// All values are checked first; nothing is saved if any is wrong.
    /// </summary>
    public async Task UpdateIndicatorsAsync(UserContext user, int assignmentId, IReadOnlyList<IndicatorEdit> edits, CancellationToken ct = default)
    {
        SocialServicesAccess.RequireWriter(user);
        var assignment = await db
            .StateAssignments.Include(a => a.Indicators)
                .ThenInclude(i => i.PlanValues)
            .FirstOrDefaultAsync(a => a.Id == assignmentId, ct)
            ?? throw new NotFoundException($"Государственное задание № {assignmentId} не найдено.");
        if (assignment.OrganisationId != user.OrganisationId && user.Role != Role.Administrator)
            throw new ForbiddenException("Изменять задание может только учреждение, которому оно выдано.");
        var known = await db.SocialServices.AsNoTracking().Select(s => s.Code).ToListAsync(ct);
        var errors = new List<ValidationError>();
        var changes = new List<FieldChange>();
        foreach (var edit in edits)
        {
            var indicator = assignment.Indicators.FirstOrDefault(i => i.Id == edit.IndicatorId);
            if (indicator is null) { errors.Add(new($"indicators[{edit.IndicatorId}]", "Показатель не относится к этому заданию.")); continue; }
            var field = $"indicators[{indicator.Code}]";
            foreach (var (year, value) in edit.Plan)
            {
                var role = assignment.RoleOf(year);
                if (role is null) { errors.Add(new($"{field}.plan[{year}]", $"{year} год вне периода задания.")); continue; }
                if (value is < 0)
                {
                    errors.Add(new($"{field}.plan[{year}]", $"«{indicator.Name}», {year}: плановое значение не " +
                    $"может быть отрицательным.")); continue;
                }
                if (indicator.Unit.Contains('%') && value > 100)
                {
                    errors.Add(new($"{field}.plan[{year}]", $"«{indicator.Name}», " +
                    $"{year}: доля не может быть больше 100 %.")); continue;
                }
                var plan = indicator.PlanValues.FirstOrDefault(v => v.Year == year);
                if (plan?.Value == value) continue;
                changes.Add(
                    new(
                        $"{indicator.Code} план {year}",
                        plan?.Value?.ToString(RussianFormat.Culture),
                        value?.ToString(RussianFormat.Culture)
                    )
                );
                if (plan is null) indicator.PlanValues.Add(plan = new IndicatorPlanValue { Year = year, Role = role.Value });
                plan.Value = value;
            }
            if (edit.Measure is { } measure)
            {
                var codes = ActualMeasureDefaults.ParseCodes(edit.ServiceCodes);
                var unknown = codes.Where(c => !known.Any(k => ActualMeasureDefaults.CodeMatches([c], k))).ToList();
                if (!Enum.IsDefined(measure)) errors.Add(new($"{field}.measure", "Выберите способ расчёта факта."));
                else if (unknown.Count > 0) errors.Add(new($"{field}.serviceCodes", $"«{indicator.Name}»: в перечне нет услуг с " +
                    $"кодами {string.Join(", ", unknown)}."));
                else
                {
                    var joined = codes.Count == 0 ? null : string.Join(", ", codes);
                    if (indicator.Measure != measure || indicator.ServiceCodes != joined)
                        changes.Add(
                            new(
                                $"{indicator.Code} расчёт факта",
                                $"{indicator.Measure.Russian()} {indicator.ServiceCodes}".Trim(),
                                $"{measure.Russian()} {joined}".Trim()
                            )
                        );
                    indicator.Measure = measure;
                    indicator.ServiceCodes = joined;
                }
            }
        }
        DomainValidationException.ThrowIfAny(errors);
        if (changes.Count == 0) return;
        audit.Add(
            user,
            AuditAction.Update,
            Entity,
            assignment.Number,
            null,
            $"Изменены показатели задания № {assignment.Number}: {changes.Count}",
            changes
        );
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// The planner enters an indicator by hand (an assignment not imported from a file, or a change of it): the part and the section are found
    /// by their numbers or created (a new part takes the reporting terms of a part of the same kind), the indicator is counted by hand.
    /// </summary>
    public async Task<Indicator> AddIndicatorAsync(UserContext user, int assignmentId, ManualIndicatorInput input, CancellationToken ct = default)
    {
        SocialServicesAccess.RequireWriter(user);
        var assignment = await db.StateAssignments.AsSplitQuery().Include(a => a.Parts).ThenInclude(p => p.Sections).ThenInclude(s => s.Indicators)
                             .Include(a => a.Indicators).FirstOrDefaultAsync(a => a.Id == assignmentId, ct)
                         ?? throw new NotFoundException($"Государственное задание № {assignmentId} не найдено.");
        if (!user.SeesOrganisation(assignment.OrganisationId))
            throw new NotFoundException($"Государственное задание № {assignmentId} не найдено.");
        if (assignment.OrganisationId != user.OrganisationId && user.Role != Role.Administrator)
            throw new ForbiddenException("Изменять задание может только учреждение, которому оно выдано.");
        var errors = new List<ValidationError>();
        string T(string? s) => s?.Trim() ?? "";
        var partCode = T(input.PartCode);
        var sectionNumber = T(input.SectionNumber);
        var code = T(input.Code);
        if (partCode.Length == 0) errors.Add(new("partCode", "Укажите номер части задания (например, 1.4 или 2)."));
        if (sectionNumber.Length == 0) errors.Add(new("sectionNumber", "Укажите номер услуги или раздела работы."));
        if (code.Length == 0) errors.Add(new("code", "Укажите код показателя (уникальный в задании)."));
        else if (assignment.Indicators.Any(i => string.Equals(i.Code, code, StringComparison.OrdinalIgnoreCase)))
            errors.Add(new("code", $"Показатель с кодом {code} в задании уже есть."));
        if (T(input.Name).Length == 0) errors.Add(new("name", "Укажите наименование показателя."));
        if (T(input.Unit).Length == 0) errors.Add(new("unit", "Укажите единицу измерения."));
        if (!Enum.IsDefined(input.Kind)) errors.Add(new("kind", "Выберите вид показателя: объём или качество."));
        var part = assignment.Parts.FirstOrDefault(p => p.Code == partCode);
        if (part is null && partCode.Length > 0)
        {
            if (T(input.PartTitle).Length == 0) errors.Add(new("partTitle", $"Части {partCode} в задании нет: укажите её наименование."));
            if (!Enum.IsDefined(input.PartKind)) errors.Add(new("partKind", "Выберите вид части: услуги или работы."));
        }
        var section = part?.Sections.FirstOrDefault(s => s.Number == sectionNumber);
        if (section is null && sectionNumber.Length > 0 && T(input.SectionName).Length == 0)
            errors.Add(new("sectionName", $"Услуги (раздела) {sectionNumber} в части {partCode} нет: укажите наименование."));
        var plan = new List<IndicatorPlanValue>();
        foreach (var (year, value) in input.Plan.Where(p => p.Value is not null).OrderBy(p => p.Key))
        {
            var role = assignment.RoleOf(year);
            if (role is null) errors.Add(new($"plan[{year}]", $"{year} год вне периода задания."));
            else if (value < 0) errors.Add(new($"plan[{year}]", $"{year}: плановое значение не может быть отрицательным."));
            else if (T(input.Unit).Contains('%') && value > 100) errors.Add(new($"plan[{year}]", $"{year}: доля не может быть больше 100 %."));
            else plan.Add(new IndicatorPlanValue { Year = year, Role = role.Value, Value = value });
        }
        DomainValidationException.ThrowIfAny(errors);

        if (part is null)
        {
            var like = assignment.Parts.FirstOrDefault(p => p.Kind == input.PartKind) ?? assignment.Parts.FirstOrDefault();
            part = new AssignmentPart
            {
                Code = partCode,
                Title = T(input.PartTitle),
                Kind = input.PartKind,
                Order = assignment.Parts.Select(p => p.Order).DefaultIfEmpty(0).Max() + 1,
                QuarterlyReportDay = like?.QuarterlyReportDay ?? 10,
                QuarterlyReportsThroughQuarter = like?.QuarterlyReportsThroughQuarter ?? 3,
                YearlyReportMonth = like?.YearlyReportMonth ?? 2,
                YearlyReportDay = like?.YearlyReportDay ?? 1,
                ReportingTermsText = like?.ReportingTermsText
                    ?? "ежеквартально до 10 числа месяца, следующего за отчётным кварталом; за год — до 1 февраля",
            };
            assignment.Parts.Add(part);
        }
        if (section is null)
        {
            section = new AssignmentSection
            {
                Number = sectionNumber, Ordinal = part.Sections.Count + 1, Name = T(input.SectionName),
                Kind = part.Kind == PartKind.Works ? SectionKind.Work : SectionKind.Service,
                Form = part.Kind == PartKind.Works ? null : input.Form,
            };
            part.Sections.Add(section);
        }
        var indicator = new Indicator
        {
            Code = code, Kind = input.Kind, Name = T(input.Name), Unit = T(input.Unit), FormulaText = T(input.FormulaText),
            Accumulates = input.Accumulates, Measure = ActualMeasure.Manual, PlanValues = plan,
        };
        assignment.Indicators.Add(indicator);
        section.Indicators.Add(new SectionIndicator { Indicator = indicator, Order = section.Indicators.Count + 1 });
        audit.Add(user, AuditAction.Update, Entity, assignment.Number, null,
            $"Задание № {assignment.Number}: введён показатель {code} «{indicator.Name}» (часть {partCode}, {sectionNumber})",
            plan.Select(v => new FieldChange($"{code} план {v.Year}", null, v.Value?.ToString(RussianFormat.Culture))).ToList());
        await db.SaveChangesAsync(ct);
        return indicator;
    }

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
