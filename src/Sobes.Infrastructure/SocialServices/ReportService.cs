using Microsoft.EntityFrameworkCore;
using Sobes.Domain.Audit;
using Sobes.Domain.Common;
using Sobes.Domain.Organisations;
using Sobes.Domain.SocialServices;
using Sobes.Infrastructure.Audit;
using Sobes.Infrastructure.Common;
using Sobes.Infrastructure.Persistence;

namespace Sobes.Infrastructure.SocialServices;

public sealed class ReportCreateInput
{
    public int StateAssignmentId { get; set; }
    public string? PartCode { get; set; }
    public int Year { get; set; }
    /// <summary>1–4; null for the yearly report.</summary>
    public int? Quarter { get; set; }
}

public sealed class ReportEditInput
{
    /// <summary>Reason for deviation by indicator code.</summary>
    public Dictionary<string, string?> Reasons { get; set; } = [];
    /// <summary>Actuals typed by the planner for indicators counted by hand, by indicator code.</summary>
    public Dictionary<string, decimal?> ManualValues { get; set; } = [];
    public string? ExplanatoryNote { get; set; }
    public decimal? AccountsPayable { get; set; }
    public decimal? OverdueAccountsPayable { get; set; }
}

public sealed record ReportListItem(
    long Id,
    int StateAssignmentId,
    string AssignmentNumber,
    string PartCode,
    string PartTitle,
    int Year,
    int? Quarter,
    string PeriodText,
    ReportStatus Status,
    DateOnly DueOn,
    DateOnly? SubmittedOn,
    int RowsRequiringReason
);

/// <summary>Execution reports of a state assignment: computed from the recorded data, completed by the planner, submitted, reviewed by the
/// founder.</summary>
public sealed class ReportService(SobesDbContext db, AuditLog audit, RegionClock clock, StateAssignmentService assignments, ActualsCalculator actuals,
    SocialServicesOptions options)
{
    private const string Entity = nameof(AssignmentReport);

    public async Task<IReadOnlyList<ReportListItem>> ListAsync(UserContext user, int? assignmentId = null, CancellationToken ct = default)
    {
        var rows = await db
            .AssignmentReports.AsNoTracking()
            .VisibleTo(user, r => r.StateAssignment!.OrganisationId)
            .Where(r => assignmentId == null || r.StateAssignmentId == assignmentId)
            .Select(r => new
            {
                r.Id,
                r.StateAssignmentId,
                r.StateAssignment!.Number,
                r.Part!.Code,
                r.Part.Title,
                r.Part.Order,
                r.Year,
                r.Quarter,
                r.Status,
                r.DueOn,
                r.SubmittedOn,
                Open = r.Rows.Count(x => x.RequiresReason && (x.DeviationReason == null || x.DeviationReason == "")),
            })
            .ToListAsync(ct);
        return rows.OrderByDescending(r => r.Year)
            .ThenByDescending(r => r.Quarter ?? 5)
            .ThenBy(r => r.Order)
            .Select(r => new ReportListItem(
                r.Id,
                r.StateAssignmentId,
                r.Number,
                r.Code,
                r.Title,
                r.Year,
                r.Quarter,
                (r.Quarter is { } q ? ReportingPeriod.ForQuarter(r.Year, q) : ReportingPeriod.ForYear(r.Year)).Russian(),
                r.Status,
                r.DueOn,
                r.SubmittedOn,
                r.Open
            ))
            .ToList();
    }

    public async Task<AssignmentReport> CreateAsync(UserContext user, ReportCreateInput input, CancellationToken ct = default)
    {
        SocialServicesAccess.RequireWriter(user);
        var assignment = await assignments.GetAsync(user, input.StateAssignmentId, ct);
        RequireOwner(user, assignment);
        var part = assignment.Parts.FirstOrDefault(p => p.Code == input.PartCode)
                   ?? throw new DomainValidationException([new("partCode", "Выберите часть задания.")]);
        var errors = new List<ValidationError>();
        if (input.Year < assignment.FinancialYear || input.Year > assignment.LastPlanningYear)
            errors.Add(new("year", $"Отчёт представляется за годы действия задания: {assignment.FinancialYear}–{assignment.LastPlanningYear}."));
        if (input.Quarter is { } q && (q < 1 || q > part.QuarterlyReportsThroughQuarter))
            errors.Add(
                new(
                    "quarter",
                    $"По части {part.Code} квартальные отчёты — за I–{part.QuarterlyReportsThroughQuarter} кварталы; за год — годовой отчёт."
                )
            );
        DomainValidationException.ThrowIfAny(errors);
        var period = input.Quarter is { } quarter ? ReportingPeriod.ForQuarter(input.Year, quarter) : ReportingPeriod.ForYear(input.Year);
        if (await db.AssignmentReports.AnyAsync(r => r.AssignmentPartId == part.Id && r.Year == input.Year && r.Quarter == input.Quarter, ct))
            throw new ConflictException($"Отчёт по части {part.Code} за {period.Russian()} уже создан.");

        var report = new AssignmentReport
        {
            StateAssignmentId = assignment.Id, AssignmentPartId = part.Id, Year = input.Year, Quarter = input.Quarter,
            DueOn = ReportingDeadlines.DueDate(part, period), TolerancePercentagePoints = options.DeviationTolerancePercentagePoints,
        };
        await FillRowsAsync(report, assignment, part, ct);
        db.AssignmentReports.Add(report);
        audit.Add(
            user,
            AuditAction.Create,
            Entity,
            null,
            null,
            $"Отчёт об исполнении задания № {assignment.Number}, часть {part.Code}, {period.Russian()}"
        );
        await db.SaveChangesAsync(ct);
        return report;
    }

    /// <summary>Recounts the actuals from the data; reasons and hand-entered values typed earlier are kept.</summary>
    private async Task FillRowsAsync(AssignmentReport report, StateAssignment assignment, AssignmentPart part, CancellationToken ct)
    {
        var indicators = StateAssignmentRules.IndicatorsOf(part);
        var old = report.Rows.ToDictionary(r => r.IndicatorCode);
        var manual = old.ToDictionary(kv => kv.Key, kv => kv.Value.ManualValue);
        var computed = await actuals.ComputeAsync(assignment, indicators, report.Period, manual, ct);
        var withReasons = computed
            .Select(c => c.Actual with { DeviationReason = old.GetValueOrDefault(c.Actual.IndicatorCode)?.DeviationReason })
            .ToList();
        var built = ExecutionReportBuilder.Build(indicators, report.Period, withReasons, report.TolerancePercentagePoints);
        report.Rows.Clear();
        for (var i = 0; i < built.Rows.Count; i++)
        {
            var row = built.Rows[i];
            var indicator = indicators[i];
            report.Rows.Add(
                new AssignmentReportRow
                {
                    Order = i + 1,
                    IndicatorId = indicator.Id,
                    IndicatorCode = row.IndicatorCode,
                    IndicatorName = row.IndicatorName,
                    Unit = row.Unit,
                    Kind = indicator.Kind,
                    Plan = row.Plan,
                    Actual = row.Actual,
                    PercentOfPlan = row.PercentOfPlan,
                    ExpectedPercent = row.ExpectedPercent,
                    RequiresReason = row.RequiresReason,
                    DeviationReason = row.DeviationReason,
                    Source = row.Source,
                    Measure = indicator.Measure,
                    InputsText = computed[i].InputsText,
                    ManualValue = indicator.Measure == ActualMeasure.Manual ? manual.GetValueOrDefault(row.IndicatorCode) : null,
                }
            );
        }
        report.ComputedAtUtc = clock.NowUtc;
    }

    public async Task<(AssignmentReport Report, StateAssignment Assignment, IReadOnlyList<ValidationError> Problems)> GetAsync(
        UserContext user,
        long id,
        CancellationToken ct = default
    )
    {
        var report = await LoadAsync(id, tracking: false, ct);
        var assignment = await assignments.GetAsync(user, report.StateAssignmentId, ct);
        report.Part = assignment.Parts.First(p => p.Id == report.AssignmentPartId);
        report.Rows.Sort((a, b) => a.Order.CompareTo(b.Order));
        return (report, assignment, Problems(report));
    }

    public async Task<AssignmentReport> RecomputeAsync(UserContext user, long id, CancellationToken ct = default) =>
        await EditAsync(user, id, null, ct);

    public async Task<AssignmentReport> UpdateAsync(UserContext user, long id, ReportEditInput input, CancellationToken ct = default) =>
        await EditAsync(user, id, input, ct);

    private async Task<AssignmentReport> EditAsync(UserContext user, long id, ReportEditInput? input, CancellationToken ct, bool submit = false)
    {
        SocialServicesAccess.RequireWriter(user);
        var report = await LoadAsync(id, tracking: true, ct);
        var assignment = await assignments.GetAsync(user, report.StateAssignmentId, ct);
        RequireOwner(user, assignment);
        if (!report.Status.IsEditable()) throw new ConflictException($"Отчёт {report.Status.Russian()} — изменять его нельзя.");
        if (input is not null)
        {
            var errors = new List<ValidationError>();
            if (input.AccountsPayable is < 0) errors.Add(new("accountsPayable", "Кредиторская задолженность не может быть отрицательной."));
            if (input.OverdueAccountsPayable is < 0)
                errors.Add(new("overdueAccountsPayable", "Просроченная задолженность не может быть отрицательной."));
            if (input.OverdueAccountsPayable > (input.AccountsPayable ?? 0))
                errors.Add(new("overdueAccountsPayable", "Просроченная задолженность не может превышать всю задолженность."));
            foreach (var (code, value) in input.ManualValues.Where(kv => kv.Value is < 0))
                errors.Add(new($"rows[{code}].manualValue", "Значение не может быть отрицательным."));
            DomainValidationException.ThrowIfAny(errors);
            foreach (var row in report.Rows)
            {
                if (input.Reasons.TryGetValue(row.IndicatorCode, out var reason))
                    row.DeviationReason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
                if (row.Measure == ActualMeasure.Manual && input.ManualValues.TryGetValue(row.IndicatorCode, out var v)) row.ManualValue = v;
            }
            report.ExplanatoryNote = input.ExplanatoryNote?.Trim() ?? "";
            report.AccountsPayable = input.AccountsPayable;
            report.OverdueAccountsPayable = input.OverdueAccountsPayable;
        }
        var part = assignment.Parts.First(p => p.Id == report.AssignmentPartId);
        await FillRowsAsync(report, assignment, part, ct);
        var what = input is null ? "Пересчитан" : "Изменён";
        if (submit)
        {
            DomainValidationException.ThrowIfAny(Problems(report));
            report.Status = ReportStatus.Submitted;
            report.SubmittedOn = clock.Today;
            report.SubmittedByName = user.FullName;
            what = "Представлен учредителю" + (clock.Today > report.DueOn ? $" с нарушением срока ({report.DueOn:dd.MM.yyyy})" : "");
        }
        audit.Add(
            user,
            AuditAction.Update,
            Entity,
            id.ToString(),
            null,
            $"{what}: отчёт по заданию № {assignment.Number}, часть {part.Code}, {report.Period.Russian()}"
        );
        await db.SaveChangesAsync(ct);
        return report;
    }

    /// <summary>
    /// Submits the report to the founder, with the last edits typed on the page applied in the same transaction:
    /// every deviation beyond the tolerance needs a reason and the explanatory note is required, or nothing is saved.
    /// </summary>
    public async Task<AssignmentReport> SubmitAsync(UserContext user, long id, ReportEditInput? lastEdits = null, CancellationToken ct = default) =>
        await EditAsync(user, id, lastEdits, ct, submit: true);

    /// <summary>The founder's desk review (камеральная проверка, seed 004 — ежеквартально): accept, or return with remarks.</summary>
    public async Task<AssignmentReport> ReviewAsync(UserContext user, long id, bool accept, string? remarks, CancellationToken ct = default)
    {
        SocialServicesAccess.RequireReviewer(user);
        var report = await LoadAsync(id, tracking: true, ct);
        if (report.Status != ReportStatus.Submitted) throw new ConflictException("Проверяется только представленный отчёт.");
        if (!accept && string.IsNullOrWhiteSpace(remarks))
            throw new DomainValidationException([new("reviewRemarks", "Укажите замечания, по которым отчёт возвращается на доработку.")]);
        var old = report.Status;
        report.Status = accept ? ReportStatus.Reviewed : ReportStatus.Returned;
        report.ReviewedOn = clock.Today;
        report.ReviewedByName = user.FullName;
        report.ReviewRemarks = string.IsNullOrWhiteSpace(remarks) ? null : remarks.Trim();
        audit.Add(user, AuditAction.Update, Entity, id.ToString(), null, $"Камеральная проверка отчёта № {id}: {report.Status.Russian()}",
            [new("Статус", old.Russian(), report.Status.Russian())]);
        await db.SaveChangesAsync(ct);
        return report;
    }

    /// <summary>The report as .xlsx (seven-column form), recorded in the audit log as an export.</summary>
    public async Task<(byte[] Content, string FileName)> ExportXlsxAsync(UserContext user, long id, CancellationToken ct = default)
    {
        var (report, assignment, _) = await GetAsync(user, id, ct);
        var organisation = await db
            .Organisations.AsNoTracking()
            .Where(o => o.Id == assignment.OrganisationId)
            .Select(o => o.Name)
            .FirstOrDefaultAsync(ct)
            ?? assignment.OrganisationName;
        var content = ReportXlsxExporter.Export(report, assignment, organisation);
        await audit.RecordAsync(user, AuditAction.Export, Entity, id.ToString(), null,
            $"Выгрузка в .xlsx отчёта по заданию № {assignment.Number}, часть {report.Part!.Code}, {report.Period.Russian()}", ct);
        return (content, ReportXlsxExporter.FileName(report, assignment));
    }

    /// <summary>What stops submission: rows deviating beyond the tolerance without a reason, and a missing explanatory note.</summary>
    public static IReadOnlyList<ValidationError> Problems(AssignmentReport report)
    {
        var domain = new ExecutionReport(
            report.Period,
            report.TolerancePercentagePoints,
            report
                .Rows.Select(r => new ExecutionReportRow
                {
                    IndicatorCode = r.IndicatorCode,
                    IndicatorName = r.IndicatorName,
                    Unit = r.Unit,
                    Plan = r.Plan,
                    Actual = r.Actual,
                    PercentOfPlan = r.PercentOfPlan,
                    ExpectedPercent = r.ExpectedPercent,
                    DeviationReason = r.DeviationReason,
                    Source = r.Source,
                    RequiresReason = r.RequiresReason,
                })
                .ToList()
        );
        var errors = ExecutionReportBuilder.Validate(domain).ToList();
        if (string.IsNullOrWhiteSpace(report.ExplanatoryNote))
            errors.Add(new("explanatoryNote", "Приложите пояснительную записку к отчёту (сид 004, иные требования к отчётности)."));
        return errors;
    }

    private void RequireOwner(UserContext user, StateAssignment assignment)
    {
        if (assignment.OrganisationId != user.OrganisationId && user.Role != Role.Administrator)
            throw new ForbiddenException("Отчёт составляет учреждение, которому выдано задание.");
    }

    private async Task<AssignmentReport> LoadAsync(long id, bool tracking, CancellationToken ct)
    {
        var q = tracking ? db.AssignmentReports : db.AssignmentReports.AsNoTracking();
        return await q.Include(r => r.Rows).FirstOrDefaultAsync(r => r.Id == id, ct)
               ?? throw new NotFoundException($"Отчёт № {id} не найден.");
    }
}
