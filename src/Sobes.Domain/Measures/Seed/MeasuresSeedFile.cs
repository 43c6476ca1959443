using System.Text.Json;
using System.Text.Json.Serialization;
using Sobes.Domain.Applications;

namespace Sobes.Domain.Measures;

/// <summary>A parameter of the seed with the territory's OKTMO-like code (null: the whole region); the database maps the code to its id.</summary>
public sealed record SeededParameter(string? TerritoryCode, MeasureParameter Parameter);

/// <summary>The catalogue as a new, unsaved object graph: acts shared by reference, measures pointing at their regulations.</summary>
public sealed record MeasuresCatalogueSeed(
    IReadOnlyList<string> Notes,
    IReadOnlyList<LegalAct> LegalActs,
    IReadOnlyList<SeededParameter> Parameters,
    IReadOnlyList<AdministrativeRegulation> Regulations,
    IReadOnlyList<Measure> Measures,
    IReadOnlyList<MeasureReferenceTotal> ReferenceTotals);

/// <summary>
/// Loads the catalogue of measures and regulations (seeds 000 and 002) from the embedded measures.json.
/// The data lives in the file, not here: this class only resolves keys (acts, regulations, stop-ground sets, the typical regulation).
/// </summary>
public static class MeasuresSeedFile
{
    public const string ResourceName = "Sobes.Domain.Measures.Seed.measures.json";
    private const string CategoryDocumentPlaceholder = "{categoryDocument}";

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    /// <summary>A fresh graph on each call.</summary>
    public static MeasuresCatalogueSeed Load()
    {
        using var stream = typeof(MeasuresSeedFile).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Нет встроенного ресурса {ResourceName}.");
        var document = JsonSerializer.Deserialize<MeasuresSeedDocument>(stream, Options)
            ?? throw new InvalidOperationException("Пустой файл каталога мер.");
        return Map(document);
    }

    private static MeasuresCatalogueSeed Map(MeasuresSeedDocument d)
    {
        var acts = d.LegalActs.ToDictionary(a => a.Key, a => new LegalAct { Type = a.Type, Number = a.Number, AdoptedOn = a.AdoptedOn, Title = a.Title });
        LegalAct? Act(string? key) => key is null ? null
            : acts.TryGetValue(key, out var act) ? act : throw new InvalidOperationException($"В каталоге мер нет акта «{key}».");

        var parameters = d.Parameters.Select(p => new SeededParameter(p.Territory, new MeasureParameter
        {
            Code = p.Code, Name = p.Name, ValidFrom = p.ValidFrom, Value = p.Value, LegalAct = Act(p.Act), Note = p.Note,
        })).ToList();

        var regulations = d.Regulations.ToDictionary(r => r.Code, r => r.Typical ? Typical(r, d.TypicalRegulation, Act) : Full(r, Act));

        var measures = new List<Measure>();
        var totals = new List<MeasureReferenceTotal>();
        foreach (var s in d.Measures)
        {
            var measure = new Measure
            {
                Code = s.Code, Name = s.Name, ShortName = s.ShortName, Kind = s.Kind, Funding = s.Funding,
                Regulation = s.Regulation is null ? null
                    : regulations.TryGetValue(s.Regulation, out var reg) ? reg : throw new InvalidOperationException($"Мера {s.Code}: нет регламента «{s.Regulation}»."),
                Bases = s.Bases.Select(b => new MeasureBasis { LegalAct = Act(b.Act), Article = b.Article }).ToList(),
                Eligibility = new MeasureEligibility
                {
                    CategoryCodes = [.. s.Eligibility.Categories], ForChild = s.Eligibility.ForChild, ChildMinAge = s.Eligibility.ChildMinAge,
                    ChildMaxAge = s.Eligibility.ChildMaxAge, IncomeLimitFactor = s.Eligibility.IncomeLimitFactor,
                    ResidenceInDistrict = s.Eligibility.ResidenceInDistrict, Conditions = s.Eligibility.Conditions,
                },
                AmountRule = s.AmountRule, Formula = s.Formula, BaseParameterCode = s.BaseParameterCode, AmountDescription = s.AmountDescription,
                Amounts = s.Amounts.Select(a => new MeasureAmount { ValidFrom = a.ValidFrom, Value = a.Value, LegalAct = Act(a.Act), Note = a.Note }).ToList(),
                StartRule = s.StartRule, EndRule = s.EndRule, EndAge = s.EndAge, DurationMonths = s.DurationMonths,
                StopRule = s.StopRule, PartialMonth = s.PartialMonth,
                StopGrounds = StopGroundsOf(s, d.StopGroundSets),
                ReportLine = s.ReportLine,
            };
            measures.Add(measure);
            totals.AddRange(s.ReferenceTotals.Select(t => new MeasureReferenceTotal
            {
                Measure = measure, Year = t.Year, Recipients = t.Recipients, Sum = t.Sum, Unit = t.Unit, Source = t.Source,
            }));
        }
        return new MeasuresCatalogueSeed(d.Notes, [.. acts.Values], parameters, [.. regulations.Values], measures, totals);
    }

    private static List<StopGround> StopGroundsOf(MeasureSeed s, Dictionary<string, List<StopGroundSeed>> sets)
    {
        var set = s.StopGroundSet is null ? []
            : sets.TryGetValue(s.StopGroundSet, out var found) ? found : throw new InvalidOperationException($"Мера {s.Code}: нет набора оснований «{s.StopGroundSet}».");
        return set.Concat(s.StopGrounds).Select(g => new StopGround { Code = g.Code, Text = g.Text, Clause = g.Clause, Automatic = g.Automatic }).ToList();
    }

    private static AdministrativeRegulation Full(RegulationSeed r, Func<string?, LegalAct?> act) => new()
    {
        Code = r.Code, Name = r.Name, LegalAct = act(r.Act),
        DecisionDeadline = Duration(r.DecisionDeadline ?? throw new InvalidOperationException($"Регламент {r.Code}: нет срока решения.")),
        DecisionDeadlineClause = r.DecisionDeadlineClause ?? "",
        ComplaintAnswerDays = r.ComplaintAnswerDays ?? 30, ComplaintExtensionDays = r.ComplaintExtensionDays ?? 0, ComplaintClause = r.ComplaintClause ?? "",
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
        steps.Select((x, i) => new RegulationStep
        {
            Order = i + 1, Name = x.Name, Clause = x.Clause, PerformerRole = x.PerformerRole, Performer = x.Performer, MaxDuration = Duration(x.MaxDuration),
            Milestone = x.Milestone,
        }).ToList();

    private static List<RefusalGround> Grounds(IEnumerable<RefusalGroundSeed> grounds) =>
        grounds.Select(g => new RefusalGround { Code = g.Code, Text = g.Text, LegalReference = g.LegalReference }).ToList();

    private static RegulatedDuration Duration(DurationSeed d) => new(d.Value, d.Unit);
}
