using Sobes.Domain.Guardianship;

namespace Sobes.Infrastructure.Guardianship;

/// <summary>How the register shows a child: where the child is on a day, the placement history with its ends, names and ages.</summary>
public static class ChildCareViews
{
    public const string LeftAtEighteenText = "выбыл(а) по достижении 18 лет (п. 8.1 подп. 1)";

    /// <summary>Where the child is on the day: a family (until the 18th birthday), a guardian, an institution — or nowhere.</summary>
    public static (ChildCareStatus Status, string Where) StatusOn(ChildInCare child, DateOnly birth, DateOnly day)
    {
        foreach (var p in child.Placements.OrderByDescending(p => p.From))
        {
            if (!p.Covers(day)) continue;
            switch (p.Kind)
            {
                case PlacementKind.FosterFamily when p.FosterContract is { } fc:
                    if (day < birth.AddYears(FosterFamilyRules.AdultAge) && fc.RunsOn(day))
                        return (ChildCareStatus.FosterFamily, $"договор № {fc.Number}");
                    break;
                case PlacementKind.Guardianship: return (ChildCareStatus.Guardianship, p.Details ?? "");
                case PlacementKind.Institution: return (ChildCareStatus.Institution, p.Details ?? "");
            }
        }
        return (ChildCareStatus.NotPlaced, "");
    }

    public static PlacementView View(Placement p, DateOnly birth, DateOnly today, IReadOnlyDictionary<long, string> guardians)
    {
        var where = Where(p, guardians);
        // The 18th birthday ends a family placement by itself (cl. 8.1 subcl. 1): shown, never registered.
        var eighteen = birth.AddYears(FosterFamilyRules.AdultAge);
        var naturalEnd = new[] { p.LeftOn, p.PlannedUntil?.AddDays(1), p.FosterContract?.LastDay.AddDays(1) }
            .Where(d => d is not null).Select(d => d!.Value).DefaultIfEmpty(DateOnly.MaxValue).Min();
        var atEighteen = p.Kind == PlacementKind.FosterFamily && eighteen <= today && eighteen < naturalEnd && eighteen > p.From;
        if (atEighteen)
            return new(
                p.Id,
                p.Kind,
                where,
                p.FosterContractId,
                p.FosterContract?.Number,
                p.From,
                p.PlannedUntil,
                eighteen,
                "AGE18",
                LeftAtEighteenText,
                null,
                null,
                true
            );
        var leftOn = p.LeftOn;
        var reason = p.LeftReason;
        if (leftOn is null && p.FosterContract is { EndedFrom: { } ended } fcEnd && ended <= today)
        {
            leftOn = ended;
            reason = "договор прекращён: " + fcEnd.EndReason;
        }
        return new(p.Id, p.Kind, where, p.FosterContractId, p.FosterContract?.Number, p.From, p.PlannedUntil, leftOn, p.LeftGroundCode, reason,
            p.LeftDocument, p.LeftRegisteredOn, false);
    }

    private static string Where(Placement p, IReadOnlyDictionary<long, string> guardians) => p.Kind switch
    {
        PlacementKind.FosterFamily => p.FosterContract is { } c ? $"договор о приёмной семье № {c.Number} от {c.ConcludedOn:dd.MM.yyyy}" : "",
        PlacementKind.Guardianship => string.Join("; ",
            new[] { p.GuardianCitizenId is { } g ? guardians.GetValueOrDefault(g) : null, p.Details }.Where(s => !string.IsNullOrWhiteSpace(s))),
        _ => p.Details ?? "учреждение",
    };

    public static string Name(string surname, string name, string? patronymic) =>
        string.Join(" ", new[] { surname, name, patronymic }.Where(s => !string.IsNullOrWhiteSpace(s)));

    public static int Age(DateOnly birth, DateOnly day)
    {
        var age = day.Year - birth.Year;
        if (birth.AddYears(age) > day) age--;
        return age;
    }

    public static string Date(DateOnly? d) => d?.ToString("dd.MM.yyyy") ?? "—";
}
