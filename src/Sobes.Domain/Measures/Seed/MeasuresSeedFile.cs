using System.Text.Json;
using System.Text.Json.Serialization;

namespace Sobes.Domain.Measures;

/// <summary>A parameter of the seed with the territory's OKTMO-like code (null: the whole region); the database maps the code to its id.</summary>
public sealed record SeededParameter(string? TerritoryCode, MeasureParameter Parameter);

/// <summary>The catalogue as a new, unsaved object graph: acts shared by reference (the regulations are Applications':
/// RegulationsSeedFile).</summary>
public sealed record MeasuresCatalogueSeed(
    IReadOnlyList<string> Notes,
    IReadOnlyList<LegalAct> LegalActs,
    IReadOnlyList<SeededParameter> Parameters,
    IReadOnlyList<Measure> Measures,
    IReadOnlyList<MeasureReferenceTotal> ReferenceTotals
);

/// <summary>
/// Loads the catalogue of measures (seeds 000 and 002) from the embedded measures.json.
/// The data lives in the file, not here: this class only resolves keys (acts, stop-ground sets).
/// </summary>
public static class MeasuresSeedFile
{
    public const string ResourceName = "Sobes.Domain.Measures.Seed.measures.json";

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
        var acts = d.LegalActs.ToDictionary(
            a => a.Key,
            a => new LegalAct
            {
                Type = a.Type,
                Number = a.Number,
                AdoptedOn = a.AdoptedOn,
                Title = a.Title,
            }
        );
        LegalAct? Act(string? key) => key is null ? null
            : acts.TryGetValue(key, out var act) ? act : throw new InvalidOperationException($"В каталоге мер нет акта «{key}».");

        var parameters = d.Parameters.Select(p => new SeededParameter(p.Territory, new MeasureParameter
        {
            Code = p.Code, Name = p.Name, ValidFrom = p.ValidFrom, Value = p.Value, LegalAct = Act(p.Act), Note = p.Note,
        })).ToList();

        var measures = new List<Measure>();
        var totals = new List<MeasureReferenceTotal>();
        foreach (var s in d.Measures)
        {
            var measure = MeasureOf(s, Act, d.StopGroundSets);
            measures.Add(measure);
            totals.AddRange(s.ReferenceTotals.Select(t => new MeasureReferenceTotal
            {
                Measure = measure, Year = t.Year, Recipients = t.Recipients, Sum = t.Sum, Unit = t.Unit, Source = t.Source,
            }));
        }
        return new MeasuresCatalogueSeed(d.Notes, [.. acts.Values], parameters, measures, totals);
    }

    private static Measure MeasureOf(MeasureSeed s, Func<string?, LegalAct?> act, Dictionary<string, List<StopGroundSeed>> sets) =>
        new Measure
        {
            Code = s.Code,
            Name = s.Name,
            ShortName = s.ShortName,
            Kind = s.Kind,
            Funding = s.Funding,
            Bases = s.Bases.Select(b => new MeasureBasis { LegalAct = act(b.Act), Article = b.Article }).ToList(),
            Eligibility = new MeasureEligibility
            {
                CategoryCodes = [.. s.Eligibility.Categories],
                ForChild = s.Eligibility.ForChild,
                ChildMinAge = s.Eligibility.ChildMinAge,
                ChildMaxAge = s.Eligibility.ChildMaxAge,
                IncomeLimitFactor = s.Eligibility.IncomeLimitFactor,
                ResidenceInDistrict = s.Eligibility.ResidenceInDistrict,
                Conditions = s.Eligibility.Conditions,
            },
            AmountRule = s.AmountRule,
            Formula = s.Formula,
            BaseParameterCode = s.BaseParameterCode,
            AmountDescription = s.AmountDescription,
            Amounts = s
                .Amounts.Select(a => new MeasureAmount
                {
                    ValidFrom = a.ValidFrom,
                    Value = a.Value,
                    LegalAct = act(a.Act),
                    Note = a.Note,
                })
                .ToList(),
            StartRule = s.StartRule,
            EndRule = s.EndRule,
            EndAge = s.EndAge,
            DurationMonths = s.DurationMonths,
            StopRule = s.StopRule,
            PartialMonth = s.PartialMonth,
            StopGrounds = StopGroundsOf(s, sets),
            ReportLine = s.ReportLine,
        };

    private static List<StopGround> StopGroundsOf(MeasureSeed s, Dictionary<string, List<StopGroundSeed>> sets)
    {
        var set =
            s.StopGroundSet is null ? []
            : sets.TryGetValue(s.StopGroundSet, out var found) ? found
            : throw new InvalidOperationException($"Мера {s.Code}: нет набора оснований «{s.StopGroundSet}».");
        return set.Concat(s.StopGrounds)
            .Select(g => new StopGround
            {
                Code = g.Code,
                Text = g.Text,
                Clause = g.Clause,
                Automatic = g.Automatic,
            })
            .ToList();
    }
}
