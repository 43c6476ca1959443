using Sobes.Domain.Measures;
using Sobes.Domain.Organisations;
using Sobes.Infrastructure.Measures;

namespace Sobes.Web.Areas.Measures.Api;

public sealed record LegalActDto(int Id, LegalActType Type, string Number, DateOnly AdoptedOn, string Title, string Citation)
{
    public static LegalActDto? From(LegalAct? a) => a is null ? null : new(a.Id, a.Type, a.Number, a.AdoptedOn, a.Title, a.Citation);
}

public sealed record AmountDto(int Id, DateOnly ValidFrom, decimal Value, string Text, LegalActDto? LegalAct, string Note)
{
    public static AmountDto? From(Measure m, MeasureAmount? a) =>
        a is null ? null : new(a.Id, a.ValidFrom, a.Value, m.AmountText(a.Value), LegalActDto.From(a.LegalAct), a.Note);
}

public sealed record MeasureListDto(
    int Id,
    string Code,
    string Name,
    string ShortName,
    MeasureKind Kind,
    FundingLevel Funding,
    AmountRuleKind AmountRule,
    IReadOnlyList<string> CategoryCodes,
    bool ForChild,
    string? ReportLine,
    bool IsActive,
    AmountDto? Current
)
{
    public static MeasureListDto From(MeasureListItem i) =>
        new(
            i.Measure.Id,
            i.Measure.Code,
            i.Measure.Name,
            i.Measure.ShortName,
            i.Measure.Kind,
            i.Measure.Funding,
            i.Measure.AmountRule,
            i.Measure.Eligibility.CategoryCodes,
            i.Measure.Eligibility.ForChild,
            i.Measure.ReportLine,
            i.Measure.IsActive,
            AmountDto.From(i.Measure, i.Current)
        );
}

public sealed record StopGroundDto(string Code, string Text, string Clause, bool Automatic);

public sealed record ReferenceTotalDto(int Year, int? Recipients, string Unit, decimal? Sum, string Source);

public sealed record MeasureDto(
    int Id,
    string Code,
    string Name,
    string ShortName,
    MeasureKind Kind,
    FundingLevel Funding,
    int? RegulationId,
    string? RegulationName,
    IReadOnlyList<object> Bases,
    MeasureEligibility Eligibility,
    string EligibilityText,
    AmountRuleKind AmountRule,
    string? Formula,
    string? BaseParameterCode,
    string AmountDescription,
    AmountDto? Current,
    IReadOnlyList<AmountDto> Amounts,
    PaymentStartRule StartRule,
    PaymentEndRule EndRule,
    int? EndAge,
    int? DurationMonths,
    StopDateRule StopRule,
    PartialMonthRule PartialMonth,
    IReadOnlyList<StopGroundDto> StopGrounds,
    string? ReportLine,
    bool IsActive,
    int ActiveAssignments,
    IReadOnlyList<ReferenceTotalDto> ReferenceTotals,
    int Version
)
{
    public static MeasureDto From(MeasureCard c)
    {
        var m = c.Measure;
        return new(
            m.Id,
            m.Code,
            m.Name,
            m.ShortName,
            m.Kind,
            m.Funding,
            m.RegulationId,
            c.Regulation?.Name,
            m.Bases.Select(b =>
                    (object)
                        new
                        {
                            b.LegalActId,
                            legalAct = LegalActDto.From(b.LegalAct),
                            b.Article,
                        }
                )
                .ToList(),
            m.Eligibility,
            m.EligibilityText(c.CategoryNames),
            m.AmountRule,
            m.Formula,
            m.BaseParameterCode,
            m.AmountDescription,
            AmountDto.From(m, c.Current),
            m.Amounts.Select(a => AmountDto.From(m, a)!).ToList(),
            m.StartRule,
            m.EndRule,
            m.EndAge,
            m.DurationMonths,
            m.StopRule,
            m.PartialMonth,
            m.StopGrounds.Select(g => new StopGroundDto(g.Code, g.Text, g.Clause, g.Automatic)).ToList(),
            m.ReportLine,
            m.IsActive,
            c.ActiveAssignments,
            c.ReferenceTotals.Select(t => new ReferenceTotalDto(t.Year, t.Recipients, t.Unit, t.Sum, t.Source)).ToList(),
            m.Version
        );
    }
}

public sealed record AmountAddedDto(AmountDto Amount, int Recalculated);

public sealed record ParameterDto(
    int Id,
    string Code,
    string Name,
    int? TerritoryId,
    DateOnly ValidFrom,
    decimal Value,
    LegalActDto? LegalAct,
    string Note
)
{
    public static ParameterDto From(MeasureParameter p) =>
        new(p.Id, p.Code, p.Name, p.TerritoryId, p.ValidFrom, p.Value, LegalActDto.From(p.LegalAct), p.Note);
}

public sealed record ParameterAddedDto(ParameterDto Parameter, int Recalculated, IReadOnlyList<string> Measures);
