using Sobes.Domain.Guardianship;
using Sobes.Domain.Organisations;

namespace Sobes.Infrastructure.Guardianship;

public sealed partial class FosterPayments
{
    private Task SyncCoreAsync(UserContext user, FosterContract contract, DateOnly from, string reason, CancellationToken ct) => Task.CompletedTask;
}
