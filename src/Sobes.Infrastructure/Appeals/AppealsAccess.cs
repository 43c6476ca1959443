using Sobes.Domain.Common;
using Sobes.Domain.Organisations;

namespace Sobes.Infrastructure.Appeals;

/// <summary>
/// Who does what with complaints. A district department (УСЗН) registers and answers the complaints it receives — its specialist or head
/// (seed 002 cl. 23.7–23.8); only its head extends the term (cl. 23.9). The ministry and the auditor read.
/// </summary>
public static class AppealsAccess
{
    public static readonly Role[] CaseWorkers = [Role.Specialist, Role.Head];

    public static bool IsCaseWorker(UserContext user) => user.IsIn(CaseWorkers) && !user.SeesWholeRegion;

    public static bool IsHead(UserContext user) => user.Role == Role.Head && !user.SeesWholeRegion;

    public static void RequireCaseWorker(UserContext user)
    {
        if (!IsCaseWorker(user))
            throw new ForbiddenException("Жалобы регистрирует и рассматривает специалист или начальник управления социальной защиты населения.");
    }

    public static void RequireHead(UserContext user)
    {
        if (!IsHead(user))
            throw new ForbiddenException(
                "Срок рассмотрения жалобы продлевает только начальник управления социальной защиты населения (п. 23.9 регламента)."
            );
    }
}
