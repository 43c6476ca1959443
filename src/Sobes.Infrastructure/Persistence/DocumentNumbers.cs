using Microsoft.EntityFrameworkCore;

namespace Sobes.Infrastructure.Persistence;

/// <summary>
/// Registration numbers of a yearly journal: a prefix, the year and a running number, e.g. «ЗСО-2015-0007», «Н-2026-000015». The next is one
/// more than the largest of the year, stored or staged in the same unit of work. The database finds the largest (longest, then greatest), so
/// a journal of a region's year is not read into memory, and a number past its padding (10000 after 9999) still counts as the largest.
/// </summary>
internal static class DocumentNumbers
{
    public static async Task<string> NextAsync(IQueryable<string> existingNumbers, string prefix, int year, CancellationToken ct,
        IEnumerable<string>? staged = null, int digits = 4)
    {
        var start = $"{prefix}-{year}-";
        var stored = await existingNumbers
            .Where(n => n.StartsWith(start))
            .OrderByDescending(n => n.Length)
            .ThenByDescending(n => n)
            .FirstOrDefaultAsync(ct);
        var max = (staged ?? []).Where(n => n.StartsWith(start, StringComparison.Ordinal)).Append(stored)
            .Select(n => n is not null && long.TryParse(n[start.Length..], out var k) ? k : 0).Max();
        return start + (max + 1).ToString(new string('0', digits));
    }
}
