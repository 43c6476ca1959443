using Sobes.Domain.Common;
using Sobes.Domain.Measures;
using Sobes.Domain.Registry;

namespace Sobes.Domain.Payments;

/// <summary>One row of the post's report as read from the file or the API: the line's code, what the post says about it.</summary>
public sealed record PostReportRow(
    int RowNumber,
    long? LineId,
    string? AssignmentNumber,
    decimal? Amount,
    bool? Paid,
    DateOnly? PaidOn,
    string? Reason
);

/// <summary>A line of the period the report may speak of.</summary>
public sealed record ReportableLine(long Id, string AssignmentNumber, decimal ToPay, PaymentMethod? Method, string? PostOfficeIndex);

/// <summary>What is already known about a line: a mark of an earlier report, or a return registered by hand.</summary>
public enum LineState { Paid = 1, Unpaid = 2, ReturnedOnly = 3 }

/// <summary>
/// What the import does with one line: a new mark (and for an unpaid line a return unless one is on the books), or nothing.
/// </summary>
public sealed record PostReportDecision(long LineId, bool Paid, DateOnly? PaidOn, string? Reason, bool AddMark, bool AddReturn);

/// <summary>
/// Matching the post's report of paid and unpaid sums with the period's lines (seed 002 cl. 19.13–19.14). Pure. Every row must name a
/// post line of this period by its code with the same personal account and the same sum, and say «выплачено» or «не выплачено»
/// (with a reason). A line already marked the same way is left as it is (a report imported twice changes nothing); marked the other way,
/// it is an error — a correction goes through the returns. Any error rejects the whole report.
/// </summary>
public static class PostReportRules
{
    public static IReadOnlyList<PostReportDecision> Match(string periodKey, string? reportPeriod, IReadOnlyDictionary<long, ReportableLine> lines,
        IReadOnlyDictionary<long, LineState> known, IReadOnlyList<PostReportRow> rows, DateOnly today)
    {
        var errors = new List<ValidationError>();
        if (string.IsNullOrWhiteSpace(reportPeriod) || reportPeriod.Trim() != periodKey)
            errors.Add(new("period", $"Отчёт составлен за период «{reportPeriod?.Trim() ?? "не указан"}», а загружается в период {periodKey}."));
        if (rows.Count == 0) errors.Add(new("rows", "В отчёте нет ни одной строки."));
        var seen = new HashSet<long>();
        var decisions = new List<PostReportDecision>();
        foreach (var r in rows)
        {
            var at = $"Строка {r.RowNumber}";
            if (r.LineId is not { } id || !lines.TryGetValue(id, out var line))
            {
                errors.Add(new("rows", $"{at}: строки выплаты с кодом «{r.LineId?.ToString() ?? "—"}» в этом периоде нет."));
                continue;
            }
            if (!seen.Add(id)) { errors.Add(new("rows", $"{at}: строка с кодом {id} указана в отчёте повторно.")); continue; }
            if (line.Method != PaymentMethod.Post || line.ToPay <= 0)
            {
                errors.Add(new("rows", $"{at}: строка {id} выплачивается " +
                $"не через почту.")); continue;
            }
            if (!string.IsNullOrWhiteSpace(r.AssignmentNumber) && r.AssignmentNumber.Trim() != line.AssignmentNumber)
                errors.Add(new("rows", $"{at}: лицевой счёт «{r.AssignmentNumber.Trim()}» не совпадает со строкой {id} ({line.AssignmentNumber})."));
            if (r.Amount is not { } amount || amount != line.ToPay)
                errors.Add(
                    new(
                        "rows",
                        $"{at}: сумма {(r.Amount is { } a ? RussianFormat.Money(a) : "не указана")} не совпадает с суммой к " +
                            $"выплате {RussianFormat.Money(line.ToPay)}."
                    )
                );
            if (r.Paid is not { } paid) { errors.Add(new("rows", $"{at}: нет отметки «Выплачено» или «Не выплачено».")); continue; }
            if (!paid && string.IsNullOrWhiteSpace(r.Reason)) errors.Add(new("rows", $"{at}: укажите причину невыплаты."));
            if (paid && r.PaidOn is { } on && on > today) errors.Add(new("rows", $"{at}: дата выплаты {on:dd.MM.yyyy} ещё не наступила."));
            var state = known.TryGetValue(id, out var s) ? s : (LineState?)null;
            switch (state)
            {
                case LineState.Paid when !paid:
                    errors.Add(new("rows", $"{at}: строка {id} уже отмечена выплаченной по прежнему отчёту.")); continue;
                case LineState.Unpaid or LineState.ReturnedOnly when paid:
                    errors.Add(new("rows", $"{at}: по строке {id} уже учтена невыплата (возврат) — исправление через раздел «Возвраты».")); continue;
            }
            decisions.Add(new PostReportDecision(id, paid, paid ? r.PaidOn : null, paid ? null : r.Reason?.Trim(),
                AddMark: state is null or LineState.ReturnedOnly, AddReturn: !paid && state is null));
        }
        if (errors.Count > 0) throw new DomainValidationException(errors);
        return decisions;
    }

    /// <summary>«Выплачено» / «Не выплачено» (any case, «ё» or «е», a leading «+»/«-»); anything else is no mark.</summary>
    public static bool? ParseMark(string? text)
    {
        var t = text?.Trim().ToLowerInvariant().Replace('ё', 'е');
        return t switch
        {
            "выплачено" or "да" or "+" or "paid" or "true" => true,
            "не выплачено" or "невыплачено" or "нет" or "-" or "unpaid" or "false" => false,
            _ => null,
        };
    }
}
