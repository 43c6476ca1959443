using Sobes.Domain.Audit;
using Sobes.Domain.Common;
using Sobes.Domain.Measures;
using Sobes.Domain.Organisations;

namespace Sobes.Infrastructure.Measures;

public sealed partial class AssignmentService
{
    /// <summary>
    /// Stops the payment on a ground of the measure (seed 002 cl. 8.1): from the day the measure's stop rule gives for the event date.
    /// A ground registered after payments for later days were made leaves an overpayment to recover (the registered date says when).
    /// </summary>
    public async Task<AssignmentDetails> StopAsync(UserContext user, long id, StopInput input, CancellationToken ct = default)
    {
        var a = await LoadForChangeAsync(user, id, ct);
        var today = clock.Today;
        var registered = input.RegisteredOn ?? today;
        var errors = new List<ValidationError>();
        if (string.IsNullOrWhiteSpace(input.GroundCode)) errors.Add(new("groundCode", "Выберите основание прекращения из перечня меры."));
        if (input.EventDate is not { } eventDate) errors.Add(new("eventDate", "Укажите дату события, которое прекращает выплату."));
        else if (eventDate > registered) errors.Add(new("eventDate", "Дата события не может быть позже даты регистрации основания."));
        if (registered > today) errors.Add(new("registeredOn", "Дата регистрации основания не может быть в будущем."));
        if (errors.Count > 0) throw new DomainValidationException(errors);
        var oldStatus = a.Status;
        var from = AssignmentRules.Stop(
            a,
            a.Measure!,
            input.GroundCode!.Trim(),
            input.EventDate!.Value,
            Trim(input.Document),
            registered,
            clock.NowUtc,
            user.UserId
        );
        a.Version++;
        audit.Add(user, AuditAction.Update, Entity, a.Number, a.CitizenId,
            $"Прекращение выплаты {a.Number} с {from:dd.MM.yyyy}: {a.StatusReason}; событие {input.EventDate:dd.MM.yyyy}",
            [new("Статус", Russian(oldStatus), Russian(a.Status)), new("Прекращена с", "—", $"{from:dd.MM.yyyy}"),
             new("Документ", "—", a.StatusDocument ?? "—")]);
        await db.SaveChangesAsync(ct);
        return await DetailsAsync(user, a, ct);
    }

    /// <summary>Nothing is payable from the date until a resumption; the amounts by period stay as they are.</summary>
    public async Task<AssignmentDetails> SuspendAsync(UserContext user, long id, SuspendInput input, CancellationToken ct = default)
    {
        var a = await LoadForChangeAsync(user, id, ct);
        if (input.From is null) throw new DomainValidationException([new("from", "Укажите дату, с которой выплата приостанавливается.")]);
        var s = AssignmentStatusRules.Suspend(a, input.From.Value, input.Reason ?? "", input.Document, clock.NowUtc, user.UserId);
        a.Version++;
        audit.Add(user, AuditAction.Update, Entity, a.Number, a.CitizenId, $"Приостановление выплаты {a.Number} с {s.From:dd.MM.yyyy}: {s.Reason}",
            [new("Статус", Russian(AssignmentStatus.Active), Russian(a.Status)), new("Приостановлена с", "—", $"{s.From:dd.MM.yyyy}")]);
        await db.SaveChangesAsync(ct);
        return await DetailsAsync(user, a, ct);
    }

    /// <summary>Paid again from the date; the days of the suspension stay unpaid.</summary>
    public async Task<AssignmentDetails> ResumeAsync(UserContext user, long id, ResumeInput input, CancellationToken ct = default)
    {
        var a = await LoadForChangeAsync(user, id, ct);
        if (input.From is null) throw new DomainValidationException([new("from", "Укажите дату, с которой выплата возобновляется.")]);
        var suspendedFrom = a.SuspendedFrom;
        AssignmentStatusRules.Resume(a, input.From.Value, input.Reason ?? "", clock.NowUtc, user.UserId);
        a.Version++;
        audit.Add(user, AuditAction.Update, Entity, a.Number, a.CitizenId,
            $"Возобновление выплаты {a.Number} с {input.From:dd.MM.yyyy} (приостановлена с {suspendedFrom:dd.MM.yyyy}): {input.Reason?.Trim()}",
            [new("Статус", Russian(AssignmentStatus.Suspended), Russian(a.Status)), new("Возобновлена с", "—", $"{input.From:dd.MM.yyyy}")]);
        await db.SaveChangesAsync(ct);
        return await DetailsAsync(user, a, ct);
    }

    /// <summary>
    /// New inputs of the amount rule from a date (a child joined or left the family, an increment applies, a new documented sum):
    /// the amount is found again from that date, with every later dated value, through <see cref="AssignmentFactory"/>.
    /// </summary>
    public async Task<AssignmentDetails> RecalculateAsync(UserContext user, long id, RecalculateInput input, CancellationToken ct = default)
    {
        var a = await LoadForChangeAsync(user, id, ct);
        var children = input.Children ?? a.Children;
        var increment = input.ChildrenWithIncrement ?? a.ChildrenWithIncrement;
        var sum = input.DocumentedSum ?? a.DocumentedSum;
        ThrowIfInvalidRecalculation(a, input, children, increment, sum);

        var inputsChange = new List<FieldChange>();
        if (children != a.Children) inputsChange.Add(new("Детей", a.Children.ToString(), children.ToString()));
        if (increment != a.ChildrenWithIncrement)
            inputsChange.Add(new("Детей с надбавкой", a.ChildrenWithIncrement.ToString(), increment.ToString()));
        if (sum != a.DocumentedSum) inputsChange.Add(new("Сумма по документам", Money(a.DocumentedSum), Money(sum)));
        (a.Children, a.ChildrenWithIncrement, a.DocumentedSum) = (children, increment, sum);
        var reason = input.Reason!.Trim();
        var amountChanged = await factory.RecalculateInputsAsync(user, a, a.Measure!, input.From!.Value, reason, ct);
        if (!amountChanged)
        {
            // The inputs changed, the amount did not: the history still says what was entered and when.
            var on = input.From!.Value < a.StartsOn ? a.StartsOn : input.From.Value;
            var amount = a.AmountOn(on);
            a.Changes.Add(
                new AssignmentChange
                {
                    Kind = AssignmentChangeKind.Recalculated,
                    EffectiveFrom = on,
                    OldAmount = amount,
                    NewAmount = amount,
                    AtUtc = clock.NowUtc,
                    UserId = user.UserId,
                    Reason = $"{reason}; размер не изменился",
                }
            );
        }
        a.Version++;
        audit.Add(
            user,
            AuditAction.Update,
            Entity,
            a.Number,
            a.CitizenId,
            $"Изменены сведения для расчёта {a.Number} с {input.From:dd.MM.yyyy}: {reason}",
            inputsChange
        );
        await db.SaveChangesAsync(ct);
        return await DetailsAsync(user, a, ct);
    }

    /// <summary>The checks of <see cref="RecalculateAsync"/>: a date within the paid term, sane inputs, a reason, and something changed.</summary>
    private static void ThrowIfInvalidRecalculation(Assignment a, RecalculateInput input, int children, int increment, decimal? sum)
    {
        var errors = new List<ValidationError>();
        if (input.From is not { } from)
            errors.Add(new("from", "Укажите дату, с которой размер пересчитывается."));
        else if (a.LastPaidDay is { } last && from > last)
            errors.Add(new("from", $"Выплата назначена по {last:dd.MM.yyyy}: пересчитывать после этой даты нечего."));
        if (children < 0) errors.Add(new("children", "Число детей не может быть отрицательным."));
        if (increment < 0 || increment > children)
            errors.Add(new("childrenWithIncrement", "Детей с надбавкой не может быть больше, чем детей, и меньше нуля."));
        if (sum is < 0) errors.Add(new("documentedSum", "Сумма по документам не может быть отрицательной."));
        if (string.IsNullOrWhiteSpace(input.Reason)) errors.Add(new("reason", "Укажите причину перерасчёта (какие сведения изменились)."));
        if (errors.Count > 0) throw new DomainValidationException(errors);
        if (children == a.Children && increment == a.ChildrenWithIncrement && sum == a.DocumentedSum)
            throw new DomainValidationException([
                new("children", "Сведения для расчёта не изменились: укажите новое число детей или сумму по документам."),
            ]);
    }

    private async Task<Assignment> LoadForChangeAsync(UserContext user, long id, CancellationToken ct)
    {
        MeasuresAccess.RequireAssignmentWriter(user);
        var a = await LoadAsync(user, id, tracking: true, ct);
        if (a.OrganisationId != user.OrganisationId)
            throw new ForbiddenException("Выплату приостанавливает, возобновляет и прекращает управление, которое её назначило.");
        return a;
    }

    public static string Russian(AssignmentStatus status) => status switch
    {
        AssignmentStatus.Active => "выплачивается",
        AssignmentStatus.Suspended => "приостановлена",
        AssignmentStatus.Stopped => "прекращена",
        _ => status.ToString(),
    };

    private static string Money(decimal? v) => v is { } m ? RussianFormat.Money(m) : "—";

    private static string? Trim(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
