namespace Sobes.Domain.SocialServices;

// Shape of StateAssignment148045.json: indicators listed once, sections refer to them by code.
internal sealed record StateAssignmentSeedDocument(
    string Number,
    string Title,
    string OrganisationName,
    string OrganisationAddress,
    string Region,
    int FinancialYear,
    int LastPlanningYear,
    Dictionary<int, YearRole> YearRoles,
    string PriceSettingBody,
    int ConsultationMaxWaitMinutes,
    int PhoneCallMaxMinutes,
    List<string> EarlyTerminationGrounds,
    string ControlBasis,
    List<ControlFormSeed> ControlForms,
    List<string> OtherReportingRequirements,
    List<TariffSeed> Tariffs,
    List<IndicatorSeed> Indicators,
    List<PartSeed> Parts);

internal sealed record ControlFormSeed(string Form, string Periodicity, string Bodies);

internal sealed record TariffSeed(
    ServiceForm? Form,
    TariffKind Kind,
    DateOnly ValidFrom,
    decimal Price,
    TariffUnit Unit,
    string LegalAct,
    string? Text
);

internal sealed record IndicatorSeed(
    string Code, IndicatorKind Kind, string Name, string Unit, string? Formula, string FormulaText,
    List<IndicatorInputSeed> Inputs, string? Source, bool Accumulates, Dictionary<int, decimal?> Plan);

internal sealed record IndicatorInputSeed(string Symbol, string Description);

internal sealed record PartSeed(
    string Code, string Title, PartKind Kind, int Order, int QuarterlyReportDay, int QuarterlyReportsThroughQuarter,
    int YearlyReportMonth, int YearlyReportDay, string ReportingTermsText, List<SectionSeed> Sections);

internal sealed record SectionSeed(
    string Number, int Ordinal, SectionKind Kind, string Name, ServiceForm? Form, ServiceType? ServiceType,
    string? Recipients, string? Content, List<string> LegalActs, List<string> Indicators);
