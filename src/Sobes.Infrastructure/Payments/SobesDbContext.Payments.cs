using Microsoft.EntityFrameworkCore;
using Sobes.Domain.Payments;

namespace Sobes.Infrastructure.Persistence;

public partial class SobesDbContext
{
    public DbSet<PaymentPeriod> PaymentPeriods => Set<PaymentPeriod>();
    public DbSet<Accrual> Accruals => Set<Accrual>();
    public DbSet<Overpayment> Overpayments => Set<Overpayment>();
    public DbSet<Recovery> Recoveries => Set<Recovery>();
    public DbSet<PaymentReturn> PaymentReturns => Set<PaymentReturn>();
    public DbSet<PaymentConfirmation> PaymentConfirmations => Set<PaymentConfirmation>();
}
