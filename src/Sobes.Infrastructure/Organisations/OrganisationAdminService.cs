using Microsoft.EntityFrameworkCore;
using Sobes.Domain.Audit;
using Sobes.Domain.Common;
using Sobes.Domain.Organisations;
using Sobes.Infrastructure.Audit;
using Sobes.Infrastructure.Persistence;

namespace Sobes.Infrastructure.Organisations;

public sealed record OrganisationInput(string? Name, string? ShortName, OrganisationKind? Kind, int? TerritoryId, string? Inn, string? Address);

/// <summary>The ministry, district departments and centres; a department or centre serves one territory, the ministry all.</summary>
public sealed class OrganisationAdminService(SobesDbContext db, AuditLog audit)
{
    public Task<List<Organisation>> ListAsync(CancellationToken ct = default) =>
        db.Organisations.AsNoTracking().Include(o => o.Territory).OrderBy(o => o.Kind).ThenBy(o => o.Name).ToListAsync(ct);

    public Task<List<Territory>> TerritoriesAsync(CancellationToken ct = default) =>
        db.Territories.AsNoTracking().OrderBy(t => t.Name).ToListAsync(ct);

    public async Task<Organisation> SaveAsync(UserContext admin, int? id, OrganisationInput input, CancellationToken ct = default)
    {
        if (admin.Role != Role.Administrator) throw new ForbiddenException("Организации ведёт администратор.");
        var errors = new List<ValidationError>();
        if (string.IsNullOrWhiteSpace(input.Name)) errors.Add(new("name", "Укажите полное наименование."));
        if (string.IsNullOrWhiteSpace(input.ShortName)) errors.Add(new("shortName", "Укажите краткое наименование."));
        if (input.Kind is null || !Enum.IsDefined(input.Kind.Value))
            errors.Add(new("kind", "Выберите вид организации."));
        else if (input.Kind != OrganisationKind.Ministry && input.TerritoryId is null)
            errors.Add(new("territoryId", "Управление и центр обслуживают территорию: выберите её."));
        if (input.TerritoryId is { } t && !await db.Territories.AnyAsync(x => x.Id == t, ct))
            errors.Add(new("territoryId", "Территория не найдена."));
        if (!string.IsNullOrWhiteSpace(input.Inn) && (input.Inn.Trim().Length is not (10 or 12) || !input.Inn.Trim().All(char.IsAsciiDigit)))
            errors.Add(new("inn", "ИНН — 10 цифр для организации."));
        if (errors.Count > 0) throw new DomainValidationException(errors);

        var org = id is { } existing
            ? await db.Organisations.FirstOrDefaultAsync(o => o.Id == existing, ct) ?? throw new NotFoundException("Организация не найдена.")
            : db.Organisations.Add(new Organisation()).Entity;
        if (id is not null && org.TerritoryId != (input.Kind == OrganisationKind.Ministry ? null : input.TerritoryId)
            && await db.Users.AnyAsync(u => u.OrganisationId == org.Id, ct))
            throw new ConflictException(
                "У организации есть пользователи: смена территории изменит, чьи личные дела они видят. Переведите пользователей сначала.",
                "territoryId"
            );
        var before = $"{org.Name}; {org.Kind}; территория {org.TerritoryId}";
        org.Name = input.Name!.Trim();
        org.ShortName = input.ShortName!.Trim();
        org.Kind = input.Kind!.Value;
        org.TerritoryId = org.Kind == OrganisationKind.Ministry ? null : input.TerritoryId;
        org.ParentId ??=
            org.Kind == OrganisationKind.Ministry
                ? null
                : await db.Organisations.Where(o => o.Kind == OrganisationKind.Ministry).Select(o => (int?)o.Id).FirstOrDefaultAsync(ct);
        org.Inn = string.IsNullOrWhiteSpace(input.Inn) ? null : input.Inn.Trim();
        org.Address = string.IsNullOrWhiteSpace(input.Address) ? null : input.Address.Trim();
        audit.Add(
            admin,
            id is null ? AuditAction.Create : AuditAction.Update,
            nameof(Organisation),
            id?.ToString(),
            null,
            $"Организация: {org.ShortName}",
            [new("Организация", id is null ? null : before, $"{org.Name}; {org.Kind}; территория {org.TerritoryId}")]
        );
        await db.SaveChangesAsync(ct);
        return org;
    }

    public static string Russian(OrganisationKind kind) => kind switch
    {
        OrganisationKind.Ministry => "Министерство (региональный орган)",
        OrganisationKind.SocialProtectionDepartment => "Управление социальной защиты (УСЗН)",
        _ => "Центр социального обслуживания (КЦСОН)",
    };
}
