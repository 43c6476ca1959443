namespace Sobes.Web.Areas.Registry.Api;

/// <summary>The summaries of the Registry API (/api/v1/citizens) as the OpenAPI document shows them.</summary>
internal static class RegistryApiDocs
{
    public const string Search = "Поиск личных дел: по СНИЛС, по фамилии с началом имени и отчества, по дате рождения, по адресу";
    public const string Get = "Личное дело (чтение записывается в журнал аудита)";
    public const string Create = "Создать личное дело";
    public const string Update = "Изменить личное дело";
    public const string History = "История изменений личного дела";
    public const string AddFamilyTie = "Добавить родственную связь";
    public const string RemoveFamilyTie = "Удалить родственную связь";
    public const string AddCategory = "Добавить категорию с подтверждающим документом";
    public const string RemoveCategory = "Удалить категорию";
    public const string AddDocument = "Добавить документ в личное дело";
    public const string RemoveDocument = "Удалить документ";
}
