namespace Sobes.Web.Areas.Admin.Api;

/// <summary>The summaries of the Admin API (audit, calendar, reference books, users) as the OpenAPI document shows them.</summary>
internal static class AdminApiDocs
{
    public const string Audit = "Журнал аудита с отбором по пользователю, гражданину и датам";
    public const string CalendarYear = "Исключения года и число рабочих дней";
    public const string AddWorkingDays = "Дата через N рабочих дней";
    public const string WorkingDays = "Число рабочих дней между датами включительно";
    public const string SetDay = "Задать или снять особый день (администратор)";
    public const string Categories = "Льготные категории";
    public const string Territories = "Территории";
    public const string ListUsers = "Учётные записи";
    public const string CreateUser = "Создать пользователя";
    public const string UpdateUser = "Изменить пользователя (роль, организация, блокировка, пароль)";
}
