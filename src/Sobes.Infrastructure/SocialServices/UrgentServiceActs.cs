using Microsoft.EntityFrameworkCore;
using Sobes.Domain.Audit;
using Sobes.Domain.Common;
using Sobes.Domain.Organisations;
using Sobes.Domain.SocialServices;
using Sobes.Infrastructure.Audit;
using Sobes.Infrastructure.Calendar;
using Sobes.Infrastructure.Persistence;
using Sobes.Infrastructure.Registry;


namespace Sobes.Infrastructure.SocialServices;

/// <summary>Urgent social services (ст. 21 442-ФЗ): the acts of the user's territory, and a new act with its delivered services.</summary>
public sealed class UrgentServiceActs(SobesDbContext db, AuditLog audit, RegionClock clock)
{
    public async Task<IReadOnlyList<(UrgentServiceAct Act, string CitizenName)>> UrgentActsAsync(UserContext user, CancellationToken ct = default)
    {
        var visible = db.Citizens.VisibleTo(user);
        var acts = await db.UrgentServiceActs.AsNoTracking().Include(a => a.Lines).ThenInclude(l => l.SocialService)
            .Where(a => visible.Any(c => c.Id == a.CitizenId))
            .OrderByDescending(a => a.DrawnUpOn).ThenByDescending(a => a.Id).Take(300).ToListAsync(ct);
        var names = await db.NamesAsync(user, acts.Select(a => a.CitizenId), ct);
        await audit.RecordAsync(user, AuditAction.Search, nameof(UrgentServiceAct), null, null, $"Список актов о срочных услугах: {acts.Count}", ct);
        return acts.Select(a => (a, names.GetValueOrDefault(a.CitizenId, "—"))).ToList();
    }

    /// <summary>
    /// Urgent services (ст. 21) need no programme and no contract; the act signed by the recipient proves them.
    /// Each line is also recorded as a delivered service, so the assignment's urgent volumes count it.
    /// </summary>
    public async Task<UrgentServiceAct> CreateUrgentActAsync(UserContext user, UrgentActInput input, CancellationToken ct = default)
    {
        await db.RequireProviderAsync(user, ct);
        var citizen = await db.VisibleCitizenAsync(user, input.CitizenId, ct);
        var ids = input.Lines.Select(l => l.SocialServiceId).ToList();
        var services = await db.SocialServices.AsNoTracking().Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, ct);
        var act = new UrgentServiceAct
        {
            Number = await DocumentNumbers.NextAsync(db.UrgentServiceActs.Select(a => a.Number), "АСУ", input.DrawnUpOn.Year, ct),
            CitizenId = citizen.Id,
            ProviderOrganisationId = user.OrganisationId,
            Basis = input.Basis?.Trim() ?? "",
            ProvidedFrom = input.ProvidedFrom,
            ProvidedTo = input.ProvidedTo,
            DrawnUpOn = input.DrawnUpOn,
            Conditions = input.Conditions?.Trim() ?? "",
            RecipientSignedOn = input.RecipientSignedOn,
            Lines = input
                .Lines.Select(l => new UrgentServiceActLine
                {
                    SocialServiceId = l.SocialServiceId,
                    SocialService = services.GetValueOrDefault(l.SocialServiceId),
                    Quantity = l.Quantity,
                })
                .ToList(),
        };
        var errors = UrgentServiceActRules.Validate(act).ToList();
        if (act.Lines.Any(l => l.SocialService is null)) errors.Add(new("lines", "Выберите срочные услуги из перечня."));
        if (input.DrawnUpOn > clock.Today) errors.Add(new("drawnUpOn", "Дата акта не может быть в будущем."));
        DomainValidationException.ThrowIfAny(errors);
        foreach (var line in act.Lines) line.SocialService = null; // the catalogue rows are read-only here
        db.UrgentServiceActs.Add(act);
        db.DeliveredServices.AddRange(act.Lines.Select(l => new DeliveredService
        {
            CitizenId = citizen.Id, SocialServiceId = l.SocialServiceId, DeliveredOn = act.ProvidedFrom, Quantity = l.Quantity,
            ProviderOrganisationId = user.OrganisationId, WorkerUserId = user.UserId, WorkerName = user.FullName,
        }));
        audit.Add(user, AuditAction.Create, nameof(UrgentServiceAct), act.Number, citizen.Id,
            $"Акт {act.Number} о предоставлении срочных социальных услуг: {citizen.FullName}, услуг: {act.Lines.Count}");
        await db.SaveChangesAsync(ct);
        return act;
    }
}
