using Sobes.Domain.Common;
using Sobes.Domain.Measures;
using Sobes.Domain.Registry;

namespace Sobes.Domain.Payments;

/// <summary>What a counterpart of a period got and gave back: the inputs of a reconciliation act.</summary>
public sealed record CounterpartFigures(int SentCount, decimal Sent, int RepaidCount, decimal Repaid, int ReturnedCount, decimal Returned);

/// <summary>
/// A reconciliation act (акт сверки, seed 002 cl. 19.15–19.16) with a bank or a post office for one period: what was sent, of it the
/// re-payments of earlier returns, what came back (not credited by the bank, not paid by the post), what was paid net, and the service fee
/// for delivery (post) or crediting (bank) at the dated rate of the counterpart's kind. The fee is on the net paid sum — the counterpart is
/// paid for what it delivered — rounded to kopecks half away from zero once. No rate set for the period's month: no fee is computed.
/// </summary>
public sealed record ReconciliationAct(PaymentMethod Kind, CounterpartFigures Figures, decimal? RatePercent)
{
    public int NetCount => Figures.SentCount - Figures.ReturnedCount;
    public decimal Net => Figures.Sent - Figures.Returned;
    public decimal? Fee => RatePercent is { } rate ? AmountCalculator.Round(Net * rate / 100m) : null;
    public decimal? Total => Fee is { } fee ? Net + fee : null;
}

public static class ReconciliationRules
{
    /// <summary>
    /// Code of the dated parameter (<see cref="MeasureParameter"/>) with the post's fee for delivery and payment, % of the sum paid.
    /// </summary>
    public const string PostFeeCode = "КОМПОЧТА";
    /// <summary>Code of the dated parameter with a credit institution's fee for crediting to accounts, % of the sum credited.</summary>
    public const string BankFeeCode = "КОМБАНК";

    public static string FeeCode(PaymentMethod kind) => kind == PaymentMethod.Bank ? BankFeeCode : PostFeeCode;

    public static ReconciliationAct Act(PaymentMethod kind, CounterpartFigures figures, decimal? ratePercent)
    {
        if (figures.Returned > figures.Sent || figures.ReturnedCount > figures.SentCount)
            throw new DomainValidationException([new("returned", "Возвращено больше, чем перечислено: проверьте учтённые возвраты.")]);
        if (ratePercent is < 0) throw new DomainValidationException([new("rate", "Ставка вознаграждения не может быть отрицательной.")]);
        return new ReconciliationAct(kind, figures, ratePercent);
    }
}
