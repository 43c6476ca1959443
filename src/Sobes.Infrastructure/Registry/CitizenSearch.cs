using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Sobes.Domain.Organisations;
using Sobes.Domain.Registry;
using Sobes.Infrastructure.Audit;

namespace Sobes.Infrastructure.Registry;

/// <summary>
/// Search by СНИЛС, by surname with name/patronymic prefixes ("Иванов Ив Пет"), by birth date and by address.
/// The free text q also recognises a СНИЛС or a date typed into it.
/// </summary>
public sealed record CitizenSearch(
    string? Snils = null,
    string? Q = null,
    DateOnly? BirthDate = null,
    string? Address = null,
    int Page = 1,
    int PageSize = 20
)
{
    public bool IsEmpty =>
        string.IsNullOrWhiteSpace(Snils) && string.IsNullOrWhiteSpace(Q) && BirthDate is null && string.IsNullOrWhiteSpace(Address);
}

public sealed record CitizenListItem(
    long Id,
    string FullName,
    DateOnly BirthDate,
    string Snils,
    string Address,
    string Territory,
    DateOnly? DeathDate
);

public static class CitizenSearchQuery
{
    internal static IQueryable<Citizen> Apply(this IQueryable<Citizen> q, CitizenSearch s)
    {
        var snils = s.Snils;
        var text = s.Q?.Trim() ?? "";
        var birth = s.BirthDate;
        if (LooksLikeSnils(text))
        {
            snils = text;
            text = "";
        }
        else if (DateOnly.TryParseExact(text, ["dd.MM.yyyy", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            birth = d;
            text = "";
        }

        if (!string.IsNullOrWhiteSpace(snils))
        {
            var digits = new string(snils.Where(char.IsAsciiDigit).ToArray());
            // A whole number is an index lookup; only a partial one needs the (slower) prefix match.
            q = digits.Length == 11 ? q.Where(c => c.Snils == digits) : q.Where(c => c.Snils != null && c.Snils.StartsWith(digits));
        }
        if (birth is { } b) q = q.Where(c => c.BirthDate == b);
        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length > 0) { var k = Citizen.KeyOf(parts[0]); q = q.Where(c => c.SurnameKey.StartsWith(k)); }
        if (parts.Length > 1) { var k = Citizen.KeyOf(parts[1]); q = q.Where(c => c.NameKey.StartsWith(k)); }
        if (parts.Length > 2) { var k = Citizen.KeyOf(parts[2]); q = q.Where(c => c.PatronymicKey.StartsWith(k)); }
        if (!string.IsNullOrWhiteSpace(s.Address))
        {
            foreach (var term in s.Address.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries))
            {
                // SQLite compares Cyrillic case-sensitively, so try the word as typed and capitalised.
                var a = term.Trim(); var cap = char.ToUpperInvariant(a[0]) + a[1..];
                q = q.Where(c =>
                    (
                        c.RegistrationAddress.Settlement != null
                        && (c.RegistrationAddress.Settlement.Contains(a) || c.RegistrationAddress.Settlement.Contains(cap))
                    )
                    || (
                        c.RegistrationAddress.Street != null
                        && (c.RegistrationAddress.Street.Contains(a) || c.RegistrationAddress.Street.Contains(cap))
                    )
                    || c.RegistrationAddress.House == a
                    || (c.ActualAddress.Street != null && (c.ActualAddress.Street.Contains(a) || c.ActualAddress.Street.Contains(cap)))
                );
            }
        }
        return q;
    }

    private static bool LooksLikeSnils(string text) =>
        text.Length >= 3 && text.All(ch => char.IsAsciiDigit(ch) || ch is '-' or ' ') && text.Count(char.IsAsciiDigit) >= 3;

    internal static async Task<Paged<CitizenListItem>> PageAsync(
        this IQueryable<Citizen> q,
        IQueryable<Domain.Organisations.Territory> territories,
        CitizenSearch s,
        CancellationToken ct
    )
    {
        var pageSize = Math.Clamp(s.PageSize, 1, 100);
        var page = Math.Max(1, s.Page);
        var total = await q.CountAsync(ct);
        var rows = await q.OrderBy(c => c.SurnameKey).ThenBy(c => c.NameKey).ThenBy(c => c.PatronymicKey).ThenBy(c => c.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Join(territories, c => c.TerritoryId, t => t.Id, (c, t) => new { c, t.Name })
            .ToListAsync(ct);
        var items = rows.Select(r => new CitizenListItem(r.c.Id, r.c.FullName, r.c.BirthDate, r.c.SnilsFormatted,
            r.c.RegistrationAddress.ToString(), r.Name, r.c.DeathDate)).ToList();
        return new(items, total, page, pageSize);
    }
}
