using Microsoft.EntityFrameworkCore;
using Sobes.Domain.Audit;
using Sobes.Domain.Common;
using Sobes.Domain.Organisations;
using Sobes.Domain.Registry;
using Sobes.Infrastructure.Audit;
using Sobes.Infrastructure.Persistence;

namespace Sobes.Infrastructure.Registry;

public sealed record CreateCitizenResult(Citizen? Citizen, IReadOnlyList<DuplicateCandidate> ProbableDuplicates);

/// <summary>Personal files: every read and change goes through here, scoped to the user's territory and audited.</summary>
public sealed class RegistryService(SobesDbContext db, AuditLog audit, RegionClock clock)
{
    private const string Entity = nameof(Citizen);

    public async Task<Paged<CitizenListItem>> SearchAsync(UserContext user, CitizenSearch s, CancellationToken ct = default)
    {
        var result = await db.Citizens.AsNoTracking().VisibleTo(user).Apply(s).PageAsync(db.Territories, s, ct);
        if (!s.IsEmpty)
            await audit.RecordAsync(user, AuditAction.Search, Entity, null, null,
                $"Поиск: {Describe(s)}; найдено {result.Total}", ct);
        return result;
    }

    private static string Describe(CitizenSearch s) => string.Join(", ", new[]
    {
        s.Snils is { Length: > 0 } ? "СНИЛС " + s.Snils : null,
        s.Q is { Length: > 0 } ? "«" + s.Q + "»" : null,
        s.BirthDate is { } b ? "дата рождения " + b.ToString("dd.MM.yyyy") : null,
        s.Address is { Length: > 0 } ? "адрес «" + s.Address + "»" : null,
    }.Where(x => x is not null));

    /// <summary>Loads the whole card and records the read in the audit log.</summary>
    public async Task<Citizen> GetAsync(UserContext user, long id, CancellationToken ct = default)
    {
        var c = await LoadAsync(user, id, ct, tracking: false);
        await audit.RecordAsync(user, AuditAction.Read, Entity, id.ToString(), id, $"Просмотр личного дела: {c.FullName}", ct);
        return c;
    }

    private async Task<Citizen> LoadAsync(UserContext user, long id, CancellationToken ct, bool tracking)
    {
        var q = tracking ? db.Citizens : db.Citizens.AsNoTracking();
        return await q.VisibleTo(user)
                   .Include(c => c.FamilyTies).ThenInclude(t => t.Relative)
                   .Include(c => c.Categories).ThenInclude(k => k.CategoryKind)
                   .Include(c => c.Documents)
                   .AsSplitQuery()
                   .FirstOrDefaultAsync(c => c.Id == id, ct)
               ?? throw new NotFoundException($"Личное дело № {id} не найдено.");
    }

    /// <summary>Ties where the citizen is the relative, shown on the card with the inverse relation.</summary>
    public Task<List<FamilyTie>> InverseTiesAsync(UserContext user, long id, CancellationToken ct = default) =>
        db.FamilyTies.AsNoTracking().Where(t => t.RelativeId == id)
            .Join(db.Citizens.VisibleTo(user), t => t.CitizenId, c => c.Id, (t, c) => new FamilyTie
            {
                Id = t.Id, CitizenId = id, RelativeId = c.Id, Relative = c, Relation = t.Relation.Inverse(), Since = t.Since, Note = t.Note,
            }).ToListAsync(ct);

    public async Task<IReadOnlyList<DuplicateCandidate>> FindProbableDuplicatesAsync(
        CitizenInput input,
        long? exceptId,
        CancellationToken ct = default
    )
    {
        if (string.IsNullOrWhiteSpace(input.Surname) || string.IsNullOrWhiteSpace(input.Name) || input.BirthDate is null) return [];
        var snils = Snils.TryParse(input.Snils, out var s, out _) ? s.Digits : null;
        var surnameKey = Citizen.KeyOf(input.Surname);
        var birth = input.BirthDate.Value;
        var candidates = await db.Citizens.AsNoTracking()
            .Where(c => c.Id != exceptId && ((snils != null && c.Snils == snils) || (c.SurnameKey == surnameKey && c.BirthDate == birth)))
            .OrderBy(c => c.Id).Take(20).ToListAsync(ct);
        return candidates
            .Select(c => (c, reason: DuplicateRules.Match(c, snils, input.Surname, input.Name, input.Patronymic, birth)))
            .Where(x => x.reason is not null)
            .Select(x => new DuplicateCandidate(x.c.Id, x.c.FullName, x.c.BirthDate, x.reason!.Value))
            .ToList();
    }

    /// <summary>
    /// Creates a personal file. A duplicate СНИЛС is refused; a probable duplicate by name and birth date
    /// is returned as a warning without creating, unless the user confirmed it.
    /// </summary>
    public async Task<CreateCitizenResult> CreateAsync(
        UserContext user,
        CitizenInput input,
        bool confirmProbableDuplicate,
        CancellationToken ct = default
    )
    {
        RequireWriter(user);
        var territoryId = ResolveTerritory(user, input);
        Validate(input);
        var duplicates = await FindProbableDuplicatesAsync(input, null, ct);
        ThrowOnSnilsDuplicate(duplicates);
        if (duplicates.Count > 0 && !confirmProbableDuplicate) return new(null, duplicates);

        var now = clock.NowUtc;
        var c = new Citizen { TerritoryId = territoryId, CreatedAtUtc = now, UpdatedAtUtc = now, Version = 1 };
        CitizenRules.Apply(input, c);
        db.Citizens.Add(c);
        await db.SaveChangesAsync(ct);
        var names = await TerritoryNamesAsync(ct);
        var changes = CitizenSnapshot.Diff(new Dictionary<string, string?>(), CitizenSnapshot.Of(c, names));
        audit.Add(user, AuditAction.Create, Entity, c.Id.ToString(), c.Id, $"Создано личное дело: {c.FullName}", changes);
        await db.SaveChangesAsync(ct);
        return new(c, duplicates);
    }

    public async Task<Citizen> UpdateAsync(UserContext user, long id, CitizenInput input, int? expectedVersion, CancellationToken ct = default)
    {
        RequireWriter(user);
        var c = await db.Citizens.VisibleTo(user).FirstOrDefaultAsync(x => x.Id == id, ct)
                ?? throw new NotFoundException($"Личное дело № {id} не найдено.");
        if (expectedVersion is { } v && v != c.Version)
            throw new ConflictException("Личное дело изменил другой пользователь. Обновите страницу и повторите изменения.");
        input.TerritoryId ??= c.TerritoryId;
        c.TerritoryId = ResolveTerritory(user, input);
        Validate(input);
        ThrowOnSnilsDuplicate(await FindProbableDuplicatesAsync(input, id, ct));

        var names = await TerritoryNamesAsync(ct);
        var before = CitizenSnapshot.Of(c, names);
        CitizenRules.Apply(input, c);
        var changes = CitizenSnapshot.Diff(before, CitizenSnapshot.Of(c, names));
        if (changes.Count == 0) return await LoadAsync(user, id, ct, tracking: false);
        c.UpdatedAtUtc = clock.NowUtc;
        c.Version++;
        audit.Add(user, AuditAction.Update, Entity, id.ToString(), id, $"Изменено личное дело: {c.FullName}", changes);
        await SaveAsync(ct);
        return await LoadAsync(user, id, ct, tracking: false);
    }

    private async Task<Func<int, string>> TerritoryNamesAsync(CancellationToken ct)
    {
        var names = await db.Territories.AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.Name, ct);
        return id => names.GetValueOrDefault(id) ?? id.ToString();
    }

    private async Task SaveAsync(CancellationToken ct)
    {
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConflictException("Личное дело изменил другой пользователь. Обновите страницу и повторите изменения.");
        }
        catch (DbUpdateException ex) when (IsUniqueViolation(ex))
        {
            throw new ConflictException("Личное дело с таким СНИЛС уже есть в регистре.", "snils");
        }
    }

    private static bool IsUniqueViolation(DbUpdateException ex) =>
        ex.InnerException?.Message.Contains("UNIQUE", StringComparison.OrdinalIgnoreCase) == true
        || ex.InnerException?.Message.Contains("23505") == true
        || ex.InnerException?.Message.Contains("duplicate key", StringComparison.OrdinalIgnoreCase) == true;

    private void Validate(CitizenInput input)
    {
        var errors = CitizenRules.Validate(input, clock.Today);
        if (errors.Count > 0) throw new DomainValidationException(errors);
    }

    private static void ThrowOnSnilsDuplicate(IReadOnlyList<DuplicateCandidate> duplicates)
    {
        var same = duplicates.FirstOrDefault(d => d.Reason == DuplicateReason.SameSnils);
        if (same is not null)
            throw new ConflictException($"Личное дело с таким СНИЛС уже есть в регистре (№ {same.CitizenId}).", "snils");
    }

    private static int ResolveTerritory(UserContext user, CitizenInput input)
    {
        if (user.TerritoryId is { } own)
        {
            if (input.TerritoryId is { } t && t != own)
                throw new DomainValidationException([new("territoryId", "Можно вести личные дела только своей территории.")]);
            return own;
        }
        return input.TerritoryId
            ?? throw new DomainValidationException([new("territoryId", "Укажите территорию (муниципальный район) личного дела.")]);
    }

    internal static void RequireWriter(UserContext user)
    {
        if (!user.IsIn(Roles.RegistryWriters))
            throw new ForbiddenException("Ваша роль не позволяет изменять личные дела.");
    }

    internal async Task<Citizen> LoadForChangeAsync(UserContext user, long id, CancellationToken ct)
    {
        RequireWriter(user);
        return await LoadAsync(user, id, ct, tracking: true);
    }
}

