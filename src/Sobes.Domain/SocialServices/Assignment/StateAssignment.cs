using Sobes.Domain.Organisations;

namespace Sobes.Domain.SocialServices;

/// <summary>
/// State assignment (государственное задание) of a provider for the next financial year and the planning period.
/// Indicators belong to the assignment, not to a section, because several sections may share one indicator.
/// </summary>
public class StateAssignment : IOrganisationOwned
{
    public int Id { get; set; }
    public string Number { get; set; } = "";
    public string Title { get; set; } = "";
    public int? OrganisationId { get; set; }
    public string OrganisationName { get; set; } = "";
    public string OrganisationAddress { get; set; } = "";
    public string Region { get; set; } = "";
    /// <summary>The очередной financial year the assignment is given for (2015 in № 148045).</summary>
    public int FinancialYear { get; set; }
    /// <summary>The last year of the planning period (2017 in № 148045).</summary>
    public int LastPlanningYear { get; set; }
    /// <summary>The body that sets prices (tariffs) of the services.</summary>
    public string PriceSettingBody { get; set; } = "";
    /// <summary>Informing rules: the longest wait for a consultation in person, and the longest phone call.</summary>
    public int ConsultationMaxWaitMinutes { get; set; }
    public int PhoneCallMaxMinutes { get; set; }
    public List<string> EarlyTerminationGrounds { get; set; } = [];
    public string ControlBasis { get; set; } = "";
    public List<ControlForm> ControlForms { get; set; } = [];
    /// <summary>What goes with each report besides the seven-column form (explanatory note, accounts payable …).</summary>
    public List<string> OtherReportingRequirements { get; set; } = [];

    public List<AssignmentPart> Parts { get; set; } = [];
    public List<Indicator> Indicators { get; set; } = [];
    public List<ServiceTariff> Tariffs { get; set; } = [];

    /// <summary>The role of a year in the assignment's columns; null for a year outside them.</summary>
    public YearRole? RoleOf(int year) => (year - FinancialYear) switch
    {
        -2 => YearRole.Reporting,
        -1 => YearRole.Current,
        0 => YearRole.Next,
        > 0 when year <= LastPlanningYear => YearRole.Planning,
        _ => null,
    };
}

/// <summary>A form of control over the assignment's execution (выездная проверка, камеральная проверка).</summary>
public class ControlForm
{
    public int Id { get; set; }
    public int StateAssignmentId { get; set; }
    public string Form { get; set; } = "";
    public string Periodicity { get; set; } = "";
    public string Bodies { get; set; } = "";
}
