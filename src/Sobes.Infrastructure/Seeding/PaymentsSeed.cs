using Microsoft.EntityFrameworkCore;
using Sobes.Domain.Measures;
using Sobes.Domain.Payments;
using Sobes.Infrastructure.Persistence;

namespace Sobes.Infrastructure.Seeding;

/// <summary>Reference data of payments: the limit of a deduction from a payment as a dated region-wide parameter.</summary>
internal static class PaymentsSeed
{
    public static async Task RunAsync(SobesDbContext db, CancellationToken ct)
    {
        if (await db.MeasureParameters.AnyAsync(p => p.Code == RecoveryRules.ParameterCode, ct)) return;
        db.MeasureParameters.Add(new MeasureParameter
        {
            Code = RecoveryRules.ParameterCode, Name = "Предельный размер удержания переплаты из выплаты, %", ValidFrom = new DateOnly(2015, 1, 1),
            Value = RecoveryRules.DefaultPercent,
            Note = "По аналогии с ч. 3 ст. 29 Федерального закона от 28.12.2013 № 400-ФЗ: не более 20 % выплаты; регламент (сид 002) порядок удержания не устанавливает",
        });
        await db.SaveChangesAsync(ct);
    }
}
