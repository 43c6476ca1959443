using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Sobes.Domain.Audit;
using Sobes.Domain.Common;
using Sobes.Domain.Organisations;
using Sobes.Infrastructure.Audit;
using Sobes.Infrastructure.Persistence;

namespace Sobes.Infrastructure.Organisations;

public sealed record UserInput(string? Login, string? FullName, string? Position, Role? Role, int? OrganisationId, bool IsActive, string? Password);

/// <summary>User accounts: administrators create them, change role and organisation, reset passwords, block them.</summary>
public sealed class UserAdminService(SobesDbContext db, IPasswordHasher<User> hasher, AuditLog audit)
{
    public const int MinPasswordLength = 8;

    public Task<List<User>> ListAsync(CancellationToken ct = default) =>
        db.Users.AsNoTracking().Include(u => u.Organisation).OrderBy(u => u.Organisation!.Name).ThenBy(u => u.Login).ToListAsync(ct);

    public Task<List<Organisation>> OrganisationsAsync(CancellationToken ct = default) =>
        db.Organisations.AsNoTracking().OrderBy(o => o.Kind).ThenBy(o => o.Name).ToListAsync(ct);

    public async Task<User> CreateAsync(UserContext admin, UserInput input, CancellationToken ct = default)
    {
        RequireAdmin(admin);
        var errors = Validate(input, isNew: true);
        if (!string.IsNullOrWhiteSpace(input.Login) && await db.Users.AnyAsync(u => u.Login == input.Login.Trim(), ct))
            throw new ConflictException("Пользователь с таким логином уже есть.", "login");
        await CheckOrganisationAsync(input, errors, ct);
        if (errors.Count > 0) throw new DomainValidationException(errors);
        var user = new User
        {
            Login = input.Login!.Trim(), FullName = input.FullName!.Trim(), Position = input.Position?.Trim() ?? "",
            Role = input.Role!.Value, OrganisationId = input.OrganisationId!.Value, IsActive = input.IsActive,
        };
        user.PasswordHash = hasher.HashPassword(user, input.Password!);
        db.Users.Add(user);
        audit.Add(admin, AuditAction.Create, nameof(User), null, null, $"Создан пользователь {user.Login} ({user.Role.Russian()})");
        await db.SaveChangesAsync(ct);
        return user;
    }

    public async Task<User> UpdateAsync(UserContext admin, int id, UserInput input, CancellationToken ct = default)
    {
        RequireAdmin(admin);
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == id, ct) ?? throw new NotFoundException("Пользователь не найден.");
        var errors = Validate(input with { Login = user.Login }, isNew: false);
        await CheckOrganisationAsync(input, errors, ct);
        if (user.Id == admin.UserId && (!input.IsActive || input.Role != Role.Administrator))
            errors.Add(new("role", "Нельзя снять с себя роль администратора или заблокировать себя."));
        if (errors.Count > 0) throw new DomainValidationException(errors);
        var changes = new List<FieldChange>();
        void Track(string field, string? old, string? @new) { if (old != @new) changes.Add(new(field, old, @new)); }
        Track("ФИО", user.FullName, input.FullName!.Trim());
        Track("Должность", user.Position, input.Position?.Trim() ?? "");
        Track("Роль", user.Role.Russian(), input.Role!.Value.Russian());
        Track("Организация (код)", user.OrganisationId.ToString(), input.OrganisationId!.Value.ToString());
        Track("Активен", user.IsActive ? "да" : "нет", input.IsActive ? "да" : "нет");
        (user.FullName, user.Position, user.Role, user.OrganisationId, user.IsActive) =
            (input.FullName.Trim(), input.Position?.Trim() ?? "", input.Role.Value, input.OrganisationId.Value, input.IsActive);
        if (!string.IsNullOrEmpty(input.Password))
        {
            user.PasswordHash = hasher.HashPassword(user, input.Password);
            changes.Add(new("Пароль", null, "изменён"));
        }
        if (changes.Count == 0) return user;
        audit.Add(admin, AuditAction.Update, nameof(User), user.Id.ToString(), null, $"Изменён пользователь {user.Login}", changes);
        await db.SaveChangesAsync(ct);
        return user;
    }

    private static List<ValidationError> Validate(UserInput input, bool isNew)
    {
        var errors = new List<ValidationError>();
        if (string.IsNullOrWhiteSpace(input.Login)) errors.Add(new("login", "Укажите логин."));
        else if (!input.Login.Trim().All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-'))
            errors.Add(new("login", "Логин — латинские буквы, цифры, точка, дефис и подчёркивание."));
        if (string.IsNullOrWhiteSpace(input.FullName)) errors.Add(new("fullName", "Укажите ФИО."));
        if (input.Role is null || !Enum.IsDefined(input.Role.Value)) errors.Add(new("role", "Выберите роль."));
        if (input.OrganisationId is null) errors.Add(new("organisationId", "Выберите организацию."));
        if (isNew && string.IsNullOrEmpty(input.Password)) errors.Add(new("password", "Задайте пароль."));
        if (!string.IsNullOrEmpty(input.Password) && input.Password.Length < MinPasswordLength)
            errors.Add(new("password", $"Пароль — не короче {MinPasswordLength} символов."));
        return errors;
    }

    private async Task CheckOrganisationAsync(UserInput input, List<ValidationError> errors, CancellationToken ct)
    {
        if (input.OrganisationId is { } org && !await db.Organisations.AnyAsync(o => o.Id == org, ct))
            errors.Add(new("organisationId", "Организация не найдена."));
    }

    private static void RequireAdmin(UserContext user)
    {
        if (user.Role != Role.Administrator) throw new ForbiddenException("Учётные записи ведёт администратор.");
    }
}
