using Sobes.Infrastructure.Payments;
using Sobes.Web.Areas.Payments.Api;

namespace Sobes.Web.Areas.Payments;

/// <summary>Payments: periods, lines, registers for banks and the post, returns, overpayments, totals (/api/v1/payments).</summary>
public static class PaymentsModule
{
    public static IServiceCollection AddPayments(this IServiceCollection services)
    {
        services.AddScoped<PaymentRunService>();
        services.AddScoped<PaymentFiles>();
        services.AddScoped<PaymentDocuments>();
        services.AddScoped<PostReportService>();
        services.AddScoped<Sobes.Infrastructure.Measures.IPaidMonthsQuery, PaidMonthsQuery>();
        return services;
    }

    public static void MapPaymentsApi(this IEndpointRouteBuilder app)
    {
        app.MapPaymentsEndpoints();
        app.MapPaymentDocumentsEndpoints();
    }
}
