using Sobes.Domain.Common;

namespace Sobes.Domain.SocialServices;

public static class TariffRules
{
    /// <summary>The tariff of the given kind in force on <paramref name="date"/>: the service's own if any, else its form's; null when
    /// none.</summary>
    public static ServiceTariff? FindFor(
        IEnumerable<ServiceTariff> tariffs,
        SocialService service,
        DateOnly date,
        TariffKind kind = TariffKind.Tariff
    )
    {
        var inForce = tariffs.Where(t => t.Kind == kind && t.ValidFrom <= date).ToList();
        return Latest(inForce.Where(t => IsForService(t, service)))
            ?? Latest(inForce.Where(t => t.SocialServiceId is null && t.SocialService is null && t.Form == service.Form));
    }

    // Matches by navigation too, so the rule also works on graphs not yet saved (Id = 0).
    private static bool IsForService(ServiceTariff t, SocialService service) =>
        ReferenceEquals(t.SocialService, service) || (service.Id != 0 && t.SocialServiceId == service.Id);

    /// <summary>
    /// Cost of a quantity at a tariff, unrounded: callers round once where the amount is printed.
    /// Hourly and per-minute tariffs price the time spent, so <paramref name="minutes"/> is used for them.
    /// </summary>
    public static decimal Cost(ServiceTariff tariff, decimal quantity, decimal minutes) => tariff.Unit switch
    {
        TariffUnit.PerUnit => tariff.Price * quantity,
        TariffUnit.PerHour => tariff.Price * minutes / 60m,
        TariffUnit.PerMinute => tariff.Price * minutes,
        _ => throw new ArgumentOutOfRangeException(nameof(tariff), tariff.Unit, null),
    };

    public static IReadOnlyList<ValidationError> Validate(ServiceTariff tariff)
    {
        var errors = new List<ValidationError>();
        var forService = tariff.SocialServiceId is not null || tariff.SocialService is not null;
        if (forService == tariff.Form.HasValue)
            errors.Add(new("form", "Тариф устанавливается либо на услугу, либо на форму обслуживания."));
        if (tariff.Price < 0) errors.Add(new("price", "Тариф не может быть отрицательным."));
        if (string.IsNullOrWhiteSpace(tariff.LegalAct)) errors.Add(new("legalAct", "Укажите акт, которым установлен тариф."));
        return errors;
    }

    private static ServiceTariff? Latest(IEnumerable<ServiceTariff> tariffs) =>
        tariffs.OrderByDescending(t => t.ValidFrom).ThenByDescending(t => t.Id).FirstOrDefault();
}
