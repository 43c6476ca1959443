using Microsoft.EntityFrameworkCore;
using Sobes.Domain.Audit;
using Sobes.Domain.Common;
using Sobes.Domain.Measures;
using Sobes.Domain.Organisations;
using Sobes.Domain.Payments;
using Sobes.Infrastructure.Audit;
using Sobes.Infrastructure.Common;
using Sobes.Infrastructure.Persistence;

namespace Sobes.Infrastructure.Payments;

public sealed record OverpaymentItem(Overpayment Overpayment, string RecipientName, string Measure);

/// <summary>The overpayments page: the department's overpayments and the deduction limit in force today.</summary>
public sealed record OverpaymentsOverview(IReadOnlyList<OverpaymentItem> Items, decimal DeductionPercent);

/// <summary>
/// Overpayments found by the runs and their recovery outside the run: a voluntary refund by the citizen, or a write-off of the balance.
/// The run itself withholds them from later payments (<see cref="RunDeductions"/>).
/// </summary>
public sealed class OverpaymentRecovery(SobesDbContext db, AuditLog audit, RegionClock clock)
{
    /// <summary>Overpayments of the department (of one citizen when given), with their recoveries.</summary>
    public async Task<IReadOnlyList<OverpaymentItem>> OverpaymentsAsync(
        UserContext user,
        long? citizenId,
        bool openOnly,
        CancellationToken ct = default
    )
    {
        var q = db.Overpayments.AsNoTracking().Include(o => o.Recoveries).VisibleTo(user);
        if (citizenId is { } c) q = q.Where(o => o.CitizenId == c);
        if (openOnly) q = q.Where(o => o.Balance > 0);
        var rows = await q.OrderByDescending(o => o.DetectedOn).ThenByDescending(o => o.Id).Take(500).ToListAsync(ct);
        var citizens = rows.Select(o => o.CitizenId).Distinct().ToList();
        var names = await db
            .Citizens.AsNoTracking()
            .Where(x => citizens.Contains(x.Id))
            .Select(x => new
            {
                x.Id,
                x.Surname,
                x.Name,
                x.Patronymic,
            })
            .ToDictionaryAsync(
                x => x.Id,
                x => string.Join(" ", new[] { x.Surname, x.Name, x.Patronymic }.Where(s => !string.IsNullOrWhiteSpace(s))),
                ct
            );
        var measures = await db.Measures.AsNoTracking().ToDictionaryAsync(m => m.Id, m => m.ShortName, ct);
        await audit.RecordAsync(user, AuditAction.Search, nameof(Overpayment), null, citizenId, $"Переплаты: {rows.Count}", ct);
        return rows.Select(o => new OverpaymentItem(
                o,
                names.GetValueOrDefault(o.CitizenId, "—"),
                measures.GetValueOrDefault(o.MeasureId, "—")
            ))
            .ToList();
    }

    /// <summary>
    /// The overpayments page: <see cref="OverpaymentsAsync"/> and the deduction limit in force today for the user's department.
    /// </summary>
    public async Task<OverpaymentsOverview> OverviewAsync(UserContext user, long? citizenId, bool openOnly, CancellationToken ct = default) =>
        new(await OverpaymentsAsync(user, citizenId, openOnly, ct), await DeductionPercentAsync(user.OrganisationId, clock.Today, ct));

    /// <summary>
    /// The limit of a deduction in percent for a department on a day: the dated parameter of its territory or the region, or the default.
    /// </summary>
    public Task<decimal> DeductionPercentAsync(int organisationId, DateOnly on, CancellationToken ct = default) =>
        RunDeductions.PercentAsync(db, organisationId, on, ct);

    /// <summary>A voluntary refund of an overpayment (or part of it) by the citizen.</summary>
    public Task<Overpayment> RefundAsync(UserContext user, long id, RefundInput input, CancellationToken ct = default) =>
        RecoverAsync(user, id, RecoveryKind.Refund, input.Amount, input.On, input.Document, ct);

    /// <summary>Writes off the remaining balance (the document says on what ground).</summary>
    public Task<Overpayment> WriteOffOverpaymentAsync(UserContext user, long id, WriteOffInput input, CancellationToken ct = default) =>
        RecoverAsync(user, id, RecoveryKind.WriteOff, null, null, input.Reason, ct);

    private async Task<Overpayment> RecoverAsync(UserContext user, long id, RecoveryKind kind, decimal? amount, DateOnly? on, string? document,
        CancellationToken ct)
    {
        PaymentsAccess.RequireWriter(user);
        var o = await db.Overpayments.Include(x => x.Recoveries).VisibleTo(user).FirstOrDefaultAsync(x => x.Id == id, ct)
                ?? throw new NotFoundException($"Переплата № {id} не найдена.");
        if (o.Balance <= 0) throw new ConflictException("Переплата уже возмещена полностью.");
        var sum = kind == RecoveryKind.WriteOff ? o.Balance : AmountCalculator.Round(amount ?? 0);
        Validate(o, kind, sum, on, document);
        o.Balance -= sum;
        o.Recoveries.Add(new Recovery
        {
            Kind = kind, Amount = sum, On = on ?? clock.Today, Document = document!.Trim(), AtUtc = clock.NowUtc, UserId = user.UserId,
        });
        audit.Add(user, AuditAction.Update, nameof(Overpayment), o.AssignmentNumber, o.CitizenId,
            $"Переплата по {o.AssignmentNumber} за {RussianFormat.MonthShort(o.ForMonth)}: {Recovery.Russian(kind)} {RussianFormat.Money(sum)}, "
            + $"остаток {RussianFormat.Money(o.Balance)}");
        await db.SaveChangesAsync(ct);
        return o;
    }

    private void Validate(Overpayment o, RecoveryKind kind, decimal sum, DateOnly? on, string? document)
    {
        var errors = new List<ValidationError>();
        if (kind == RecoveryKind.Refund && (sum <= 0 || sum > o.Balance))
            errors.Add(new("amount", $"Сумма возврата — больше нуля и не больше остатка ({RussianFormat.Money(o.Balance)})."));
        if (on is { } d && d > clock.Today) errors.Add(new("on", "Дата не может быть в будущем."));
        if (string.IsNullOrWhiteSpace(document))
            errors.Add(kind == RecoveryKind.WriteOff
                ? new("reason", "Укажите основание списания.")
                : new("document", "Укажите документ о возврате (квитанция, платёжное поручение)."));
        if (errors.Count > 0) throw new DomainValidationException(errors);
    }
}
