using Sobes.Infrastructure.Payments;
using Sobes.Infrastructure.Payments.Seed;
using Sobes.Infrastructure.Persistence;
using Sobes.Web.Areas.Payments.Api;

namespace Sobes.Web.Areas.Payments;

/// <summary>Payments: periods, lines, registers for banks and the post, returns, overpayments, totals (/api/v1/payments).</summary>
public static class PaymentsModule
{
    public static IServiceCollection AddPayments(this IServiceCollection services, IConfiguration? configuration = null)
    {
        services.AddScoped<PaymentPeriodReader>();
        services.AddScoped<PaymentPeriodOpening>();
        services.AddScoped<PaymentPeriodSigning>();
        services.AddScoped<PaymentRun>();
        services.AddScoped<PaymentReturns>();
        services.AddScoped<OverpaymentRecovery>();
        services.AddScoped<PaymentTotals>();
        services.AddScoped<PaymentsDashboard>();
        services.AddScoped<AssignmentAccruals>();
        services.AddScoped<PaymentPeriodViews>();
        services.AddScoped<PaymentFiles>();
        services.AddScoped<PaymentDocuments>();
        services.AddScoped<PostReportService>();
        services.AddScoped<IModuleSeeder, PaymentsReferenceSeeder>();
        services.AddScoped<Sobes.Infrastructure.Measures.IPaidMonthsQuery, PaidMonthsQuery>();
        return services;
    }

    public static IEndpointRouteBuilder MapPayments(this IEndpointRouteBuilder app)
    {
        app.MapPaymentsEndpoints();
        app.MapPaymentDocumentsEndpoints();
        return app;
    }
}
