using Sobes.Domain.Common;
using Sobes.Domain.SocialServices;

namespace Sobes.Domain.Tests.SocialServices;

/// <summary>Monthly act of services at home priced by the seed 004 tariff: 67,6 ₽ per hour (п. 1.1.6.2).</summary>
[Clause("004", "1.1.6.2")]
public class ServiceActTests
{
    private static readonly List<ServiceTariff> SeedTariffs = StateAssignmentSeed.Load().Tariffs;

    private static readonly SocialService Shopping = new()
    {
        Id = 1, Code = "1.1.1", Name = "Покупка за счёт средств получателя и доставка на дом продуктов питания",
        Form = ServiceForm.AtHome, Type = ServiceType.Household, TimeNormMinutes = 30,
    };

    private static readonly SocialService Cleaning = new()
    {
        Id = 2, Code = "1.1.5", Name = "Уборка жилых помещений", Form = ServiceForm.AtHome, Type = ServiceType.Household, TimeNormMinutes = 40,
    };

    private static readonly Dictionary<int, SocialService> Catalogue = new() { [1] = Shopping, [2] = Cleaning };

    private static DeliveredService Delivery(SocialService service, int day, int minutes = 0, int month = 3, int year = 2015) =>
        new()
        {
            CitizenId = 10,
            SocialServiceId = service.Id,
            DeliveredOn = new(year, month, day),
            Quantity = 1,
            Minutes = minutes,
            WorkerName = "Иванова А. П.",
        };

    [Fact]
    public void Seed004_home_services_priced_per_hour_with_time_norm_or_recorded_minutes()
    {
        var deliveries = new[]
        {
            Delivery(Shopping, 3), Delivery(Shopping, 6), Delivery(Shopping, 10), Delivery(Shopping, 13), // 4 × norm 30 min = 120 min
            Delivery(Cleaning, 5, minutes: 25), Delivery(Cleaning, 19, minutes: 50),                        // 75 min recorded
            Delivery(Cleaning, 27, minutes: 60, month: 2),                                                 // February: not in this act
        };
        var act = ServiceActBuilder.Build(10, 2015, 3, new(2015, 3, 31), deliveries, Catalogue, SeedTariffs);

        Assert.Equal(2, act.Lines.Count);
        Assert.Equal((4m, 120m, 135.20m), (act.Lines[0].Quantity, act.Lines[0].Minutes, act.Lines[0].Cost)); // 67,6 × 2 h
        Assert.Equal((2m, 75m, 84.50m), (act.Lines[1].Quantity, act.Lines[1].Minutes, act.Lines[1].Cost));  // 67,6 × 1,25 h
        Assert.Equal(219.70m, act.TotalCost);
    }

    // Seed 004, п. 1.1.6.2 sets a price per hour for the whole home form; a later per-service tariff applies from its own date.
    [Fact]
    public void Service_tariff_wins_over_the_form_tariff_and_dates_decide()
    {
        var tariffs = SeedTariffs.Append(new ServiceTariff
        {
            SocialServiceId = Cleaning.Id, Kind = TariffKind.Tariff, ValidFrom = new(2015, 3, 15), Price = 50m, Unit = TariffUnit.PerUnit,
        }).ToList();
        var act = ServiceActBuilder.Build(10, 2015, 3, new(2015, 3, 31),
            [Delivery(Cleaning, 5, minutes: 60), Delivery(Cleaning, 19, minutes: 60)], Catalogue, tariffs);

        Assert.Equal([67.60m, 50m], act.Lines.Select(l => l.Cost));
        Assert.Equal(117.60m, act.TotalCost);
    }

    // Seed 004, п. 1.1.6.2: the home tariffs are dated 2015; a December 2014 service has none and cannot be priced.
    [Fact]
    public void Delivery_before_any_tariff_is_rejected()
    {
        var early = Delivery(Shopping, 3, month: 12, year: 2014);
        var e = Assert.Throws<DomainValidationException>(() =>
            ServiceActBuilder.Build(10, 2014, 12, new(2014, 12, 31), [early], Catalogue, SeedTariffs));
        Assert.Contains(e.Errors, x => x.Field == "tariff");
    }

    // 442-ФЗ ст. 32: the act carries the fee and its explanation for printing.
    [Fact]
    public void Act_carries_the_fee_and_its_explanation()
    {
        var act = ServiceActBuilder.Build(10, 2015, 3, new(2015, 3, 31), [Delivery(Shopping, 3), Delivery(Shopping, 6)], Catalogue, SeedTariffs);
        var fee = FeeCalculator.Calculate(new FeeInput
        {
            Form = ServiceForm.AtHome,
            TariffCost = act.TotalCost,
            AveragePerCapitaIncome = 12100m,
            SubsistenceMinimum = 8000m,
            Rule = FeeRule.Federal("Тверская область", new(2015, 1, 1)),
        });
        ServiceActBuilder.ApplyFee(act, fee);

        Assert.Equal(67.60m, act.TotalCost);
        Assert.Equal(50m, act.Fee); // 50 % × (12 100 − 12 000) = 50 < 67,60
        Assert.Equal(FeeBasis.Capped, act.FeeBasis);
        Assert.Contains("50 % × 100,00 ₽ = 50,00 ₽", act.FeeExplanation.Replace('\u00A0', ' '));
    }

    // Seed 004, п. 1.1.6.2: each tariff names its act (приказ № 285/1, № 319) and applies to a service or to a form, not both.
    [Fact]
    public void Seed004_tariffs_are_valid_and_a_tariff_needs_one_target()
    {
        Assert.All(SeedTariffs, t => Assert.Empty(TariffRules.Validate(t)));
        var both = new ServiceTariff { SocialServiceId = 1, Form = ServiceForm.AtHome, Price = 10m, LegalAct = "Приказ" };
        Assert.Contains(TariffRules.Validate(both), e => e.Field == "form");
    }
}
