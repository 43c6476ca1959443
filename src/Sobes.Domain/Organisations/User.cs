namespace Sobes.Domain.Organisations;

public enum Role
{
    Administrator = 1,
    Specialist = 2,
    Head = 3,
    Accountant = 4,
    Inspector = 5,
    Auditor = 6,
}

public static class Roles
{
    public static readonly IReadOnlyDictionary<Role, string> RussianNames = new Dictionary<Role, string>
    {
        [Role.Administrator] = "Администратор",
        [Role.Specialist] = "Специалист",
        [Role.Head] = "Руководитель",
        [Role.Accountant] = "Бухгалтер",
        [Role.Inspector] = "Инспектор",
        [Role.Auditor] = "Аудитор (только чтение)",
    };

    public static string Russian(this Role role) => RussianNames[role];

    /// <summary>Roles that may create and change personal data; the rest only read it.</summary>
    public static readonly Role[] RegistryWriters = [Role.Administrator, Role.Specialist, Role.Head];

    public static readonly Role[] AuditReaders = [Role.Administrator, Role.Auditor];
}

public class User
{
    public int Id { get; set; }
    public string Login { get; set; } = "";
    public string FullName { get; set; } = "";
    public string Position { get; set; } = "";
    public string PasswordHash { get; set; } = "";
    public Role Role { get; set; }
    public int OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
    public bool IsActive { get; set; } = true;
}
