using Sobes.Domain.Common;

namespace Sobes.Domain.SocialServices;

public static class ExecutionReportBuilder
{
    /// <summary>
    /// Rows of the report for the given indicators (usually <see cref="StateAssignmentRules.IndicatorsOf"/> of a part).
    /// A row requires a reason when its percent of plan differs from the expected percent by more than
    /// <paramref name="tolerancePercentagePoints"/>; with a zero plan (complaints, violations) any non-zero actual deviates;
    /// a row with a plan but no computable actual also needs an explanation.
    /// </summary>
    public static ExecutionReport Build(IEnumerable<Indicator> indicators, ReportingPeriod period,
        IEnumerable<IndicatorActual> actuals, decimal tolerancePercentagePoints)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(tolerancePercentagePoints);
        var byCode = actuals.ToDictionary(a => a.IndicatorCode);
        var rows = indicators.Select(i => Row(i, period, byCode.GetValueOrDefault(i.Code), tolerancePercentagePoints)).ToList();
        return new ExecutionReport(period, tolerancePercentagePoints, rows);
    }

    /// <summary>Rows that deviate beyond the tolerance and give no reason.</summary>
    public static IReadOnlyList<ExecutionReportRow> RowsMissingReason(ExecutionReport report) =>
        report.Rows.Where(r => r.RequiresReason && string.IsNullOrWhiteSpace(r.DeviationReason)).ToList();

    public static IReadOnlyList<ValidationError> Validate(ExecutionReport report) =>
        RowsMissingReason(report)
            .Select(r => new ValidationError($"rows[{r.IndicatorCode}].deviationReason", MissingReasonMessage(r, report.TolerancePercentagePoints)))
            .ToList();

    private static ExecutionReportRow Row(Indicator indicator, ReportingPeriod period, IndicatorActual? actual, decimal tolerance)
    {
        var plan = indicator.PlanFor(period.Year);
        var value = actual is null ? null : ActualValue(indicator, actual);
        var percent = plan is { } p && p != 0 && value is { } v ? Round1(v / p * 100m) : (decimal?)null;
        var expected = plan is null ? (decimal?)null : indicator.Accumulates ? 100m * period.ElapsedShareOfYear : 100m;
        var deviates = plan switch
        {
            null => false,
            _ when value is null => true,
            0m => value != 0m,
            _ => Math.Abs(percent!.Value - expected!.Value) > tolerance,
        };
        return new ExecutionReportRow
        {
            IndicatorCode = indicator.Code,
            IndicatorName = indicator.Name,
            Unit = indicator.Unit,
            Plan = plan,
            Actual = value,
            PercentOfPlan = percent,
            ExpectedPercent = expected,
            DeviationReason = actual?.DeviationReason,
            Source = actual?.Source ?? indicator.Source,
            RequiresReason = deviates,
        };
    }

    /// <summary>Formula values (shares in %) are rounded to 0.1 like the percent column, so the printed row is consistent.</summary>
    private static decimal? ActualValue(Indicator indicator, IndicatorActual actual)
    {
        if (indicator.Formula is null) return actual.Value;
        if (actual.Inputs is null) return actual.Value;
        return Formula.Evaluate(indicator.Formula, actual.Inputs) is { } v ? Round1(v) : null;
    }

    private static decimal Round1(decimal value) => Math.Round(value, 1, MidpointRounding.AwayFromZero);

    private static string MissingReasonMessage(ExecutionReportRow row, decimal tolerance) =>
        row.Actual is null ? $"«{row.IndicatorName}»: нет фактического значения — укажите причину."
        : row.PercentOfPlan is { } pct
            ? $"«{row.IndicatorName}»: выполнение {RussianFormat.NumberExact(pct)} % при ожидаемых " +
                $"{RussianFormat.NumberExact(row.ExpectedPercent ?? 100m)} % "
                + $"(допустимое отклонение {RussianFormat.NumberExact(tolerance)} п.п.) — укажите причину отклонения."
        : $"«{row.IndicatorName}»: факт {RussianFormat.NumberExact(row.Actual.Value)} при плане " +
            $"{RussianFormat.NumberExact(row.Plan ?? 0)} — укажите причину отклонения.";
}
