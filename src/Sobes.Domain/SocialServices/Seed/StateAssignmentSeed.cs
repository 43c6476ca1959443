using System.Text.Json;
using System.Text.Json.Serialization;
using Sobes.Domain.Common;

namespace Sobes.Domain.SocialServices;

/// <summary>Loads state assignment № 148045 (seed 004) from the embedded JSON into a new, unsaved object graph.</summary>
public static class StateAssignmentSeed
{
    public const string ResourceName = "Sobes.Domain.SocialServices.Seed.StateAssignment148045.json";

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
    };

    /// <summary>A fresh graph on each call, so callers may change or save it without touching another caller's copy.</summary>
    public static StateAssignment Load()
    {
        using var stream = typeof(StateAssignmentSeed).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Нет встроенного ресурса {ResourceName}.");
        return Load(stream);
    }

    /// <summary>
    /// Reads an assignment written in the same JSON shape as the embedded seed (e.g. uploaded by the planner).
    /// A malformed file is reported as a validation error, not a crash.
    /// </summary>
    public static StateAssignment Load(Stream stream)
    {
        StateAssignmentSeedDocument? document;
        try { document = JsonSerializer.Deserialize<StateAssignmentSeedDocument>(stream, Options); }
        catch (JsonException e)
        {
            throw new DomainValidationException([new("file", $"Файл задания не читается как JSON нужного вида: {e.Message}")]);
        }
        if (document is null) throw new DomainValidationException([new("file", "Пустой файл государственного задания.")]);
        StateAssignment assignment;
        // A hand-made file may miss a list or refer to an unknown indicator; say so instead of failing.
        try { assignment = Map(document); }
        catch (Exception e) when (e is InvalidOperationException or NullReferenceException or ArgumentException)
        {
            throw new DomainValidationException([new("file", $"Файл задания неполон или противоречив: {e.Message}")]);
        }
        var errors = StateAssignmentRules.Validate(assignment).ToList();
        errors.AddRange(document.YearRoles
            .Where(r => assignment.RoleOf(r.Key) != r.Value)
            .Select(r => new ValidationError("yearRoles", $"Роль {r.Key} года в файле не совпадает с годом задания.")));
        if (errors.Count > 0) throw new DomainValidationException(errors);
        return assignment;
    }

    private static StateAssignment Map(StateAssignmentSeedDocument d)
    {
        var assignment = new StateAssignment
        {
            Number = d.Number,
            Title = d.Title,
            OrganisationName = d.OrganisationName,
            OrganisationAddress = d.OrganisationAddress,
            Region = d.Region,
            FinancialYear = d.FinancialYear,
            LastPlanningYear = d.LastPlanningYear,
            PriceSettingBody = d.PriceSettingBody,
            ConsultationMaxWaitMinutes = d.ConsultationMaxWaitMinutes,
            PhoneCallMaxMinutes = d.PhoneCallMaxMinutes,
            EarlyTerminationGrounds = [.. d.EarlyTerminationGrounds],
            ControlBasis = d.ControlBasis,
            ControlForms = d.ControlForms.Select(c => new ControlForm { Form = c.Form, Periodicity = c.Periodicity, Bodies = c.Bodies }).ToList(),
            OtherReportingRequirements = [.. d.OtherReportingRequirements],
            Tariffs = d.Tariffs.Select(t => new ServiceTariff
            {
                Form = t.Form, Kind = t.Kind, ValidFrom = t.ValidFrom, Price = t.Price, Unit = t.Unit, LegalAct = t.LegalAct, Text = t.Text,
            }).ToList(),
        };
        assignment.Indicators = d.Indicators.Select(i => MapIndicator(i, assignment)).ToList();
        var byCode = assignment.Indicators.ToDictionary(i => i.Code);
        assignment.Parts = d.Parts.Select(p => MapPart(p, assignment, byCode)).ToList();
        return assignment;
    }

    private static Indicator MapIndicator(IndicatorSeed i, StateAssignment assignment) => new()
    {
        Code = i.Code,
        Kind = i.Kind,
        Name = i.Name,
        Unit = i.Unit,
        Formula = i.Formula,
        FormulaText = i.FormulaText,
        Source = i.Source,
        Accumulates = i.Accumulates,
        Inputs = i.Inputs.Select(x => new IndicatorInput { Symbol = x.Symbol, Description = x.Description }).ToList(),
        PlanValues = i.Plan.OrderBy(v => v.Key).Select(v => new IndicatorPlanValue
        {
            Year = v.Key,
            Role = assignment.RoleOf(v.Key) ?? throw new InvalidOperationException($"{v.Key} год вне периода задания ({i.Code})."),
            Value = v.Value,
        }).ToList(),
    };

    private static AssignmentPart MapPart(PartSeed p, StateAssignment assignment, Dictionary<string, Indicator> byCode)
    {
        var part = new AssignmentPart
        {
            StateAssignment = assignment,
            Code = p.Code,
            Title = p.Title,
            Kind = p.Kind,
            Order = p.Order,
            QuarterlyReportDay = p.QuarterlyReportDay,
            QuarterlyReportsThroughQuarter = p.QuarterlyReportsThroughQuarter,
            YearlyReportMonth = p.YearlyReportMonth,
            YearlyReportDay = p.YearlyReportDay,
            ReportingTermsText = p.ReportingTermsText,
        };
        foreach (var s in p.Sections)
        {
            var section = new AssignmentSection
            {
                Part = part,
                Number = s.Number,
                Ordinal = s.Ordinal,
                Kind = s.Kind,
                Name = s.Name,
                Form = s.Form,
                ServiceType = s.ServiceType,
                Recipients = s.Recipients,
                Content = s.Content,
                LegalActs = [.. s.LegalActs],
            };
            section.Indicators = s.Indicators.Select((code, order) =>
            {
                var indicator = byCode.GetValueOrDefault(code)
                    ?? throw new InvalidOperationException($"Услуга {s.Number} ссылается на неизвестный показатель {code}.");
                var link = new SectionIndicator { AssignmentSection = section, Indicator = indicator, Order = order + 1 };
                indicator.Sections.Add(link);
                return link;
            }).ToList();
            part.Sections.Add(section);
        }
        return part;
    }
}
