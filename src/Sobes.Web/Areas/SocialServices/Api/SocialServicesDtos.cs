using Sobes.Domain.SocialServices;
using Sobes.Infrastructure.SocialServices;

namespace Sobes.Web.Areas.SocialServices.Api;

public sealed record TariffDto(
    int Id,
    int? SocialServiceId,
    ServiceForm? Form,
    TariffKind Kind,
    DateOnly ValidFrom,
    decimal Price,
    TariffUnit Unit,
    string LegalAct,
    string? Text
)
{
    public static TariffDto? From(ServiceTariff? t) =>
        t is null ? null : new(t.Id, t.SocialServiceId, t.Form, t.Kind, t.ValidFrom, t.Price, t.Unit, t.LegalAct, t.Text);
}

public sealed record CatalogueItemDto(
    int Id,
    string Code,
    string Name,
    ServiceForm Form,
    string FormName,
    ServiceType Type,
    string TypeName,
    string Unit,
    int? TimeNormMinutes,
    bool IsActive,
    TariffDto? Tariff,
    TariffDto? PaidServiceCap
)
{
    public static CatalogueItemDto From(CatalogueItem i) =>
        new(
            i.Service.Id,
            i.Service.Code,
            i.Service.Name,
            i.Service.Form,
            i.Service.Form.Russian(),
            i.Service.Type,
            i.Service.Type.Russian(),
            i.Service.Unit,
            i.Service.TimeNormMinutes,
            i.Service.IsActive,
            TariffDto.From(i.Tariff),
            TariffDto.From(i.PaidCap)
        );
}

public sealed record MemberDto(long Id, long? CitizenId, string FullName, string Relation, IReadOnlyList<MonthlyIncomeDto> Incomes);

public sealed record MonthlyIncomeDto(DateOnly Month, decimal Amount, string Kind);

public sealed record DecisionDto(
    NeedRecognitionOutcome Outcome,
    string OutcomeName,
    DateOnly DueOn,
    DateOnly? DecidedOn,
    ServiceForm? RecognisedForm,
    string? RefusalReason,
    bool Overdue
);

public sealed record ProgrammeLineDto(
    int SocialServiceId,
    string ServiceCode,
    string ServiceName,
    decimal Volume,
    string Periodicity,
    DateOnly PeriodFrom,
    DateOnly PeriodTo
);

public sealed record ProgrammeDto(
    long Id,
    string Number,
    ServiceForm Form,
    DateOnly DrawnUpOn,
    DateOnly StartsOn,
    DateOnly NextReviewOn,
    IReadOnlyList<ProgrammeLineDto> Lines,
    long? PreviousProgrammeId = null,
    DateOnly? ClosedOn = null
)
{
    public static ProgrammeDto From(IndividualProgramme p) =>
        new(
            p.Id,
            p.Number,
            p.Form,
            p.DrawnUpOn,
            p.StartsOn,
            p.NextReviewOn,
            p.Lines.Select(l => new ProgrammeLineDto(
                    l.SocialServiceId,
                    l.SocialService?.Code ?? "",
                    l.SocialService?.Name ?? "",
                    l.Volume,
                    l.Periodicity,
                    l.PeriodFrom,
                    l.PeriodTo
                ))
                .ToList(),
            p.PreviousProgrammeId,
            p.ClosedOn
        );
}

public sealed record ServiceContractDto(
    long Id,
    string Number,
    long IndividualProgrammeId,
    int ProviderOrganisationId,
    DateOnly ProgrammeSubmittedOn,
    DateOnly ConcludedOn,
    DateOnly StartsOn,
    DateOnly? EndsOn,
    DateOnly? TerminatedOn = null,
    TerminationGround? TerminationGround = null,
    string? TerminationReason = null
)
{
    public static ServiceContractDto From(ServiceContract c) =>
        new(
            c.Id,
            c.Number,
            c.IndividualProgrammeId,
            c.ProviderOrganisationId,
            c.ProgrammeSubmittedOn,
            c.ConcludedOn,
            c.StartsOn,
            c.EndsOn,
            c.TerminatedOn,
            c.TerminationGround,
            c.TerminationReason
        );
}

public sealed record ServiceApplicationDto(
    long Id,
    string Number,
    long CitizenId,
    string CitizenName,
    DateOnly SubmittedOn,
    ServiceForm RequestedForm,
    string Circumstances,
    IReadOnlyList<FreeServiceGround> FreeGrounds,
    SubsistenceGroup SubsistenceGroup,
    IReadOnlyList<MemberDto> Household,
    decimal AveragePerCapitaIncome,
    DecisionDto? Decision,
    IReadOnlyList<ProgrammeDto> Programmes,
    IReadOnlyList<ServiceContractDto> Contracts
)
{
    public static ServiceApplicationDto From(ServiceApplicationDetails d)
    {
        var a = d.Application;
        var n = a.NeedRecognition;
        return new(
            a.Id,
            a.Number,
            a.CitizenId,
            d.CitizenName,
            a.SubmittedOn,
            a.RequestedForm,
            a.Circumstances,
            a.FreeGrounds,
            a.SubsistenceGroup,
            a.Household.Select(m => new MemberDto(
                    m.Id,
                    m.CitizenId,
                    m.FullName,
                    m.Relation,
                    m.Incomes.OrderBy(i => i.Month).Select(i => new MonthlyIncomeDto(i.Month, i.Amount, i.Kind)).ToList()
                ))
                .ToList(),
            Math.Round(d.Income.Average, 2, MidpointRounding.AwayFromZero),
            n is null
                ? null
                : new DecisionDto(n.Outcome, n.Outcome.Russian(), n.DueOn, n.DecidedOn, n.RecognisedForm, n.RefusalReason, d.Overdue),
            d.Programmes.Select(ProgrammeDto.From).ToList(),
            d.Contracts.Select(ServiceContractDto.From).ToList()
        );
    }
}

public sealed record ServiceActLineDto(
    string ServiceCode,
    string ServiceName,
    string Unit,
    decimal Quantity,
    decimal Minutes,
    decimal Price,
    TariffUnit PriceUnit,
    decimal Cost
);

public sealed record ServiceActDto(
    long Id,
    string Number,
    long CitizenId,
    string CitizenName,
    string ContractNumber,
    int Year,
    int Month,
    ServiceForm Form,
    IReadOnlyList<ServiceActLineDto> Lines,
    decimal TotalCost,
    decimal Fee,
    FeeBasis? FeeBasis,
    string? FeeBasisName,
    string FeeExplanation,
    decimal AveragePerCapitaIncome,
    decimal SubsistenceMinimum,
    decimal FreeIncomeLimit,
    decimal? FeeCap,
    DateOnly DrawnUpOn,
    DateOnly? SignedOn,
    string? SignedByName
)
{
    public static ServiceActDto From(ServiceActDetails d)
    {
        var a = d.Act;
        return new(
            a.Id,
            a.Number,
            a.CitizenId,
            d.CitizenName,
            d.ContractNumber,
            a.Year,
            a.Month,
            a.Form,
            a.Lines.OrderBy(l => l.ServiceCode, CodeComparer.Instance)
                .Select(l => new ServiceActLineDto(
                    l.ServiceCode,
                    l.ServiceName,
                    l.Unit,
                    l.Quantity,
                    l.Minutes,
                    l.Price,
                    l.PriceUnit,
                    l.Cost
                ))
                .ToList(),
            a.TotalCost,
            a.Fee,
            a.FeeBasis,
            a.FeeBasis?.Russian(),
            a.FeeExplanation,
            Math.Round(a.AveragePerCapitaIncome, 2, MidpointRounding.AwayFromZero),
            a.SubsistenceMinimum,
            a.FreeIncomeLimit,
            a.FeeCap is { } c ? Math.Round(c, 2, MidpointRounding.AwayFromZero) : null,
            a.DrawnUpOn,
            a.SignedOn,
            a.SignedByName
        );
    }
}

public sealed record PlanValueDto(int Year, YearRole Role, string RoleName, decimal? Value);

public sealed record IndicatorDto(
    int Id,
    string Code,
    IndicatorKind Kind,
    string Name,
    string Unit,
    string? Formula,
    string FormulaText,
    string? Source,
    bool Accumulates,
    ActualMeasure Measure,
    string MeasureName,
    string? ServiceCodes,
    IReadOnlyList<string> Sections,
    IReadOnlyDictionary<string, string> Inputs,
    IReadOnlyList<PlanValueDto> Plan
);

public sealed record SectionDto(
    int Id,
    string Number,
    SectionKind Kind,
    string Name,
    ServiceForm? Form,
    ServiceType? ServiceType,
    string? Recipients,
    string? Content,
    IReadOnlyList<string> LegalActs,
    IReadOnlyList<string> Indicators
);

public sealed record PartDto(
    int Id,
    string Code,
    string Title,
    PartKind Kind,
    int QuarterlyReportDay,
    int QuarterlyReportsThroughQuarter,
    int YearlyReportMonth,
    int YearlyReportDay,
    string ReportingTermsText,
    IReadOnlyList<SectionDto> Sections
);

public sealed record StateAssignmentDto(
    int Id,
    string Number,
    string Title,
    int? OrganisationId,
    string OrganisationName,
    string Region,
    int FinancialYear,
    int LastPlanningYear,
    string PriceSettingBody,
    IReadOnlyList<string> OtherReportingRequirements,
    IReadOnlyList<PartDto> Parts,
    IReadOnlyList<IndicatorDto> Indicators
)
{
    public static StateAssignmentDto From(StateAssignment a) =>
        new(
            a.Id,
            a.Number,
            a.Title,
            a.OrganisationId,
            a.OrganisationName,
            a.Region,
            a.FinancialYear,
            a.LastPlanningYear,
            a.PriceSettingBody,
            a.OtherReportingRequirements,
            a.Parts.Select(p => new PartDto(
                    p.Id,
                    p.Code,
                    p.Title,
                    p.Kind,
                    p.QuarterlyReportDay,
                    p.QuarterlyReportsThroughQuarter,
                    p.YearlyReportMonth,
                    p.YearlyReportDay,
                    p.ReportingTermsText,
                    p.Sections.Select(s => new SectionDto(
                            s.Id,
                            s.Number,
                            s.Kind,
                            s.Name,
                            s.Form,
                            s.ServiceType,
                            s.Recipients,
                            s.Content,
                            s.LegalActs,
                            s.Indicators.OrderBy(i => i.Order).Select(i => i.Indicator!.Code).ToList()
                        ))
                        .ToList()
                ))
                .ToList(),
            a.Indicators.OrderBy(i => i.Id)
                .Select(i => new IndicatorDto(
                    i.Id,
                    i.Code,
                    i.Kind,
                    i.Name,
                    i.Unit,
                    i.Formula,
                    i.FormulaText,
                    i.Source,
                    i.Accumulates,
                    i.Measure,
                    i.Measure.Russian(),
                    i.ServiceCodes,
                    i.Sections.Select(s => s.AssignmentSection!.Number).ToList(),
                    i.Inputs.ToDictionary(x => x.Symbol, x => x.Description),
                    i.PlanValues.OrderBy(v => v.Year).Select(v => new PlanValueDto(v.Year, v.Role, v.Role.Russian(), v.Value)).ToList()
                ))
                .ToList()
        );
}

public sealed record ReportRowDto(
    string IndicatorCode,
    string IndicatorName,
    string Unit,
    decimal? Plan,
    decimal? Actual,
    decimal? PercentOfPlan,
    decimal? ExpectedPercent,
    bool RequiresReason,
    string? DeviationReason,
    string? Source,
    ActualMeasure Measure,
    string? InputsText,
    decimal? ManualValue
);

public sealed record ReportDto(
    long Id,
    int StateAssignmentId,
    string AssignmentNumber,
    string PartCode,
    string PartTitle,
    int Year,
    int? Quarter,
    string Period,
    ReportStatus Status,
    string StatusName,
    DateOnly DueOn,
    decimal TolerancePercentagePoints,
    DateTime ComputedAtUtc,
    IReadOnlyList<ReportRowDto> Rows,
    string ExplanatoryNote,
    decimal? AccountsPayable,
    decimal? OverdueAccountsPayable,
    DateOnly? SubmittedOn,
    string? SubmittedByName,
    DateOnly? ReviewedOn,
    string? ReviewedByName,
    string? ReviewRemarks,
    IReadOnlyDictionary<string, string[]> Problems
)
{
    public static ReportDto From(AssignmentReport r, StateAssignment a, IReadOnlyList<Sobes.Domain.Common.ValidationError> problems)
    {
        var part = r.Part ?? a.Parts.First(p => p.Id == r.AssignmentPartId);
        return new(
            r.Id,
            a.Id,
            a.Number,
            part.Code,
            part.Title,
            r.Year,
            r.Quarter,
            r.Period.Russian(),
            r.Status,
            r.Status.Russian(),
            r.DueOn,
            r.TolerancePercentagePoints,
            r.ComputedAtUtc,
            r.Rows.OrderBy(x => x.Order)
                .Select(x => new ReportRowDto(
                    x.IndicatorCode,
                    x.IndicatorName,
                    x.Unit,
                    x.Plan,
                    x.Actual,
                    x.PercentOfPlan,
                    x.ExpectedPercent,
                    x.RequiresReason,
                    x.DeviationReason,
                    x.Source,
                    x.Measure,
                    x.InputsText,
                    x.ManualValue
                ))
                .ToList(),
            r.ExplanatoryNote,
            r.AccountsPayable,
            r.OverdueAccountsPayable,
            r.SubmittedOn,
            r.SubmittedByName,
            r.ReviewedOn,
            r.ReviewedByName,
            r.ReviewRemarks,
            problems.GroupBy(p => p.Field).ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray())
        );
    }
}

public sealed record DeadlineDto(
    int AssignmentId,
    string AssignmentNumber,
    string? Organisation,
    string PartCode,
    string Period,
    int Year,
    int? Quarter,
    DateOnly DueOn,
    int DaysLeft,
    bool Overdue,
    long? ReportId,
    ReportStatus? Status
)
{
    public static DeadlineDto From(DeadlineItem d) =>
        new(
            d.AssignmentId,
            d.AssignmentNumber,
            d.OrganisationShortName,
            d.PartCode,
            d.Period.Russian(),
            d.Period.Year,
            d.Period.Quarter,
            d.DueOn,
            d.DaysLeft,
            d.Overdue,
            d.ReportId,
            d.Status
        );
}

public sealed record SignInput(DateOnly? SignedOn);
public sealed record GenerateActsInput(int Year, int Month);
public sealed record ImportInput(int? FinancialYear);
public sealed record PlanValueInput(decimal? Value);
public sealed record IndicatorMeasureInput(ActualMeasure Measure, string? ServiceCodes);
public sealed record ReviewInput(bool Accept, string? Remarks);
