using Microsoft.EntityFrameworkCore;
using Sobes.Domain.Audit;
using Sobes.Domain.Common;
using Sobes.Domain.Organisations;
using Sobes.Domain.SocialServices;
using Sobes.Infrastructure.Audit;
using Sobes.Infrastructure.Common;
using Sobes.Infrastructure.Persistence;

namespace Sobes.Infrastructure.SocialServices;

/// <summary>
/// The planner's edits of a state assignment's indicators: plan values and how each actual is counted (all checked first, one
/// transaction), and an indicator entered by hand with its part and section.
/// </summary>
public sealed class StateAssignmentIndicators(SobesDbContext db, AuditLog audit)
{
    private const string Entity = nameof(StateAssignment);

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
            EditPlan(assignment, indicator, edit, errors, changes);
            if (edit.Measure is { } measure) EditMeasure(indicator, measure, edit.ServiceCodes, known, errors, changes);
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

    private static void EditPlan(
        StateAssignment assignment,
        Indicator indicator,
        IndicatorEdit edit,
        List<ValidationError> errors,
        List<FieldChange> changes
    )
    {
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
    }

    private static void EditMeasure(
        Indicator indicator,
        ActualMeasure measure,
        string? serviceCodes,
        List<string> known,
        List<ValidationError> errors,
        List<FieldChange> changes
    )
    {
        var field = $"indicators[{indicator.Code}]";
        var codes = ActualMeasureDefaults.ParseCodes(serviceCodes);
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
        var (part, section, plan) = ValidateManual(assignment, input);
        var (partCode, sectionNumber, code) = (T(input.PartCode), T(input.SectionNumber), T(input.Code));
        part ??= NewPart(assignment, input, partCode);
        section ??= NewSection(part, input, sectionNumber);
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

    private static string T(string? s) => s?.Trim() ?? "";

    /// <summary>Checks the hand-entered indicator; returns its part and section when the assignment has them, and its plan values.</summary>
    private static (AssignmentPart? Part, AssignmentSection? Section, List<IndicatorPlanValue> Plan) ValidateManual(
        StateAssignment assignment,
        ManualIndicatorInput input
    )
    {
        var errors = new List<ValidationError>();
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
        return (part, section, plan);
    }

    private static AssignmentPart NewPart(StateAssignment assignment, ManualIndicatorInput input, string partCode)
    {
        var like = assignment.Parts.FirstOrDefault(p => p.Kind == input.PartKind) ?? assignment.Parts.FirstOrDefault();
        var part = new AssignmentPart
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
        return part;
    }

    private static AssignmentSection NewSection(AssignmentPart part, ManualIndicatorInput input, string sectionNumber)
    {
        var section = new AssignmentSection
        {
            Number = sectionNumber, Ordinal = part.Sections.Count + 1, Name = T(input.SectionName),
            Kind = part.Kind == PartKind.Works ? SectionKind.Work : SectionKind.Service,
            Form = part.Kind == PartKind.Works ? null : input.Form,
        };
        part.Sections.Add(section);
        return section;
    }
}
