namespace Sobes.Domain.Audit;

public enum AuditAction
{
    Read = 1,
    Create = 2,
    Update = 3,
    Delete = 4,
    SignIn = 5,
    SignInFailed = 6,
    Search = 7,
    Export = 8,
}

/// <summary>One line of the append-only audit log (152-ФЗ: every access to personal data is traceable).</summary>
public class AuditEntry
{
    public long Id { get; set; }
    public DateTime AtUtc { get; set; }
    public int? UserId { get; set; }
    public string UserLogin { get; set; } = "";
    public int? OrganisationId { get; set; }
    public AuditAction Action { get; set; }
    /// <summary>English entity name, e.g. Citizen, FamilyTie.</summary>
    public string EntityType { get; set; } = "";
    public string? EntityId { get; set; }
    public long? CitizenId { get; set; }
    /// <summary>Human-readable summary in Russian.</summary>
    public string Summary { get; set; } = "";
    /// <summary>JSON array of {field, old, new}.</summary>
    public string? Changes { get; set; }
}

public sealed record FieldChange(string Field, string? Old, string? New);

public static class AuditActions
{
    public static string Russian(this AuditAction a) => a switch
    {
        AuditAction.Read => "Просмотр",
        AuditAction.Create => "Создание",
        AuditAction.Update => "Изменение",
        AuditAction.Delete => "Удаление",
        AuditAction.SignIn => "Вход",
        AuditAction.SignInFailed => "Неудачный вход",
        AuditAction.Search => "Поиск",
        AuditAction.Export => "Выгрузка",
        _ => a.ToString(),
    };

    /// <summary>Entity names as the UI shows them; unknown names pass through unchanged.</summary>
    public static string RussianEntity(string entityType) => entityType switch
    {
        "Citizen" => "Личное дело",
        "FamilyTie" => "Родственная связь",
        "CitizenCategory" => "Категория",
        "CitizenDocument" => "Документ",
        "User" => "Пользователь",
        "CalendarDay" => "Производственный календарь",
        _ => entityType,
    };
}
