using System.Globalization;
using System.Text;
using Sobes.Domain.Payments;

namespace Sobes.Infrastructure.Payments;

/// <summary>The header of a bank register: who pays, for which period, to which bank.</summary>
public sealed record BankRegisterHeader(
    string OrganisationName,
    string? OrganisationInn,
    int Year,
    int Month,
    string Bik,
    string? BankName,
    DateOnly CreatedOn
);

/// <summary>
/// The list for a credit institution (seed 002 cl. 19.5, 19.10: «порядковый номер, лицевой счет, фамилия, имя, отчество, номер счета,
/// перечисляемая сумма, период»), as a delimited text file — layout in docs/PAYMENT_FILES.md. Pure: the caller gives the lines of one BIK.
/// </summary>
public static class BankRegister
{
    public const char Separator = '|';
    public const string ContentType = "text/plain; charset=utf-8";

    public static string FileName(BankRegisterHeader h) => $"reestr_{h.Bik}_{h.Year}{h.Month:00}.txt";

    /// <summary>Σ (line number × sum in kopecks): a weighted sum, so a changed, lost or swapped amount changes it.</summary>
    public static long ControlSum(IEnumerable<decimal> sums) => sums.Select((s, i) => (i + 1L) * (long)(s * 100m)).Sum();

    public static string Build(BankRegisterHeader h, IReadOnlyList<Accrual> lines)
    {
        var sb = new StringBuilder();
        var total = lines.Sum(l => l.ToPay);
        Line(sb, "H", "1", Clean(h.OrganisationInn ?? ""), Clean(h.OrganisationName), $"{h.Year:0000}-{h.Month:00}", h.Bik, Clean(h.BankName ?? ""),
            h.CreatedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), lines.Count.ToString(CultureInfo.InvariantCulture), Money(total));
        for (var i = 0; i < lines.Count; i++)
        {
            var l = lines[i];
            Line(
                sb,
                "D",
                (i + 1).ToString(CultureInfo.InvariantCulture),
                Clean(l.AssignmentNumber),
                Clean(l.RecipientName),
                l.Account ?? "",
                Money(l.ToPay),
                $"{l.ForMonth.Year:0000}-{l.ForMonth.Month:00}",
                ((int)l.Kind).ToString(CultureInfo.InvariantCulture)
            );
        }
        Line(
            sb,
            "T",
            lines.Count.ToString(CultureInfo.InvariantCulture),
            Money(total),
            ControlSum(lines.Select(l => l.ToPay)).ToString(CultureInfo.InvariantCulture)
        );
        return sb.ToString();
    }

    public static string Money(decimal v) => v.ToString("0.00", CultureInfo.InvariantCulture);

    private static void Line(StringBuilder sb, params string[] fields) => sb.Append(string.Join(Separator, fields)).Append("\r\n");

    private static string Clean(string s) => s.Replace(Separator, '/').Replace('\r', ' ').Replace('\n', ' ').Trim();
}
