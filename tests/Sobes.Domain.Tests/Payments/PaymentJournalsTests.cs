using Sobes.Domain.Measures;
using Sobes.Domain.Payments;
using Sobes.Domain.Registry;

namespace Sobes.Domain.Tests.Payments;

public class PaymentJournalsTests
{
    private static JournalLine L(
        long assignment,
        PaymentMethod? method,
        decimal sum,
        int measure = 1,
        FundingLevel funding = FundingLevel.Regional,
        long? citizen = null
    ) => new(assignment, citizen ?? assignment, measure, funding, method, sum);

    // Seed 002 cl. 19.4: «журналы движения ф. П-7 по способам выплаты «Поручение» и «Сберкасса»».
    [Clause("002", "19.4")]
    [Fact]
    public void Seed002_cl19_4_movement_journal_counts_arrivals_departures_and_the_closing_balance_per_method()
    {
        var previous = new[] { L(1, PaymentMethod.Bank, 4000m), L(2, PaymentMethod.Bank, 4000m), L(3, PaymentMethod.Post, 262.65m) };
        var current = new[]
        {
            L(1, PaymentMethod.Bank, 4160m),                            // stayed, indexed
            L(4, PaymentMethod.Bank, 1935.48m), L(4, PaymentMethod.Bank, 4160m), // arrived with arrears for a late decision
            L(3, PaymentMethod.Post, 262.65m),
        };
        var rows = PaymentJournals.Movement(previous, current);
        var bank = rows.Single(r => r.Method == PaymentMethod.Bank);
        Assert.Equal((2, 8000m), (bank.OpeningCount, bank.OpeningSum));
        Assert.Equal((1, 6095.48m), (bank.ArrivedCount, bank.ArrivedSum));
        Assert.Equal((1, 4000m), (bank.LeftCount, bank.LeftSum));
        Assert.Equal((2, 10255.48m), (bank.ClosingCount, bank.ClosingSum));
        Assert.Equal(160m, bank.ChangedSum);
        var post = rows.Single(r => r.Method == PaymentMethod.Post);
        Assert.Equal((1, 1, 0, 0), (post.OpeningCount, post.ClosingCount, post.ArrivedCount, post.LeftCount));
    }

    [Clause("002", "19.8")]
    [Fact]
    public void Seed002_cl19_8_funding_request_by_measure_and_budget_level_splits_bank_and_post()
    {
        var lines = new[]
        {
            L(1, PaymentMethod.Bank, 4000m, measure: 7, citizen: 100), L(2, PaymentMethod.Bank, 4000m, measure: 7, citizen: 100),
            L(3, PaymentMethod.Post, 262.65m, measure: 7, citizen: 101), L(4, null, 700m, measure: 9, funding: FundingLevel.Municipal, citizen: 102),
        };
        var rows = PaymentJournals.Funding(lines);
        var regional = rows.Single(r => r.MeasureId == 7);
        Assert.Equal((2, 8000m, 262.65m, 8262.65m), (regional.Recipients, regional.ViaBank, regional.ViaPost, regional.Total));
        Assert.Equal(700m, rows.Single(r => r.Funding == FundingLevel.Municipal).WithoutDetails);
    }
}
