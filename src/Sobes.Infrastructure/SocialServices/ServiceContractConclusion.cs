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

/// <summary>The contract with the provider on the individual programme (ст. 17 442-ФЗ); the provider concludes it.</summary>
public sealed class ServiceContractConclusion(SobesDbContext db, AuditLog audit, RegionClock clock)
{
    public async Task<ServiceContract> ConcludeContractAsync(
        UserContext user,
        long programmeId,
        ServiceContractInput input,
        CancellationToken ct = default
    )
    {
        await db.RequireProviderAsync(user, ct);
        var visible = db.Citizens.VisibleTo(user);
        var programme = await db.IndividualProgrammes.AsNoTracking()
                            .Where(p => visible.Any(c => c.Id == p.CitizenId))
                            .FirstOrDefaultAsync(p => p.Id == programmeId, ct)
                        ?? throw new NotFoundException($"Индивидуальная программа № {programmeId} не найдена.");
        if (await db.ServiceContracts.AnyAsync(c => c.IndividualProgrammeId == programmeId && c.TerminatedOn == null, ct))
            throw new ConflictException("По этой программе уже заключён договор.");
        var contract = new ServiceContract
        {
            Number = await DocumentNumbers.NextAsync(db.ServiceContracts.Select(c => c.Number), "ДСО", input.ConcludedOn.Year, ct),
            CitizenId = programme.CitizenId,
            IndividualProgrammeId = programme.Id,
            ProviderOrganisationId = user.OrganisationId,
            ProgrammeSubmittedOn = input.ProgrammeSubmittedOn,
            ConcludedOn = input.ConcludedOn,
            StartsOn = input.StartsOn,
            EndsOn = input.EndsOn,
        };
        var errors = ServiceContractRules.Validate(contract).ToList();
        if (input.ProgrammeSubmittedOn < programme.DrawnUpOn)
            errors.Add(new("programmeSubmittedOn", "Программа не может быть представлена до её составления."));
        if (input.StartsOn < programme.StartsOn) errors.Add(new("startsOn", "Обслуживание по договору не может начаться раньше действия программы."));
        if (input.ConcludedOn > clock.Today) errors.Add(new("concludedOn", "Дата заключения не может быть в будущем."));
        DomainValidationException.ThrowIfAny(errors);
        db.ServiceContracts.Add(contract);
        audit.Add(user, AuditAction.Create, nameof(ServiceContract), contract.Number, programme.CitizenId,
            $"Договор {contract.Number} о предоставлении социальных услуг по программе {programme.Number} с {contract.StartsOn:dd.MM.yyyy}");
        await db.SaveChangesAsync(ct);
        return contract;
    }
}
