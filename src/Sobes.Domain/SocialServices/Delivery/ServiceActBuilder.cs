using Sobes.Domain.Common;

namespace Sobes.Domain.SocialServices;

public static class ServiceActBuilder
{
    /// <summary>
    /// Builds the month's act from the recipient's deliveries: one line per service and tariff, priced by the tariff in force
    /// on each delivery day. Each line's cost is rounded to kopecks (MidpointRounding.AwayFromZero) because it is printed;
    /// the total is the sum of the printed lines so the act adds up. The fee is applied separately with <see cref="ApplyFee"/>.
    /// </summary>
    public static ServiceAct Build(long citizenId, int year, int month, DateOnly drawnUpOn,
        IEnumerable<DeliveredService> deliveries, IReadOnlyDictionary<int, SocialService> catalogue,
        IReadOnlyCollection<ServiceTariff> tariffs, long? contractId = null)
    {
        var errors = new List<ValidationError>();
        var priced = new List<(SocialService Service, ServiceTariff Tariff, decimal Quantity, decimal Minutes)>();
        foreach (var d in deliveries.Where(d => d.CitizenId == citizenId && d.DeliveredOn.Year == year && d.DeliveredOn.Month == month))
        {
            var service = d.SocialService ?? catalogue.GetValueOrDefault(d.SocialServiceId);
            if (service is null) { errors.Add(new("socialServiceId", $"Услуга {d.SocialServiceId} отсутствует в перечне.")); continue; }
            var tariff = TariffRules.FindFor(tariffs, service, d.DeliveredOn);
            if (tariff is null) { errors.Add(new("tariff", $"Нет тарифа на услугу «{service.Name}» на {d.DeliveredOn:dd.MM.yyyy}.")); continue; }
            var minutes = MinutesOf(d, service);
            if (tariff.Unit != TariffUnit.PerUnit && minutes <= 0)
            {
                errors.Add(new("minutes", $"Тариф на услугу «{service.Name}» почасовой: укажите затраченное время или норму времени."));
                continue;
            }
            priced.Add((service, tariff, d.Quantity, minutes));
        }
        if (errors.Count > 0) throw new DomainValidationException(errors);

        var lines = priced
            .GroupBy(p => (p.Service, p.Tariff))
            .OrderBy(g => g.Key.Service.Code, StringComparer.Ordinal).ThenBy(g => g.Key.Tariff.ValidFrom)
            .Select(g =>
            {
                var quantity = g.Sum(p => p.Quantity);
                var minutes = g.Sum(p => p.Minutes);
                return new ServiceActLine
                {
                    SocialServiceId = g.Key.Service.Id,
                    ServiceCode = g.Key.Service.Code,
                    ServiceName = g.Key.Service.Name,
                    Unit = g.Key.Service.Unit,
                    Quantity = quantity,
                    Minutes = minutes,
                    ServiceTariffId = g.Key.Tariff.Id == 0 ? null : g.Key.Tariff.Id,
                    Price = g.Key.Tariff.Price,
                    PriceUnit = g.Key.Tariff.Unit,
                    Cost = Math.Round(TariffRules.Cost(g.Key.Tariff, quantity, minutes), 2, MidpointRounding.AwayFromZero),
                };
            })
            .ToList();

        return new ServiceAct
        {
            CitizenId = citizenId,
            ServiceContractId = contractId,
            Year = year,
            Month = month,
            DrawnUpOn = drawnUpOn,
            Lines = lines,
            TotalCost = lines.Sum(l => l.Cost),
        };
    }

    public static void ApplyFee(ServiceAct act, FeeResult fee)
    {
        if (fee.TariffCost != act.TotalCost)
            throw new ArgumentException("Плата рассчитана не от стоимости услуг этого акта.", nameof(fee));
        act.Fee = fee.Fee;
        act.FeeBasis = fee.Basis;
        act.FeeExplanation = fee.Explanation;
    }

    // A time-priced tariff needs minutes; when the worker did not record them the norm stands in for them.
    private static decimal MinutesOf(DeliveredService d, SocialService service) =>
        d.Minutes > 0 ? d.Minutes : d.Quantity * (service.TimeNormMinutes ?? 0);
}
