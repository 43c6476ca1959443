using System.Text.Json;
using Sobes.Domain.Audit;
using Sobes.Domain.Organisations;
using Sobes.Infrastructure.Persistence;

namespace Sobes.Infrastructure.Audit;

/// <summary>Adds audit lines to the current unit of work, so that a change and its audit line commit together.</summary>
public sealed class AuditLog(SobesDbContext db, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public AuditEntry Add(UserContext? user, AuditAction action, string entityType, string? entityId, long? citizenId,
        string summary, IReadOnlyList<FieldChange>? changes = null)
    {
        var entry = new AuditEntry
        {
            AtUtc = clock.GetUtcNow().UtcDateTime,
            UserId = user?.UserId,
            UserLogin = user?.Login ?? "",
            OrganisationId = user?.OrganisationId,
            Action = action,
            EntityType = entityType,
            EntityId = entityId,
            CitizenId = citizenId,
            Summary = summary.Length > 1000 ? summary[..1000] : summary,
            Changes = changes is { Count: > 0 } ? JsonSerializer.Serialize(changes, Json) : null,
        };
        db.AuditEntries.Add(entry);
        return entry;
    }

    /// <summary>Reads are recorded at once: there is no other change to commit with them.</summary>
    public async Task RecordAsync(
        UserContext? user,
        AuditAction action,
        string entityType,
        string? entityId,
        long? citizenId,
        string summary,
        CancellationToken ct = default
    )
    {
        Add(user, action, entityType, entityId, citizenId, summary);
        await db.SaveChangesAsync(ct);
    }

    public static IReadOnlyList<FieldChange> ParseChanges(string? json) =>
        string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize<List<FieldChange>>(json, Json) ?? [];
}
