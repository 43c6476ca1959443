using Sobes.Domain.Common;

namespace Sobes.Domain.SocialServices;

public enum FeeBasis
{
    FreeUrgent = 1,
    FreeByGround = 2,
    FreeByIncome = 3,
    /// <summary>The tariff cost is below the cap: the recipient pays it in full (за плату).</summary>
    FullTariffCost = 4,
    /// <summary>The cap of ст. 32 applies (частичная плата).</summary>
    Capped = 5,
}

public static class FeeBasisNames
{
    public static string Russian(this FeeBasis basis) => basis switch
    {
        FeeBasis.FreeUrgent => "бесплатно (срочные социальные услуги)",
        FeeBasis.FreeByGround => "бесплатно (категория получателя)",
        FeeBasis.FreeByIncome => "бесплатно (доход не выше предельной величины)",
        FeeBasis.FullTariffCost => "за плату (стоимость услуг по тарифам)",
        FeeBasis.Capped => "за частичную плату (предельный размер платы)",
        _ => throw new ArgumentOutOfRangeException(nameof(basis), basis, null),
    };
}

/// <summary>Everything the monthly fee depends on, already resolved for the month (reference data looked up by date elsewhere).</summary>
public sealed record FeeInput
{
    public required ServiceForm Form { get; init; }
    /// <summary>Cost of the services given in the month at tariffs (the act's total).</summary>
    public required decimal TariffCost { get; init; }
    public required decimal AveragePerCapitaIncome { get; init; }
    /// <summary>The regional subsistence minimum for the recipient's group in force on the application date.</summary>
    public required decimal SubsistenceMinimum { get; init; }
    public required FeeRule Rule { get; init; }
    public IReadOnlyCollection<FreeServiceGround> FreeGrounds { get; init; } = [];
}

public sealed record FeeResult(
    decimal Fee,
    FeeBasis Basis,
    decimal TariffCost,
    decimal FreeIncomeLimit,
    decimal? Cap,
    string Explanation);

/// <summary>Monthly fee for social services (442-ФЗ ст. 31–32; income per decree 1075 of 18.10.2014).</summary>
public static class FeeCalculator
{
    public static FeeResult Calculate(FeeInput input)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(input.TariffCost);
        ArgumentOutOfRangeException.ThrowIfNegative(input.AveragePerCapitaIncome);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(input.SubsistenceMinimum);
        var rule = input.Rule;
        var cost = input.TariffCost;
        var income = input.AveragePerCapitaIncome;
        var limit = rule.FreeIncomeLimitMultiplier * input.SubsistenceMinimum;
        var limitText =
            $"предельную величину среднедушевого дохода {RussianFormat.MoneyExact(limit)} "
            + $"({RussianFormat.NumberExact(rule.FreeIncomeLimitMultiplier)} × прожиточный минимум " +
                $"{RussianFormat.MoneyExact(input.SubsistenceMinimum)})";
        var costText = $"Стоимость услуг по тарифам {RussianFormat.MoneyExact(cost)}.";

        // Urgent services are given without a contract and outside the fee rules of ст. 32, so they are free.
        if (input.Form == ServiceForm.Urgent)
            return Free(FeeBasis.FreeUrgent, input, limit, $"Срочные социальные услуги предоставляются бесплатно. {costText}");

        if (input.FreeGrounds.Count > 0)
            return Free(FeeBasis.FreeByGround, input, limit,
                $"Социальные услуги предоставляются бесплатно: {string.Join("; ", input.FreeGrounds.Select(g => g.Russian()))}. {costText}");

        if (income <= limit)
            return Free(FeeBasis.FreeByIncome, input, limit,
                $"Среднедушевой доход {RussianFormat.MoneyExact(income)} не превышает {limitText} — " +
                $"социальные услуги предоставляются бесплатно (ст. 31 442-ФЗ). {costText}");

        decimal cap;
        string capText;
        if (input.Form == ServiceForm.Stationary)
        {
            cap = rule.StationaryFeeShareOfIncome * income;
            capText = $"Предельный размер платы в стационарной форме: {RussianFormat.Percent(rule.StationaryFeeShareOfIncome)} × " +
                      $"{RussianFormat.MoneyExact(income)} = {RussianFormat.MoneyExact(cap)} (ст. 32 442-ФЗ).";
        }
        else
        {
            var excess = income - limit;
            cap = rule.HomeFeeShareOfExcess * excess;
            capText = $"Превышение {RussianFormat.MoneyExact(income)} − {RussianFormat.MoneyExact(limit)} = {RussianFormat.MoneyExact(excess)}. " +
                      $"Предельный размер платы: {RussianFormat.Percent(rule.HomeFeeShareOfExcess)} × {RussianFormat.MoneyExact(excess)} = " +
                      $"{RussianFormat.MoneyExact(cap)} (ст. 32 442-ФЗ).";
        }

        var capped = cap < cost;
        var exact = capped ? cap : cost;
        // Rounding: to kopecks, MidpointRounding.AwayFromZero (commercial rounding), applied once here at the end,
        // so that no intermediate rounding of the limit, the excess or the cap can shift the result.
        var fee = Math.Round(exact, 2, MidpointRounding.AwayFromZero);
        var explanation =
            $"Среднедушевой доход {RussianFormat.MoneyExact(income)} превышает {limitText}. {capText} {costText} "
            + $"Плата за месяц — меньшая из двух сумм ({(capped ? "предельный размер платы" : "стоимость услуг по тарифам")}): "
            + (
                fee == exact
                    ? $"{RussianFormat.MoneyExact(fee)}."
                    : $"{RussianFormat.MoneyExact(exact)}, с округлением до копеек {RussianFormat.MoneyExact(fee)}."
            );
        return new FeeResult(fee, capped ? FeeBasis.Capped : FeeBasis.FullTariffCost, cost, limit, cap, explanation);
    }

    private static FeeResult Free(FeeBasis basis, FeeInput input, decimal limit, string text) =>
        new(0m, basis, input.TariffCost, limit, null, $"{text} Плата за месяц: {RussianFormat.MoneyExact(0m)}.");
}
