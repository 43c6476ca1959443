using System.Text.Json;
using System.Text.Json.Serialization;
using Sobes.Domain.Measures;

namespace Sobes.Domain.Applications;

/// <summary>The regulations of the seed as new, unsaved entities, and the regulation of each measure by code.</summary>
/// <param name="RegulationOfMeasure">Measure code → regulation code.</param>
public sealed record RegulationsSeed(IReadOnlyList<AdministrativeRegulation> Regulations, IReadOnlyDictionary<string, string> RegulationOfMeasure)
{
    public AdministrativeRegulation? RegulationOf(string measureCode) =>
        RegulationOfMeasure.TryGetValue(measureCode, out var code) ? Regulations.Single(r => r.Code == code) : null;
}

/// <summary>
/// Loads the administrative regulations (seed 002 and the typical ones) from the regulations part of the embedded measures.json, which
/// the measures catalogue shares: this class only resolves keys (acts, the typical regulation, each measure's regulation).
/// </summary>
public static class RegulationsSeedFile
{
    private const string CategoryDocumentPlaceholder = "{categoryDocument}";

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
    };

    /// <summary>
    /// A fresh set on each call. <paramref name="acts"/> are the acts the regulations refer to (the catalogue's graph, or the acts in the
    /// database):
    /// matched by type, number and date; an act not among them is left out of the regulation.
    /// </summary>
    public static RegulationsSeed Load(IEnumerable<LegalAct> acts)
    {
        using var stream = typeof(MeasuresSeedFile).Assembly.GetManifestResourceStream(MeasuresSeedFile.ResourceName)
            ?? throw new InvalidOperationException($"Нет встроенного ресурса {MeasuresSeedFile.ResourceName}.");
        var d = JsonSerializer.Deserialize<RegulationsSeedDocument>(stream, Options)
            ?? throw new InvalidOperationException("Пустой файл каталога мер.");
        var known = acts.ToList();
        var byKey = d.LegalActs.ToDictionary(a => a.Key,
            a => known.FirstOrDefault(k => k.Type == a.Type && k.Number == a.Number && k.AdoptedOn == a.AdoptedOn));
        LegalAct? Act(string? key) => key is null ? null
            : byKey.TryGetValue(key, out var act) ? act : throw new InvalidOperationException($"В каталоге мер нет акта «{key}».");
        var regulations = d.Regulations.ToDictionary(r => r.Code, r => r.Typical ? Typical(r, d.TypicalRegulation, Act) : Full(r, Act));
        var ofMeasure = new Dictionary<string, string>();
        foreach (var m in d.Measures.Where(m => m.Regulation is not null))
            ofMeasure[m.Code] = regulations.ContainsKey(m.Regulation!) ? m.Regulation!
                : throw new InvalidOperationException($"Мера {m.Code}: нет регламента «{m.Regulation}».");
        return new RegulationsSeed([.. regulations.Values], ofMeasure);
    }

    private static AdministrativeRegulation Full(RegulationSeed r, Func<string?, LegalAct?> act) =>
        new()
        {
            Code = r.Code,
            Name = r.Name,
            LegalAct = act(r.Act),
            DecisionDeadline = Duration(r.DecisionDeadline ?? throw new InvalidOperationException($"Регламент {r.Code}: нет срока решения.")),
            DecisionDeadlineClause = r.DecisionDeadlineClause ?? "",
            ComplaintAnswerDays = r.ComplaintAnswerDays ?? 30,
            ComplaintExtensionDays = r.ComplaintExtensionDays ?? 0,
            ComplaintClause = r.ComplaintClause ?? "",
            InteragencyAnswerWorkingDays = r.InteragencyAnswerWorkingDays ?? 5,
            RefusalCheckedByMinistry = r.RefusalCheckedByMinistry,
            Documents = Documents(r.Documents ?? [], null),
            Steps = Steps(r.Steps ?? []),
            RefusalGrounds = Grounds(r.RefusalGrounds ?? []),
        };

    private static AdministrativeRegulation Typical(RegulationSeed r, TypicalRegulationSeed t, Func<string?, LegalAct?> act) => new()
    {
        Code = r.Code, Name = r.Name, LegalAct = act(r.Act),
        DecisionDeadline = Duration(t.DecisionDeadline), DecisionDeadlineClause = t.DecisionDeadlineClause,
        ComplaintAnswerDays = t.ComplaintAnswerDays, ComplaintExtensionDays = t.ComplaintExtensionDays, ComplaintClause = t.ComplaintClause,
        InteragencyAnswerWorkingDays = t.InteragencyAnswerWorkingDays,
        // The income documents only for regulations of income-tested measures; the category document named by the regulation.
        Documents = Documents(t.Documents.Where(x => r.IncomeTested || !x.IncomeTestedOnly), r.CategoryDocument),
        Steps = Steps(t.Steps),
        RefusalGrounds = Grounds(t.RefusalGrounds),
    };

    private static List<RegulationDocument> Documents(IEnumerable<DocumentSeed> documents, string? categoryDocument) =>
        documents.Where(x => x.Name != CategoryDocumentPlaceholder || categoryDocument is not null)
            .Select((x, i) => new RegulationDocument
            {
                Order = i + 1, Name = x.Name == CategoryDocumentPlaceholder ? categoryDocument! : x.Name, Clause = x.Clause, Mandatory = x.Mandatory,
                Source = x.Source, ProvidingBody = x.ProvidingBody, ValidityDays = x.ValidityDays, AlternativeGroup = x.AlternativeGroup,
                Condition = x.Condition,
            }).ToList();

    private static List<RegulationStep> Steps(IEnumerable<StepSeed> steps) =>
        steps
            .Select(
                (x, i) =>
                    new RegulationStep
                    {
                        Order = i + 1,
                        Name = x.Name,
                        Clause = x.Clause,
                        PerformerRole = x.PerformerRole,
                        Performer = x.Performer,
                        MaxDuration = Duration(x.MaxDuration),
                        Milestone = x.Milestone,
                    }
            )
            .ToList();

    private static List<RefusalGround> Grounds(IEnumerable<RefusalGroundSeed> grounds) =>
        grounds.Select(g => new RefusalGround { Code = g.Code, Text = g.Text, LegalReference = g.LegalReference }).ToList();

    private static RegulatedDuration Duration(DurationSeed d) => new(d.Value, d.Unit);
}
