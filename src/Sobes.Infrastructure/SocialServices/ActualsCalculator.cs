using Microsoft.EntityFrameworkCore;
using Sobes.Domain.Common;
using Sobes.Domain.SocialServices;
using Sobes.Infrastructure.Persistence;

namespace Sobes.Infrastructure.SocialServices;

/// <summary>An indicator's actual since 1 January with the figures it was computed from, in words.</summary>
public sealed record ComputedActual(IndicatorActual Actual, string? InputsText);

/// <summary>
/// Counts the actual values of an assignment's indicators from what the provider recorded: delivered services,
/// contracts and programmes, applications, surveys, complaints, inspections and the work journal.
/// Aggregation is done in memory because SQLite cannot sum decimals; one period of one provider is small.
/// </summary>
public sealed class ActualsCalculator(SobesDbContext db)
{
    private sealed record Delivered(long CitizenId, decimal Quantity, string Code, ServiceForm Form, ServiceType Type);

    public async Task<IReadOnlyList<ComputedActual>> ComputeAsync(
        StateAssignment assignment,
        IReadOnlyList<Indicator> indicators,
        ReportingPeriod period,
        IReadOnlyDictionary<string, decimal?> manualValues,
        CancellationToken ct = default
    )
    {
        var from = new DateOnly(period.Year, 1, 1);
        var to = period.Quarter is { } q ? new DateOnly(period.Year, q * 3, 1).AddMonths(1).AddDays(-1) : new DateOnly(period.Year, 12, 31);
        var org = assignment.OrganisationId ?? -1;
        var data = await Data.LoadAsync(db, org, from, to, ct);
        return indicators.Select(i => Compute(i, data, manualValues.GetValueOrDefault(i.Code))).ToList();
    }

    private static ComputedActual Compute(Indicator indicator, Data data, decimal? manual)
    {
        var sections = indicator.Sections.Select(s => s.AssignmentSection!).ToList();
        var codes = ActualMeasureDefaults.ParseCodes(indicator.ServiceCodes);
        bool Matches(ServiceForm form, ServiceType type, string code) =>
            sections.Any(s => s.Form == form && (s.ServiceType is null || s.ServiceType == type)) && ActualMeasureDefaults.CodeMatches(codes, code);
        var code = indicator.Code;
        switch (indicator.Measure)
        {
            case ActualMeasure.DeliveredVolume:
            {
                var rows = data.Delivered.Where(d => Matches(d.Form, d.Type, d.Code)).ToList();
                return Value(code, rows.Sum(d => d.Quantity), $"отметок об оказании: {rows.Count}");
            }
            case ActualMeasure.RecipientsCount:
                return Value(code, data.Delivered.Where(d => Matches(d.Form, d.Type, d.Code)).Select(d => d.CitizenId).Distinct().Count(), null);
            case ActualMeasure.SurveySatisfaction:
                return Satisfaction(code, sections, data);
            case ActualMeasure.ServedShare:
            {
                var expected = data.ProgrammeServices.Where(p => Matches(p.Form, p.Type, p.Code)).Select(p => p.CitizenId).ToHashSet();
                var served = data
                    .Delivered.Where(d => Matches(d.Form, d.Type, d.Code) && expected.Contains(d.CitizenId))
                    .Select(d => d.CitizenId)
                    .Distinct()
                    .Count();
                return Inputs(code, ("Осб", served), ("О", expected.Count), null);
            }
            case ActualMeasure.PlacementShare:
                return Inputs(code, ("Пу", data.StationaryPlaced), ("По", data.StationaryApplicants), null);
            case ActualMeasure.JustifiedComplaints:
            {
                var forms = sections.Select(s => s.Form).ToHashSet();
                return Value(code, data.JustifiedComplaints.Count(f => forms.Contains(f)), null);
            }
            case ActualMeasure.RospotrebnadzorViolations or ActualMeasure.RoszdravnadzorViolations or ActualMeasure.GospozhnadzorViolations:
            {
                var acts = data.Inspections.Where(i => i.Body == indicator.Measure.Body()).ToList();
                return Value(code, acts.Sum(i => i.ViolationsFound), $"проверок: {acts.Count}");
            }
            case ActualMeasure.WorkVolume:
            {
                var ids = sections.Select(s => s.Id).ToHashSet();
                var rows = data.Works.Where(w => ids.Contains(w.AssignmentSectionId)).ToList();
                return Value(code, rows.Sum(w => w.Quantity), $"записей журнала работ: {rows.Count}");
            }
            case ActualMeasure.WorkAverageDistance:
                return AverageDistance(code, sections, data);
            default:
                return new(new IndicatorActual(code) { Value = manual }, manual is null ? "значение не введено" : "введено вручную");
        }
    }

    private static ComputedActual Satisfaction(string code, List<AssignmentSection> sections, Data data)
    {
        var surveys = data
            .Surveys.Where(s =>
                sections.Any(x =>
                    x.Form == s.Form && (s.ServiceType is null || x.ServiceType is null || x.ServiceType == s.ServiceType)
                )
            )
            .ToList();
        return Inputs(code, ("Оу", surveys.Sum(s => s.Satisfied)), ("О", surveys.Sum(s => s.Respondents)), $"опросов: {surveys.Count}");
    }

    private static ComputedActual AverageDistance(string code, List<AssignmentSection> sections, Data data)
    {
        var ids = sections.Select(s => s.Id).ToHashSet();
        var trips = data.Works.Where(w => ids.Contains(w.AssignmentSectionId) && w.DistanceKm is not null).ToList();
        var count = trips.Sum(w => w.Quantity);
        var km = trips.Sum(w => w.DistanceKm!.Value);
        var avg = count == 0 ? (decimal?)null : Math.Round(km / count, 1, MidpointRounding.AwayFromZero);
        return new(new IndicatorActual(code) { Value = avg }, $"пробег {RussianFormat.Number(km)} км; выездов {RussianFormat.Number(count)}");
    }

    private static ComputedActual Value(string code, decimal value, string? text) => new(new IndicatorActual(code) { Value = value }, text);

    private static ComputedActual Inputs(string code, (string Name, decimal Value) a, (string Name, decimal Value) b, string? extra) =>
        new(new IndicatorActual(code) { Inputs = new Dictionary<string, decimal> { [a.Name] = a.Value, [b.Name] = b.Value } },
            $"{a.Name} = {RussianFormat.Number(a.Value)}; {b.Name} = {RussianFormat.Number(b.Value)}" + (extra is null ? "" : $"; {extra}"));

    private sealed record ProgrammeService(long CitizenId, string Code, ServiceForm Form, ServiceType Type);

    private sealed record Data(
        List<Delivered> Delivered, List<SatisfactionSurvey> Surveys, List<ServiceForm?> JustifiedComplaints, List<ExternalInspection> Inspections,
        List<WorkEntry> Works, List<ProgrammeService> ProgrammeServices, int StationaryApplicants, int StationaryPlaced)
    {
        public static async Task<Data> LoadAsync(SobesDbContext db, int org, DateOnly from, DateOnly to, CancellationToken ct)
        {
            var delivered = await db.DeliveredServices.AsNoTracking()
                .Where(d => d.ProviderOrganisationId == org && d.DeliveredOn >= from && d.DeliveredOn <= to)
                .Select(d => new Delivered(d.CitizenId, d.Quantity, d.SocialService!.Code, d.SocialService.Form, d.SocialService.Type))
                .ToListAsync(ct);
            var surveys = await db
                .SatisfactionSurveys.AsNoTracking()
                .Where(s => s.OrganisationId == org && s.ConductedOn >= from && s.ConductedOn <= to)
                .ToListAsync(ct);
            var complaints = await db
                .QualityComplaints.AsNoTracking()
                .Where(c => c.OrganisationId == org && c.ReceivedOn >= from && c.ReceivedOn <= to && c.IsJustified == true)
                .Select(c => c.Form)
                .ToListAsync(ct);
            var inspections = await db
                .ExternalInspections.AsNoTracking()
                .Where(i => i.OrganisationId == org && i.EndedOn >= from && i.EndedOn <= to)
                .ToListAsync(ct);
            var works = await db
                .WorkEntries.AsNoTracking()
                .Where(w => w.OrganisationId == org && w.PerformedOn >= from && w.PerformedOn <= to)
                .ToListAsync(ct);
            var programmeServices = await ProgrammeServicesAsync(db, org, from, to, ct);
            var (applicants, placed) = await StationaryAsync(db, org, from, to, ct);
            return new Data(delivered, surveys, complaints, inspections, works, programmeServices, applicants, placed);
        }

        private static async Task<List<ProgrammeService>> ProgrammeServicesAsync(
            SobesDbContext db,
            int org,
            DateOnly from,
            DateOnly to,
            CancellationToken ct
        )
        {
            // О of «доля получивших»: recipients under contract whose programme includes such services during the period.
            return await db
                .ServiceContracts.AsNoTracking()
                .Where(c =>
                    c.ProviderOrganisationId == org
                    && c.StartsOn <= to
                    && (c.EndsOn == null || c.EndsOn >= from)
                    && (c.TerminatedOn == null || c.TerminatedOn >= from)
                )
                .SelectMany(
                    c => c.IndividualProgramme!.Lines.Where(l => l.PeriodFrom <= to && l.PeriodTo >= from),
                    (c, l) => new ProgrammeService(c.CitizenId, l.SocialService!.Code, l.SocialService.Form, l.SocialService.Type)
                )
                .ToListAsync(ct);
        }

        private static async Task<(int Applicants, int Placed)> StationaryAsync(
            SobesDbContext db,
            int org,
            DateOnly from,
            DateOnly to,
            CancellationToken ct
        )
        {
            // По and Пу: applications for stationary service received by the centre this year, and those placed under its contract.
            var applicants = await db
                .ServiceApplications.AsNoTracking()
                .Where(a =>
                    a.ReceivedByOrganisationId == org
                    && a.RequestedForm == ServiceForm.Stationary
                    && a.SubmittedOn >= from
                    && a.SubmittedOn <= to
                )
                .Select(a => a.CitizenId)
                .Distinct()
                .ToListAsync(ct);
            var placed = await db
                .ServiceContracts.AsNoTracking()
                .Where(c =>
                    c.ProviderOrganisationId == org
                    && c.ConcludedOn <= to
                    && c.IndividualProgramme!.Form == ServiceForm.Stationary
                    && applicants.Contains(c.CitizenId)
                )
                .Select(c => c.CitizenId)
                .Distinct()
                .CountAsync(ct);
            return (applicants.Count, placed);
        }
    }
}
