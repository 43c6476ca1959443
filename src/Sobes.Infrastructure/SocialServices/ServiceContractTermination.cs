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

/// <summary>The early end of a contract on the grounds of ст. 18 ч. 1 442-ФЗ; the provider does it.</summary>
public sealed class ServiceContractTermination(SobesDbContext db, AuditLog audit, RegionClock clock)
{
    /// <summary>Ends a contract early on one of the grounds of ст. 18 ч. 1; no services are recorded after the date. The provider does it.</summary>
    public async Task<ServiceContract> TerminateContractAsync(
        UserContext user,
        long contractId,
        TerminationInput input,
        CancellationToken ct = default
    )
    {
        await db.RequireProviderAsync(user, ct);
        var visible = db.Citizens.VisibleTo(user);
        var contract = await db.ServiceContracts
                           .Where(c => c.ProviderOrganisationId == user.OrganisationId && visible.Any(x => x.Id == c.CitizenId))
                           .FirstOrDefaultAsync(c => c.Id == contractId, ct)
                       ?? throw new NotFoundException($"Договор № {contractId} не найден среди договоров вашей организации.");
        if (contract.TerminatedOn is not null)
            throw new ConflictException($"Договор {contract.Number} уже прекращён {contract.TerminatedOn:dd.MM.yyyy}.");
        var errors = new List<ValidationError>();
        if (input.TerminatedOn == default) errors.Add(new("terminatedOn", "Укажите дату прекращения обслуживания."));
        else if (input.TerminatedOn > clock.Today) errors.Add(new("terminatedOn", "Дата прекращения не может быть в будущем."));
        contract.TerminatedOn = input.TerminatedOn;
        contract.TerminationGround = input.Ground;
        contract.TerminationReason = string.IsNullOrWhiteSpace(input.Reason) ? null : input.Reason.Trim();
        errors.AddRange(ServiceContractRules.Validate(contract).Where(e => e.Field is "ground" or "reason" or "terminatedOn"));
        if (
            errors.Count == 0
            && await db.DeliveredServices.AnyAsync(d => d.ServiceContractId == contract.Id && d.DeliveredOn > input.TerminatedOn, ct)
        )
            errors.Add(
                new(
                    "terminatedOn",
                    $"После {input.TerminatedOn:dd.MM.yyyy} по договору отмечены услуги: удалите их или укажите более позднюю дату."
                )
            );
        DomainValidationException.ThrowIfAny(errors.DistinctBy(e => (e.Field, e.Message)).ToList());
        audit.Add(
            user,
            AuditAction.Update,
            nameof(ServiceContract),
            contract.Number,
            contract.CitizenId,
            $"Прекращено обслуживание по договору {contract.Number} с {input.TerminatedOn:dd.MM.yyyy} (последний день): " +
                $"{input.Ground!.Value.Russian()}"
                + (contract.TerminationReason is { } r ? $" — {r}" : ""),
            [new("Прекращён", null, input.TerminatedOn.ToString("dd.MM.yyyy"))]
        );
        await db.SaveChangesAsync(ct);
        return contract;
    }
}
