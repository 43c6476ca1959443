namespace Sobes.Domain.SocialServices;

/// <summary>A member of the applicant's family whose income counts (Правила, утв. постановлением Правительства РФ от 18.10.2014 № 1075).</summary>
public class HouseholdMember
{
    public long Id { get; set; }
    public long ServiceApplicationId { get; set; }
    /// <summary>Set when the member has a personal file of their own.</summary>
    public long? CitizenId { get; set; }
    public string FullName { get; set; } = "";
    /// <summary>«заявитель», «супруг(а)», «сын» …</summary>
    public string Relation { get; set; } = "";
    public List<MemberIncome> Incomes { get; set; } = [];
}

/// <summary>One month's income of one kind (pension, wages, benefits …).</summary>
public class MemberIncome
{
    public long Id { get; set; }
    public long HouseholdMemberId { get; set; }
    /// <summary>Any day of the month the income belongs to; only the month counts.</summary>
    public DateOnly Month { get; set; }
    public decimal Amount { get; set; }
    public string Kind { get; set; } = "";
}

public sealed record PerCapitaIncome(DateOnly PeriodFrom, DateOnly PeriodTo, decimal TotalIncome, int MemberCount, decimal Average);

public static class PerCapitaIncomeCalculator
{
    /// <summary>Decree 1075: incomes of the twelve calendar months before the month of the application.</summary>
    public const int PeriodMonths = 12;

    /// <summary>
    /// Average per-capita income = total income of all members over the period / 12 / number of members.
    /// Left unrounded: the fee rounds once, at the end (see <see cref="FeeCalculator"/>).
    /// </summary>
    public static PerCapitaIncome Calculate(IReadOnlyCollection<HouseholdMember> members, DateOnly applicationDate)
    {
        if (members.Count == 0) throw new ArgumentException("В семье должен быть хотя бы один человек — сам заявитель.", nameof(members));
        var monthOfApplication = new DateOnly(applicationDate.Year, applicationDate.Month, 1);
        var from = monthOfApplication.AddMonths(-PeriodMonths);
        var to = monthOfApplication.AddDays(-1);
        var total = members.SelectMany(m => m.Incomes)
            .Where(i => i.Month >= from && i.Month <= to)
            .Sum(i => i.Amount);
        return new PerCapitaIncome(from, to, total, members.Count, total / PeriodMonths / members.Count);
    }
}
