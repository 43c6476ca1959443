using Microsoft.EntityFrameworkCore;
using Sobes.Domain.Measures;
using Sobes.Domain.Payments;
using Sobes.Infrastructure.Persistence;

namespace Sobes.Infrastructure.Payments.Seed;

/// <summary>
/// Reference data of payments as dated region-wide parameters: the limit of a deduction from a payment, and the service fees of the post
/// (delivery and payment) and of credit institutions (crediting to accounts) for the reconciliation acts (seed 002 cl. 19.15).
/// </summary>
internal static class PaymentsSeed
{
    public static async Task RunAsync(SobesDbContext db, CancellationToken ct)
    {
        await AddAsync(db, RecoveryRules.ParameterCode, "Предельный размер удержания переплаты из выплаты, %", RecoveryRules.DefaultPercent,
            "По аналогии с ч. 3 ст. 29 Федерального закона от 28.12.2013 № 400-ФЗ: не более 20 % выплаты; "
            + "регламент (сид 002) порядок удержания не устанавливает", ct);
        // Seed 002 cl. 19.15 names the fees but not their size: they are set by the contracts with the post and the banks.
        await AddAsync(db, ReconciliationRules.PostFeeCode, "Вознаграждение почты за доставку и выплату, % от выплаченной суммы", 1.5m,
            "Демонстрационное значение, подлежит уточнению по договору с УФПС «Почта России» "
            + "(регламент, п. 19.15, размер не устанавливает)", ct);
        await AddAsync(
            db,
            ReconciliationRules.BankFeeCode,
            "Вознаграждение кредитного учреждения за зачисление на счета, % от зачисленной суммы",
            0.5m,
            "Демонстрационное значение, подлежит уточнению по договорам с кредитными учреждениями "
                + "(регламент, п. 19.15, размер не устанавливает)",
            ct
        );
        await db.SaveChangesAsync(ct);
    }

    private static async Task AddAsync(SobesDbContext db, string code, string name, decimal value, string note, CancellationToken ct)
    {
        if (await db.MeasureParameters.AnyAsync(p => p.Code == code, ct)) return;
        db.MeasureParameters.Add(new MeasureParameter
        {
            Code = code, Name = name, ValidFrom = new DateOnly(2015, 1, 1), Value = value, Note = note,
        });
    }
}

/// <summary>Seeds the payments reference data (<see cref="PaymentsSeed"/>) in its slot <see cref="SeedOrder.PaymentsReference"/>.</summary>
public sealed class PaymentsReferenceSeeder(SobesDbContext db) : IModuleSeeder
{
    public int Order => SeedOrder.PaymentsReference;
    public Task SeedAsync(SeedContext context, CancellationToken ct) => PaymentsSeed.RunAsync(db, ct);
}
