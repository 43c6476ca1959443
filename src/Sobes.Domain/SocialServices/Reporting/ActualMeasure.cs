using Sobes.Domain.Common;

namespace Sobes.Domain.SocialServices;

/// <summary>How the actual value of an indicator is obtained from the recorded data.</summary>
public enum ActualMeasure
{
    /// <summary>Typed into the report by the planner (no data in the system to count from).</summary>
    Manual = 0,
    /// <summary>Sum of quantities of delivered services matching the indicator's sections (counted once across sections).</summary>
    DeliveredVolume = 1,
    /// <summary>Number of different people who received matching services.</summary>
    RecipientsCount = 2,
    /// <summary>Оу/О from satisfaction surveys of the sections' form and kinds.</summary>
    SurveySatisfaction = 3,
    /// <summary>Осб/О: of the recipients whose programme includes such services, those who received them.</summary>
    ServedShare = 4,
    /// <summary>Пу/По: of those who applied for stationary service this year, those placed (with a contract).</summary>
    PlacementShare = 5,
    JustifiedComplaints = 6,
    RospotrebnadzorViolations = 7,
    RoszdravnadzorViolations = 8,
    GospozhnadzorViolations = 9,
    /// <summary>Sum of quantities of the work journal entries of the indicator's sections.</summary>
    WorkVolume = 10,
    /// <summary>Kilometres driven divided by the number of trips, from the work journal.</summary>
    WorkAverageDistance = 11,
}

public static class ActualMeasureNames
{
    public static string Russian(this ActualMeasure m) => m switch
    {
        ActualMeasure.Manual => "вводится вручную",
        ActualMeasure.DeliveredVolume => "объём оказанных услуг",
        ActualMeasure.RecipientsCount => "число получателей услуг",
        ActualMeasure.SurveySatisfaction => "опросы удовлетворённости (Оу, О)",
        ActualMeasure.ServedShare => "получили услуги из включённых в ИППСУ (Осб, О)",
        ActualMeasure.PlacementShare => "устроены в стационар из обратившихся (Пу, По)",
        ActualMeasure.JustifiedComplaints => "обоснованные жалобы",
        ActualMeasure.RospotrebnadzorViolations => "нарушения по актам Роспотребнадзора",
        ActualMeasure.RoszdravnadzorViolations => "нарушения по актам Росздравнадзора",
        ActualMeasure.GospozhnadzorViolations => "нарушения по актам Госпожнадзора",
        ActualMeasure.WorkVolume => "журнал работ: количество",
        ActualMeasure.WorkAverageDistance => "журнал работ: средняя дальность поездки",
        _ => throw new ArgumentOutOfRangeException(nameof(m), m, null),
    };

    public static SupervisoryBody? Body(this ActualMeasure m) => m switch
    {
        ActualMeasure.RospotrebnadzorViolations => SupervisoryBody.Rospotrebnadzor,
        ActualMeasure.RoszdravnadzorViolations => SupervisoryBody.Roszdravnadzor,
        ActualMeasure.GospozhnadzorViolations => SupervisoryBody.Gospozhnadzor,
        _ => null,
    };
}

/// <summary>
/// The measure an imported or newly entered indicator gets by default, read from its formula, unit, name and sections;
/// the planner may change it. Bed-days are counted from the catalogue services measured in bed-days only,
/// so that seven stationary sections sharing the indicator still give one volume (seed 004, Часть 1.2).
/// </summary>
public static class ActualMeasureDefaults
{
    public const string BedDayUnit = "койко-день";

    public static (ActualMeasure Measure, string? ServiceCodes) For(Indicator indicator, IReadOnlyCollection<AssignmentSection> sections,
        IReadOnlyCollection<SocialService> catalogue)
    {
        var symbols = indicator.Formula is { } f ? Formula.Parse(f).Variables : new HashSet<string>();
        var name = indicator.Name.ToLowerInvariant();
        var unit = indicator.Unit.ToLowerInvariant();
        if (symbols.Contains("Оу")) return (ActualMeasure.SurveySatisfaction, null);
        if (symbols.Contains("Осб")) return (ActualMeasure.ServedShare, null);
        if (symbols.Contains("Пу")) return (ActualMeasure.PlacementShare, null);
        if (name.Contains("жалоб")) return (ActualMeasure.JustifiedComplaints, null);
        if (name.Contains("роспотребнадзор")) return (ActualMeasure.RospotrebnadzorViolations, null);
        if (name.Contains("росздравнадзор")) return (ActualMeasure.RoszdravnadzorViolations, null);
        if (name.Contains("госпожнадзор")) return (ActualMeasure.GospozhnadzorViolations, null);
        if (sections.Count > 0 && sections.All(s => s.Kind == SectionKind.Work))
            return (name.Contains("дальность") || unit.StartsWith("км") ? ActualMeasure.WorkAverageDistance : ActualMeasure.WorkVolume, null);
        if (indicator.Kind != IndicatorKind.Volume) return (ActualMeasure.Manual, null);
        if (unit.Contains("койко"))
            return (ActualMeasure.DeliveredVolume, Codes(catalogue.Where(s => s.Unit.Contains("койко", StringComparison.OrdinalIgnoreCase))));
        var measure = unit.StartsWith("чел") ? ActualMeasure.RecipientsCount : ActualMeasure.DeliveredVolume;
        // Urgent services share one form and kind, so a section is told apart by the service it names.
        var named = catalogue.Where(c => sections.Any(s => s.Form == c.Form && SameName(s.Name, c.Name))).ToList();
        return (measure, sections.Any(s => s.Form == ServiceForm.Urgent) && named.Count > 0 ? Codes(named) : null);
    }

    public static IReadOnlyList<string> ParseCodes(string? codes) =>
        string.IsNullOrWhiteSpace(codes) ? [] : codes.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>A code in the list matches itself and the codes under it ("2.1" matches "2.1.3").</summary>
    public static bool CodeMatches(IReadOnlyList<string> codes, string serviceCode) =>
        codes.Count == 0 || codes.Any(c => serviceCode == c || serviceCode.StartsWith(c + ".", StringComparison.Ordinal));

    private static string? Codes(IEnumerable<SocialService> services)
    {
        var list = services.Select(s => s.Code).Order(StringComparer.Ordinal).ToList();
        return list.Count == 0 ? null : string.Join(", ", list);
    }

    private static bool SameName(string section, string service)
    {
        static string Norm(string s) => new string(s.ToLowerInvariant().Where(char.IsLetter).ToArray());
        var a = Norm(section);
        var b = Norm(service);
        return a.Length > 0 && b.Length > 0 && (a.StartsWith(b) || b.StartsWith(a));
    }
}
