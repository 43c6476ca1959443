using Sobes.Domain.Applications;

namespace Sobes.Web.Areas.Applications;

/// <summary>Russian names of the regulations' enums for the regulation pages.</summary>
public static class RegulationText
{
    public static string CatalogueName(this DocumentSource s) => s switch
    {
        DocumentSource.Applicant => "представляет заявитель",
        DocumentSource.Interagency => "запрашивает управление (межведомственный запрос)",
        _ => s.ToString(),
    };

    public static string CatalogueName(this DurationUnit u) => u switch
    {
        DurationUnit.Minutes => "минут",
        DurationUnit.Hours => "часов",
        DurationUnit.WorkingDays => "рабочих дней",
        DurationUnit.CalendarDays => "календарных дней",
        _ => u.ToString(),
    };
}
